package tandem.ivr.model.simulation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import tandem.core.model.Queue;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.CallFlow;

/**
 * The walk of one simulated call: the steps taken, the prompts played, where the call ends and a report a
 * planner can read.
 */
public final class SimulationResult {

    private final EntryPoint entryPoint;
    private final LocalDateTime when;
    private final List<SimulationStep> steps;
    private final List<Node> path;
    private final Outcome outcome;
    private final Node endNode;
    private final int unusedActions;
    private final String report;

    SimulationResult(EntryPoint entryPoint, LocalDateTime when, List<SimulationStep> steps, List<Node> path,
            Outcome outcome, Node endNode, int unusedActions, String report) {
        this.entryPoint = entryPoint;
        this.when = when;
        this.steps = List.copyOf(steps);
        this.path = List.copyOf(path);
        this.outcome = outcome;
        this.endNode = endNode;
        this.unusedActions = unusedActions;
        this.report = report;
    }

    public EntryPoint entryPoint() {
        return entryPoint;
    }

    public LocalDateTime when() {
        return when;
    }

    public List<SimulationStep> steps() {
        return steps;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The node the call ended at (the route, the menu still waiting, the node of the loop...), or {@code null}. */
    public Node endNode() {
        return endNode;
    }

    /** The queue the call waits in, when it was {@link Outcome#QUEUED}. */
    public Queue queue() {
        return outcome == Outcome.QUEUED && endNode instanceof Route route ? route.getQueue() : null;
    }

    /** The caller's actions left over when the call ended. */
    public int unusedActions() {
        return unusedActions;
    }

    /** The nodes the call went through, in order, once per visit (a menu re-entered shows twice). */
    public List<Node> path() {
        return path;
    }

    /** The texts played, in order (prompts, re-prompts and messages). */
    public List<String> prompts() {
        return steps.stream().map(SimulationStep::played).filter(Objects::nonNull).toList();
    }

    /** One paragraph saying where the call ended and why. */
    public String report() {
        return report;
    }

    /** The whole walk, one line per step, then the report. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        int number = 1;
        for (SimulationStep step : steps) {
            text.append(number++).append(". ").append(step.node() == null ? CallFlow.nameOf(entryPoint)
                    : CallFlow.nameOf(step.node()));
            if (step.heard() != null) {
                text.append(": caller ").append(step.heard().describe());
            }
            if (step.played() != null) {
                text.append(": plays \"").append(step.played()).append('"');
            }
            if (step.note() != null) {
                text.append(" (").append(step.note()).append(')');
            }
            text.append('\n');
        }
        return text.append(report).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
