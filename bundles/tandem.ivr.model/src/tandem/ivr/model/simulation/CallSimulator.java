package tandem.ivr.model.simulation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.hours.Hours;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Input;
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
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.EntryPoints;

/**
 * Walks a call through an IVR script: from an entry point, at a date and time, with a sequence of caller actions.
 * The result tells the nodes and prompts the caller went through and where the call ended.
 * <p>
 * The date and time are read on the clock of the opening hours being checked (the contact center's local time).
 * Menus and inputs count no-match and no-input separately, afresh on each visit: with two retries, the third
 * unrecognised answer takes the final action. A call that goes round a loop is stopped with a report: at once when
 * the loop needs no caller action (it would never end), otherwise when a node is reached more often than the
 * bound.
 */
public final class CallSimulator {

    /** How often a call may reach the same node before the simulation calls it a loop. */
    public static final int DEFAULT_MAX_VISITS = 10;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern DIGITS = Pattern.compile("[0-9*]+");

    private final int maxVisitsPerNode;

    public CallSimulator() {
        this(DEFAULT_MAX_VISITS);
    }

    /** A simulator that stops a call reaching any node more than {@code maxVisitsPerNode} times. */
    public CallSimulator(int maxVisitsPerNode) {
        if (maxVisitsPerNode < 1) {
            throw new IllegalArgumentException("maxVisitsPerNode must be at least 1, not " + maxVisitsPerNode);
        }
        this.maxVisitsPerNode = maxVisitsPerNode;
    }

    /**
     * Simulates a call to a number with an optional campaign code: the entry point is chosen as
     * {@link EntryPoints#find} does.
     */
    public SimulationResult simulate(IvrScript script, String number, String campaignCode, LocalDateTime when,
            List<CallerAction> actions) {
        Optional<EntryPoint> entry = EntryPoints.find(script, number, campaignCode);
        if (entry.isEmpty()) {
            String report = "No entry point of " + CallFlow.nameOf(script) + " takes a call to "
                    + (number == null || number.isBlank() ? "any number" : number)
                    + (campaignCode == null || campaignCode.isBlank() ? "" : " with campaign code " + campaignCode)
                    + ".";
            return new SimulationResult(null, when, List.of(), List.of(), Outcome.NO_ENTRY_POINT, null,
                    actions.size(), report);
        }
        return simulate(entry.get(), when, actions);
    }

    /** Simulates a call reaching the entry point at the date and time, the caller acting as given. */
    public SimulationResult simulate(EntryPoint entry, LocalDateTime when, List<CallerAction> actions) {
        return new Walk(entry, when, actions).run();
    }

    /** The state of one simulated call. */
    private final class Walk {
        private final EntryPoint entry;
        private final LocalDateTime when;
        private final Deque<CallerAction> actions;
        private final List<SimulationStep> steps = new ArrayList<>();
        private final List<Node> path = new ArrayList<>();
        private final Map<Node, Integer> visits = new HashMap<>();
        private final Set<Node> sinceLastAction = new LinkedHashSet<>();
        private int promptsPlayed;
        private SimulationResult result;

        Walk(EntryPoint entry, LocalDateTime when, List<CallerAction> actions) {
            this.entry = entry;
            this.when = when;
            this.actions = new ArrayDeque<>(actions);
        }

        SimulationResult run() {
            if (entry.getLiveFrom() != null && when.toLocalDate().isBefore(entry.getLiveFrom())) {
                return finish(Outcome.NOT_LIVE, null, CallFlow.nameOf(entry) + " is live from "
                        + entry.getLiveFrom() + "; a call on " + when.toLocalDate() + " does not reach it.");
            }
            Node node = entry.getFirstNode();
            if (node == null) {
                return finish(Outcome.DEAD_END, null, CallFlow.nameOf(entry)
                        + " has no first node: the call drops as soon as it is answered.");
            }
            while (result == null) {
                node = visit(node);
            }
            return result;
        }

        /** Handles one node and returns the next, or {@code null} once the call has ended. */
        private Node visit(Node node) {
            if (!enter(node)) {
                return null;
            }
            if (node instanceof Prompt prompt) {
                play(node, prompt.getText(), null);
                return goOn(node, prompt.getNext(), "next node");
            }
            if (node instanceof Message message) {
                play(node, message.getText(), null);
                return goOn(node, message.getNext(), "next node");
            }
            if (node instanceof SelfService task) {
                String name = task.getTask() == null || task.getTask().isBlank() ? "(unnamed)" : task.getTask();
                play(node, null, "self-service task '" + name + "'");
                if (task.getNext() == null) {
                    finish(Outcome.SELF_SERVICE, node, "The call is handled by the self-service task '" + name
                            + "' (" + CallFlow.nameOf(node) + ")" + afterPrompts() + ".");
                    return null;
                }
                return task.getNext();
            }
            if (node instanceof Route route) {
                return queue(route);
            }
            if (node instanceof ExternalStep step) {
                return external(step);
            }
            if (node instanceof Transfer transfer) {
                String number = transfer.getNumber() == null || transfer.getNumber().isBlank() ? "(no number)"
                        : transfer.getNumber();
                steps.add(new SimulationStep(node, null, null, "transferred to " + number));
                finish(Outcome.TRANSFERRED, node, "The call is transferred to " + number + " ("
                        + CallFlow.nameOf(node) + ")" + afterPrompts() + ".");
                return null;
            }
            if (node instanceof Disconnect) {
                steps.add(new SimulationStep(node, null, null, "the IVR hangs up"));
                finish(Outcome.DISCONNECTED, node, "The IVR hangs up at " + CallFlow.nameOf(node) + afterPrompts()
                        + ".");
                return null;
            }
            if (node instanceof HoursCheck check) {
                return checkHours(check);
            }
            if (node instanceof CallerInputNode asking) {
                return ask(asking);
            }
            finish(Outcome.DEAD_END, node, CallFlow.nameOf(node) + " is a kind of node the simulator does not know.");
            return null;
        }

        private boolean enter(Node node) {
            if (sinceLastAction.contains(node)) {
                finish(Outcome.LOOP, node, "Stopped: the call goes round " + loopThrough(node)
                        + " without waiting for the caller, so a real call would never end.");
                return false;
            }
            int count = visits.merge(node, 1, Integer::sum);
            if (count > maxVisitsPerNode) {
                finish(Outcome.LOOP, node, "Stopped after the call reached " + CallFlow.nameOf(node) + " "
                        + count + " times (the bound is " + maxVisitsPerNode + "): a caller can go round "
                        + loopThrough(node) + " again and again.");
                return false;
            }
            path.add(node);
            sinceLastAction.add(node);
            return true;
        }

        private String loopThrough(Node node) {
            int from = path.lastIndexOf(node);
            List<Node> loop = new ArrayList<>(path.subList(Math.max(from, 0), path.size()));
            loop.add(node);
            return loop.stream().map(CallFlow::nameOf).collect(Collectors.joining(" -> "));
        }

        private void play(Node node, String text, String note) {
            String played = text == null || text.isBlank() ? null : text;
            if (played != null) {
                promptsPlayed++;
            }
            steps.add(new SimulationStep(node, null, played, note));
        }

        private Node goOn(Node from, Node next, String slot) {
            if (next == null) {
                finish(Outcome.DEAD_END, from, CallFlow.nameOf(from) + " has no " + slot
                        + ": the call drops there.");
            }
            return next;
        }

        private Node queue(Route route) {
            Queue queue = route.getQueue();
            String queueName = queue == null ? "no queue"
                    : queue.eIsProxy() ? "a queue that is not loaded" : CallFlow.nameOf(queue);
            String closed = "";
            if (queue != null && !queue.eIsProxy() && queue.getOpeningHours() != null
                    && !Hours.isOpen(queue.getOpeningHours(), when)) {
                closed = " The queue is closed at " + TIME.format(when) + ".";
            }
            steps.add(new SimulationStep(route, null, null,
                    "queued in " + queueName + " with priority " + route.getPriority()));
            finish(Outcome.QUEUED, route, "The call reaches " + queueName + " (" + CallFlow.nameOf(route)
                    + ", priority " + route.getPriority() + ")" + afterPrompts() + "." + closed);
            return null;
        }

        /**
         * An external step runs without the caller and succeeds: the call takes its first exit that is not an
         * error (or its first exit when all are errors).
         */
        private Node external(ExternalStep step) {
            String type = step.getPlatformType() == null || step.getPlatformType().isBlank() ? "step"
                    : step.getPlatformType().trim();
            StepExit exit = step.getExits().stream().filter(e -> !e.isFailure()).findFirst()
                    .orElse(step.getExits().isEmpty() ? null : step.getExits().get(0));
            if (exit == null) {
                steps.add(new SimulationStep(step, null, null, "external: " + type + ", then the flow ends here"));
                finish(Outcome.LEFT_FLOW, step, "The call leaves the script at " + CallFlow.nameOf(step)
                        + " (external: " + type + ")" + afterPrompts() + ".");
                return null;
            }
            String label = exit.getLabel() == null || exit.getLabel().isBlank() ? "" : " (" + exit.getLabel() + ")";
            steps.add(new SimulationStep(step, null, null, "external: " + type + label));
            return goOn(step, exit.getTarget(), "target for exit" + label);
        }

        private Node checkHours(HoursCheck check) {
            OpeningHours hours = check.getOpeningHours();
            if (hours == null && check.getQueue() != null && !check.getQueue().eIsProxy()) {
                hours = check.getQueue().getOpeningHours();
            }
            String at = when.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + TIME.format(when);
            if (hours == null || hours.eIsProxy()) {
                steps.add(new SimulationStep(check, null, null,
                        "no opening hours to check (none set or not loaded): treated as open"));
                return goOn(check, check.getOpen(), "open branch");
            }
            HoursException holiday = hours.getExceptions().stream()
                    .filter(e -> e.isClosed() && when.toLocalDate().equals(e.getDate())).findFirst().orElse(null);
            if (holiday != null && check.getHoliday() != null) {
                steps.add(new SimulationStep(check, null, null, CallFlow.nameOf(hours) + ": holiday"
                        + (holiday.getName() == null ? "" : " '" + holiday.getName() + "'") + " on " + at));
                return check.getHoliday();
            }
            if (Hours.isOpen(hours, when)) {
                steps.add(new SimulationStep(check, null, null, CallFlow.nameOf(hours) + " are open on " + at));
                return goOn(check, check.getOpen(), "open branch");
            }
            steps.add(new SimulationStep(check, null, null, CallFlow.nameOf(hours) + " are closed on " + at));
            return goOn(check, check.getClosed(), "closed branch");
        }

        private Node ask(CallerInputNode node) {
            play(node, node.getPromptText(), null);
            int noMatches = 0;
            int noInputs = 0;
            while (true) {
                if (actions.isEmpty()) {
                    finish(Outcome.WAITING_FOR_CALLER, node, "The caller's actions ran out at "
                            + CallFlow.nameOf(node) + ", which waits for the caller" + afterPrompts() + ".");
                    return null;
                }
                CallerAction action = actions.poll();
                sinceLastAction.clear();
                Answer answer = node instanceof Menu menu ? choose(menu, action) : validate((Input) node, action);
                if (answer.accepted()) {
                    steps.add(new SimulationStep(node, action, null, answer.note()));
                    return goOn(node, answer.next(), answer.note() + " target");
                }
                boolean silent = answer.silent();
                RetryHandler handler = silent ? node.getNoInput() : node.getNoMatch();
                String what = silent ? "no input" : "no match";
                int count = silent ? ++noInputs : ++noMatches;
                if (handler == null) {
                    steps.add(new SimulationStep(node, action, null, answer.note()));
                    finish(Outcome.DEAD_END, node, CallFlow.nameOf(node) + " has no " + what
                            + " handling: the call drops there.");
                    return null;
                }
                int retries = Math.max(0, handler.getRetries());
                if (count <= retries) {
                    String reprompt = handler.getRepromptText() == null || handler.getRepromptText().isBlank()
                            ? node.getPromptText() : handler.getRepromptText();
                    if (reprompt != null && !reprompt.isBlank()) {
                        promptsPlayed++;
                    }
                    steps.add(new SimulationStep(node, action, reprompt == null || reprompt.isBlank() ? null
                            : reprompt, answer.note() + ": " + what + " " + count + ", retry " + count + " of "
                                    + retries));
                    continue;
                }
                steps.add(new SimulationStep(node, action, null, answer.note() + ": " + what + " " + count
                        + ", no retries left: final action"));
                return goOn(node, handler.getFinalAction(), what + " final action");
            }
        }

        private Answer choose(Menu menu, CallerAction action) {
            if (action instanceof CallerAction.Silence) {
                return Answer.silence();
            }
            if (action instanceof CallerAction.Press press) {
                String keys = press.keys() == null ? "" : press.keys().trim();
                for (MenuOption option : menu.getOptions()) {
                    if (option.getKey() != null && option.getKey().trim().equals(keys)) {
                        return Answer.accept(option.getTarget(), "option " + CallFlow.labelOf(option));
                    }
                }
                return Answer.noMatch("key " + keys + " is not an option");
            }
            if (action instanceof CallerAction.Say say) {
                String spoken = CallFlow.normalize(say.phrase());
                for (MenuOption option : menu.getOptions()) {
                    for (String phrase : CallFlow.phrasesOf(option)) {
                        if (spoken.equals(phrase) || (" " + spoken + " ").contains(" " + phrase + " ")) {
                            return Answer.accept(option.getTarget(), "option " + CallFlow.labelOf(option));
                        }
                    }
                }
                return Answer.noMatch("\"" + say.phrase() + "\" matches no option");
            }
            return Answer.noMatch("not understood");
        }

        private Answer validate(Input input, CallerAction action) {
            if (action instanceof CallerAction.Silence) {
                return Answer.silence();
            }
            String digits;
            if (action instanceof CallerAction.Press press) {
                digits = press.keys() == null ? "" : press.keys().trim().replaceAll("#$", "");
            } else if (action instanceof CallerAction.Say say && say.phrase() != null
                    && say.phrase().replaceAll("\\s", "").matches("[0-9]+")) {
                digits = say.phrase().replaceAll("\\s", "");
            } else {
                return Answer.noMatch("not understood as digits");
            }
            if (!DIGITS.matcher(digits).matches()) {
                return Answer.noMatch("'" + digits + "' is not digits");
            }
            if (digits.length() < input.getMinLength()) {
                return Answer.noMatch("'" + digits + "' is too short (at least " + input.getMinLength() + ")");
            }
            if (digits.length() > input.getMaxLength()) {
                return Answer.noMatch("'" + digits + "' is too long (at most " + input.getMaxLength() + ")");
            }
            if (input.getPattern() != null && !input.getPattern().isBlank()) {
                try {
                    if (!Pattern.compile(input.getPattern()).matcher(digits).matches()) {
                        return Answer.noMatch("'" + digits + "' does not match " + input.getPattern());
                    }
                } catch (PatternSyntaxException e) {
                    return Answer.noMatch("the input pattern '" + input.getPattern() + "' is not valid");
                }
            }
            String variable = input.getVariable() == null || input.getVariable().isBlank() ? ""
                    : " as " + input.getVariable();
            return Answer.accept(input.getNext(), "valid input '" + digits + "'" + variable);
        }

        private String afterPrompts() {
            return " after " + promptsPlayed + (promptsPlayed == 1 ? " prompt" : " prompts");
        }

        private SimulationResult finish(Outcome outcome, Node endNode, String report) {
            result = new SimulationResult(entry, when, steps, path, outcome, endNode, actions.size(), report);
            return result;
        }
    }

    /** How a menu or input took the caller's action. */
    private record Answer(boolean accepted, boolean silent, Node next, String note) {
        static Answer accept(Node next, String note) {
            return new Answer(true, false, next, note);
        }

        static Answer noMatch(String note) {
            return new Answer(false, false, null, note);
        }

        static Answer silence() {
            return new Answer(false, true, null, "silence");
        }
    }
}
