package tandem.ivr.model.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import tandem.core.documents.ElementPaths;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;
import tandem.ivr.model.StepExit;
import tandem.ivr.model.Transfer;

/**
 * The call flow as a graph: the edges out of each node, in the order planners read them (options first, then
 * no-match and no-input handling). Every analysis, the simulator, the editor's tree and the diagram use it, so they
 * all agree on what follows what.
 */
public final class CallFlow {

    private CallFlow() {
    }

    /** The entry point's edge to its first node (empty slot when it has none). */
    public static FlowEdge startOf(EntryPoint entry) {
        return new FlowEdge(entry, Literals.ENTRY_POINT__FIRST_NODE, EdgeKind.START, EdgeKind.START.text(),
                entry.getFirstNode());
    }

    /**
     * The edges out of a node, including empty slots the call needs (a prompt without next node has one empty NEXT
     * edge). Optional slots that are empty are left out: a self-service task without next node ends the call, and
     * a missing holiday branch falls back to the closed branch. A missing retry handler shows as an empty slot.
     */
    public static List<FlowEdge> edgesFrom(Node node) {
        List<FlowEdge> edges = new ArrayList<>();
        if (node instanceof Prompt prompt) {
            edges.add(new FlowEdge(prompt, Literals.PROMPT__NEXT, EdgeKind.NEXT, EdgeKind.NEXT.text(),
                    prompt.getNext()));
        } else if (node instanceof Message message) {
            edges.add(new FlowEdge(message, Literals.MESSAGE__NEXT, EdgeKind.NEXT, EdgeKind.NEXT.text(),
                    message.getNext()));
        } else if (node instanceof SelfService task) {
            if (task.getNext() != null) {
                edges.add(new FlowEdge(task, Literals.SELF_SERVICE__NEXT, EdgeKind.NEXT, EdgeKind.NEXT.text(),
                        task.getNext()));
            }
        } else if (node instanceof HoursCheck check) {
            edges.add(new FlowEdge(check, Literals.HOURS_CHECK__OPEN, EdgeKind.OPEN, EdgeKind.OPEN.text(),
                    check.getOpen()));
            edges.add(new FlowEdge(check, Literals.HOURS_CHECK__CLOSED, EdgeKind.CLOSED, EdgeKind.CLOSED.text(),
                    check.getClosed()));
            if (check.getHoliday() != null) {
                edges.add(new FlowEdge(check, Literals.HOURS_CHECK__HOLIDAY, EdgeKind.HOLIDAY,
                        EdgeKind.HOLIDAY.text(), check.getHoliday()));
            }
        } else if (node instanceof Menu menu) {
            for (MenuOption option : menu.getOptions()) {
                edges.add(new FlowEdge(option, Literals.MENU_OPTION__TARGET, EdgeKind.OPTION, labelOf(option),
                        option.getTarget()));
            }
            addRetryEdges(menu, edges);
        } else if (node instanceof Input input) {
            edges.add(new FlowEdge(input, Literals.INPUT__NEXT, EdgeKind.VALID_INPUT, EdgeKind.VALID_INPUT.text(),
                    input.getNext()));
            addRetryEdges(input, edges);
        } else if (node instanceof ExternalStep step) {
            for (StepExit exit : step.getExits()) {
                EdgeKind kind = exit.isFailure() ? EdgeKind.ERROR : EdgeKind.EXIT;
                String label = exit.getLabel() == null || exit.getLabel().isBlank() ? kind.text()
                        : kind == EdgeKind.ERROR ? "error " + exit.getLabel().trim() : exit.getLabel().trim();
                edges.add(new FlowEdge(exit, Literals.STEP_EXIT__TARGET, kind, label, exit.getTarget()));
            }
        }
        return edges;
    }

    private static void addRetryEdges(CallerInputNode node, List<FlowEdge> edges) {
        addRetryEdge(node, node.getNoMatch(), EdgeKind.NO_MATCH, edges);
        addRetryEdge(node, node.getNoInput(), EdgeKind.NO_INPUT, edges);
    }

    private static void addRetryEdge(CallerInputNode node, RetryHandler handler, EdgeKind kind,
            List<FlowEdge> edges) {
        if (handler == null) {
            edges.add(new FlowEdge(node, kind == EdgeKind.NO_MATCH ? Literals.CALLER_INPUT_NODE__NO_MATCH
                    : Literals.CALLER_INPUT_NODE__NO_INPUT, kind, kind.text() + " (not handled)", null));
        } else {
            edges.add(new FlowEdge(handler, Literals.RETRY_HANDLER__FINAL_ACTION, kind,
                    kind.text() + " (after " + retriesText(handler.getRetries()) + ")",
                    handler.getFinalAction()));
        }
    }

    private static String retriesText(int retries) {
        int count = Math.max(0, retries);
        return count == 1 ? "1 retry" : count + " retries";
    }

    /** An option as planners read it: "1 / billing, pay my bill". */
    public static String labelOf(MenuOption option) {
        String key = blankToNull(option.getKey());
        String phrases = blankToNull(option.getPhrases());
        if (key != null && phrases != null) {
            return key.trim() + " / " + phrases.trim();
        }
        if (key != null) {
            return key.trim();
        }
        return phrases != null ? '"' + phrases.trim() + '"' : "(no key)";
    }

    /** The phrases of an option, lower case and trimmed, without empty ones. */
    public static List<String> phrasesOf(MenuOption option) {
        String phrases = option.getPhrases();
        if (phrases == null || phrases.isBlank()) {
            return List.of();
        }
        return Arrays.stream(phrases.split("[,;|]")).map(CallFlow::normalize).filter(p -> !p.isEmpty()).toList();
    }

    /** Lower case, single spaces, no punctuation: how spoken phrases are compared. */
    public static String normalize(String phrase) {
        return phrase == null ? ""
                : phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Whether the call ends at the node (it reaches a queue, an external number or hangs up). */
    public static boolean isTerminal(Node node) {
        return node instanceof Route || node instanceof Transfer || node instanceof Disconnect
                || node instanceof SelfService task && task.getNext() == null
                || node instanceof ExternalStep step && step.getExits().isEmpty();
    }

    /** How many prompts the node plays when the caller gets through at once: one for each prompting node. */
    public static int promptsPlayed(Node node) {
        return node instanceof Prompt || node instanceof Message || node instanceof CallerInputNode
                || node instanceof SelfService ? 1 : 0;
    }

    /**
     * How many prompts the node plays at worst: a menu or input plays its prompt and then a re-prompt for every
     * retry of its no-match and no-input handling (the caller may use them all before getting through or giving
     * up).
     */
    public static int worstCasePromptsPlayed(Node node) {
        if (node instanceof CallerInputNode asking) {
            return 1 + retriesOf(asking.getNoMatch()) + retriesOf(asking.getNoInput());
        }
        return promptsPlayed(node);
    }

    private static int retriesOf(RetryHandler handler) {
        return handler == null ? 0 : Math.max(0, handler.getRetries());
    }

    /** The nodes reachable from the script's entry points, in the order a depth-first walk meets them. */
    public static Set<Node> reachable(IvrScript script) {
        Set<Node> seen = new LinkedHashSet<>();
        for (EntryPoint entry : script.getEntryPoints()) {
            visit(entry.getFirstNode(), seen);
        }
        return seen;
    }

    private static void visit(Node start, Set<Node> seen) {
        List<Node> stack = new ArrayList<>();
        if (start != null) {
            stack.add(start);
        }
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (!seen.add(node)) {
                continue;
            }
            List<FlowEdge> edges = edgesFrom(node);
            for (int i = edges.size() - 1; i >= 0; i--) {
                if (edges.get(i).to() != null) {
                    stack.add(edges.get(i).to());
                }
            }
        }
    }

    /** The script's nodes no entry point leads to. */
    public static List<Node> unreached(IvrScript script) {
        Set<Node> reached = reachable(script);
        return script.getNodes().stream().filter(n -> !reached.contains(n)).toList();
    }

    /** A node or entry point as messages name it: {@code Menu 'Main menu'}. */
    public static String nameOf(EObject element) {
        return element == null ? "(none)" : ElementPaths.step(element);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
