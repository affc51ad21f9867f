package tandem.ivr.model.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Node;

/**
 * One way a call can go from an entry point to its end: the edges taken, starting with the entry point's start
 * edge. For a {@link PathEnd#LOOP} the last edge leads back to a node already on the path; for a
 * {@link PathEnd#DEAD_END} the last edge is an empty slot.
 */
public final class CallPath {

    private final EntryPoint entryPoint;
    private final List<FlowEdge> edges;
    private final PathEnd end;

    public CallPath(EntryPoint entryPoint, List<FlowEdge> edges, PathEnd end) {
        this.entryPoint = entryPoint;
        this.edges = Collections.unmodifiableList(new ArrayList<>(edges));
        this.end = end;
    }

    public EntryPoint entryPoint() {
        return entryPoint;
    }

    public List<FlowEdge> edges() {
        return edges;
    }

    public PathEnd end() {
        return end;
    }

    /** The nodes the call goes through, in order (for a loop, without the repeated node at the end). */
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        int count = end == PathEnd.LOOP ? edges.size() - 1 : edges.size();
        for (int i = 0; i < count; i++) {
            if (edges.get(i).to() != null) {
                nodes.add(edges.get(i).to());
            }
        }
        return nodes;
    }

    /** The node the call ends at; for a loop the node it returns to, for a dead end the last node reached. */
    public Node endNode() {
        FlowEdge last = edges.get(edges.size() - 1);
        return last.to() == null ? last.from() : last.to();
    }

    /** Whether the path reaches an agent (a queue). */
    public boolean reachesAgent() {
        return end == PathEnd.QUEUE;
    }

    /** How many menus the caller goes through. */
    public int menuDepth() {
        return (int) nodes().stream().filter(Menu.class::isInstance).count();
    }

    /** Prompts played when the caller gets every answer right the first time. */
    public int prompts() {
        return nodes().stream().mapToInt(CallFlow::promptsPlayed).sum();
    }

    /** Prompts played at worst: every menu and input on the path re-prompts as often as its retries allow. */
    public int worstCasePrompts() {
        return nodes().stream().mapToInt(CallFlow::worstCasePromptsPlayed).sum();
    }

    /** The path as planners read it: {@code Prompt 'Welcome' -> [1] Route 'Billing' (queue)}. */
    @Override
    public String toString() {
        String steps = edges.stream().map(edge -> {
            String target = edge.to() == null ? "(nothing)" : CallFlow.nameOf(edge.to());
            return edge.kind() == EdgeKind.START ? target : "[" + edge.label() + "] " + target;
        }).collect(Collectors.joining(" -> "));
        return steps + " (" + end.name().toLowerCase().replace('_', ' ') + ")";
    }
}
