package tandem.ivr.interchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowImport;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;
import tandem.ivr.model.StepExit;
import tandem.ivr.model.Transfer;

/**
 * Reads a Twilio Studio flow into an IVR script. The trigger's incoming call is the entry point; a gather and the
 * split that tests its digits or speech are one menu (the split's conditions its options, its no-match the
 * no-match handling, the gather's timeout the no-input handling); a transition without a next state hangs up, read
 * as one shared disconnect node.
 */
public final class TwilioReader {

    /** The id of the disconnect node transitions without a next state lead to. */
    public static final String HANG_UP = "twilio-hang-up";

    /**
     * The parameter of a run-function state that makes it an opening-hours check (Twilio Studio has none): the
     * opening hours' name; the function succeeds when they are open and fails when closed.
     */
    public static final String HOURS_PARAMETER = "hours_of_operation";

    /** The parameter of an opening-hours function naming the queue whose hours it checks. */
    public static final String QUEUE_PARAMETER = "queue";

    private static final IvrFactory IVR = IvrFactory.eINSTANCE;

    private final String file;
    private final SetupLookup setup;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, String> splits = new HashMap<>();
    private IvrScript script;
    private Disconnect hangUp;

    public TwilioReader(String file, SetupLookup setup) {
        this.file = file;
        this.setup = setup;
    }

    public FlowImport read(JsonNode root) throws FlowException {
        TwilioFlow flow = TwilioFlow.of(file, root);
        script = IVR.createIvrScript();
        String name = Json.text(root, "friendly_name");
        if (name == null) {
            name = Json.text(flow.definition, "description");
        }
        script.setName(name == null || name.isBlank() ? ConnectReader.baseName(file) : name);
        for (Map.Entry<String, ObjectNode> state : flow.states.entrySet()) {
            if ("gather-input-on-call".equals(Json.text(state.getValue(), "type"))) {
                String split = flow.splitOf(state.getKey(), state.getValue());
                if (split != null) {
                    splits.put(split, state.getKey());
                }
            }
        }
        for (Map.Entry<String, ObjectNode> state : flow.states.entrySet()) {
            if ("trigger".equals(Json.text(state.getValue(), "type")) || splits.containsKey(state.getKey())) {
                continue;
            }
            Node node = create(state.getKey(), state.getValue());
            node.setId(StepIds.of(state.getKey()));
            node.setName(state.getKey());
            nodes.put(state.getKey(), node);
            script.getNodes().add(node);
        }
        for (Map.Entry<String, ObjectNode> state : flow.states.entrySet()) {
            Node node = nodes.get(state.getKey());
            if (node != null) {
                link(node, state.getKey(), state.getValue(), flow);
            }
        }
        EntryPoint entry = IVR.createEntryPoint();
        String sid = Json.text(root, "sid");
        entry.setId(StepIds.of("flow-" + (sid != null ? sid : ConnectReader.baseName(file))));
        entry.setName(script.getName());
        String initial = Json.text(flow.definition, "initial_state");
        ObjectNode first = flow.states.get(initial);
        entry.setFirstNode("trigger".equals(Json.text(first, "type"))
                ? target(first, "incomingCall", false) : nodes.get(initial));
        entry.setPlatformFlow(Json.compact(root));
        entry.setDescription("Twilio Studio flow");
        script.getEntryPoints().add(entry);
        return new FlowImport(script, FlowFormat.TWILIO, notes);
    }

    private Node create(String name, ObjectNode state) {
        String type = Json.text(state, "type");
        JsonNode properties = state.path("properties");
        switch (type) {
        case "say-play": {
            Prompt prompt = IVR.createPrompt();
            prompt.setText(Json.text(properties, "say"));
            prompt.setAudioFile(Json.text(properties, "play"));
            return prompt;
        }
        case "gather-input-on-call": {
            boolean menu = splits.containsValue(name);
            tandem.ivr.model.CallerInputNode asking = menu ? IVR.createMenu() : IVR.createInput();
            asking.setPromptText(Json.text(properties, "say") != null ? Json.text(properties, "say")
                    : Json.text(properties, "play"));
            Integer timeout = ConnectText.number(Json.text(properties, "timeout"));
            if (timeout != null) {
                asking.setTimeoutSeconds(timeout);
            }
            if (asking instanceof Input input) {
                input.setVariable("widgets." + name + ".Digits");
                Integer digits = ConnectText.number(Json.text(properties, "number_of_digits"));
                if (digits != null) {
                    input.setMaxLength(digits);
                }
            }
            return asking;
        }
        case "enqueue-call", "send-to-flex": {
            Route route = IVR.createRoute();
            List<String> names = new ArrayList<>();
            for (String field : List.of("queue_name", "workflow", "workflow_sid", "channel")) {
                if (Json.text(properties, field) != null) {
                    names.add(Json.text(properties, field));
                }
            }
            Queue queue = setup.queue(names);
            if (queue == null) {
                notes.add(file + ": state '" + name + "': queue '" + (names.isEmpty() ? "(none)" : names.get(0))
                        + "' is not in the contact-center setup");
            }
            route.setQueue(queue);
            return route;
        }
        case "run-function": {
            if (parameter(properties, HOURS_PARAMETER) == null) {
                return external(type, state);
            }
            HoursCheck check = IVR.createHoursCheck();
            String hoursName = parameter(properties, HOURS_PARAMETER);
            if (!hoursName.isBlank()) {
                OpeningHours hours = setup.hours(List.of(hoursName));
                if (hours == null) {
                    notes.add(file + ": state '" + name + "': opening hours '" + hoursName
                            + "' are not in the contact-center setup");
                }
                check.setOpeningHours(hours);
            }
            String queueName = parameter(properties, QUEUE_PARAMETER);
            if (queueName != null && !queueName.isBlank()) {
                Queue queue = setup.queue(List.of(queueName));
                if (queue == null) {
                    notes.add(file + ": state '" + name + "': queue '" + queueName
                            + "' is not in the contact-center setup");
                }
                check.setQueue(queue);
            }
            return check;
        }
        case "connect-call-to": {
            Transfer transfer = IVR.createTransfer();
            transfer.setNumber(Json.text(properties, "to"));
            return transfer;
        }
        default:
            return external(type, state);
        }
    }

    private static ExternalStep external(String type, ObjectNode state) {
        ExternalStep step = IVR.createExternalStep();
        step.setPlatformType(type);
        step.setDefinition(Json.compact(state));
        return step;
    }

    /** The value of a run-function parameter ({@code properties.parameters[].key}), or {@code null}. */
    static String parameter(JsonNode properties, String key) {
        for (JsonNode parameter : properties.path("parameters")) {
            if (key.equals(Json.text(parameter, "key"))) {
                String value = Json.text(parameter, "value");
                return value == null ? "" : value;
            }
        }
        return null;
    }

    private void link(Node node, String name, ObjectNode state, TwilioFlow flow) {
        if (node instanceof Prompt prompt) {
            prompt.setNext(target(state, "audioComplete", true));
        } else if (node instanceof Menu menu) {
            ObjectNode split = flow.states.get(splits.entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(Map.Entry::getKey).findFirst().orElseThrow());
            for (JsonNode transition : split.path("transitions")) {
                if ("noMatch".equals(Json.text(transition, "event"))) {
                    continue;
                }
                MenuOption option = IVR.createMenuOption();
                String value = optionValue(transition);
                String kind = Json.text(transition.path("conditions").path(0), "type");
                if (value != null && value.matches("[0-9*#]+") && !"matches_any_of".equals(kind)) {
                    option.setKey(value);
                } else {
                    option.setPhrases(value);
                }
                option.setTarget(nextOf(transition));
                menu.getOptions().add(option);
            }
            menu.setNoMatch(handler(split, "noMatch"));
            menu.setNoInput(handler(state, "timeout"));
        } else if (node instanceof Input input) {
            input.setNext(TwilioFlow.transition(state, "keypress") != null ? target(state, "keypress", true)
                    : target(state, "speech", true));
            input.setNoInput(handler(state, "timeout"));
        } else if (node instanceof HoursCheck check) {
            check.setOpen(target(state, "success", true));
            check.setClosed(target(state, "fail", true));
        } else if (node instanceof ExternalStep step) {
            for (JsonNode transition : state.path("transitions")) {
                String event = Json.text(transition, "event");
                StepExit exit = IVR.createStepExit();
                exit.setLabel(event);
                exit.setFailure(event != null && event.toLowerCase().matches(".*(fail|error).*"));
                exit.setTarget(nextOf(transition));
                step.getExits().add(exit);
            }
        }
    }

    /** The value a split's match transition tests ("1", "billing, pay my bill"). */
    static String optionValue(JsonNode transition) {
        return Json.text(transition.path("conditions").path(0), "value");
    }

    private RetryHandler handler(JsonNode state, String event) {
        if (TwilioFlow.transition(state, event) == null) {
            return null;
        }
        RetryHandler handler = IVR.createRetryHandler();
        handler.setRetries(0);
        handler.setFinalAction(target(state, event, true));
        return handler;
    }

    private Node target(JsonNode state, String event, boolean hangUpWhenMissing) {
        ObjectNode transition = TwilioFlow.transition(state, event);
        if (transition == null) {
            return hangUpWhenMissing ? hangUp() : null;
        }
        return nextOf(transition);
    }

    /** The node a transition leads to; a transition without next state hangs up. */
    private Node nextOf(JsonNode transition) {
        String next = Json.text(transition, "next");
        if (next == null || next.isEmpty()) {
            return hangUp();
        }
        Node node = nodes.get(next);
        return node != null ? node : nodes.get(splits.get(next));
    }

    private Disconnect hangUp() {
        if (hangUp == null) {
            hangUp = IVR.createDisconnect();
            hangUp.setId(HANG_UP);
            hangUp.setName("Hang up");
            hangUp.setDescription("A Twilio transition without a next state: the call ends.");
            script.getNodes().add(hangUp);
        }
        return hangUp;
    }
}
