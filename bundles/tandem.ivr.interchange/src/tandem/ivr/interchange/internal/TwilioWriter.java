package tandem.ivr.interchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.internal.Placement.Point;
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

/**
 * Writes an IVR script as a Twilio Studio flow, on the flow it was imported from: each node's state is copied and
 * only what changed in the model is rewritten (a menu's options into the split that follows its gather). A
 * disconnect is a transition without next state. New nodes become new states, placed beside the state that leads
 * to them.
 */
public final class TwilioWriter {

    private final String file;
    private final Map<String, ObjectNode> originals = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();
    private TwilioFlow original;

    public TwilioWriter(String file) {
        this.file = file;
    }

    public JsonNode write(EntryPoint entry) throws FlowException {
        IvrScript script = (IvrScript) entry.eContainer();
        List<Node> nodes = FlowLinks.nodesOf(entry);
        String prefix = FlowLinks.prefixOf(entry);
        if (entry.getPlatformFlow() != null && !entry.getPlatformFlow().isBlank()) {
            JsonNode kept = Json.parse(file, entry.getPlatformFlow());
            if (!(kept.has("states") || kept.path("definition").has("states"))) {
                throw new FlowException(file + ": " + script.getName()
                        + " was imported from an Amazon Connect flow; export it with --format connect");
            }
            original = TwilioFlow.of(file, kept);
            original.states.forEach((name, state) -> originals.put(prefix + StepIds.of(name), state));
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Node node : nodes) {
            ObjectNode state = originalOf(node);
            if (state != null) {
                names.put(node, Json.text(state, "name"));
                used.add(Json.text(state, "name"));
            }
        }
        if (original != null) {
            used.addAll(original.states.keySet());
        }
        for (Node node : nodes) {
            if (!names.containsKey(node)) {
                String name = node.getName() != null && !node.getName().isBlank() ? node.getName()
                        : node.getId() != null ? node.getId() : node.eClass().getName();
                name = name.replaceAll("[^A-Za-z0-9_]", "_");
                String unique = name;
                for (int i = 2; !used.add(unique); i++) {
                    unique = name + "_" + i;
                }
                names.put(node, unique);
            }
        }
        ObjectNode definition = original == null ? skeleton() : original.definition.deepCopy();
        ArrayNode states = definition.putArray("states");
        Map<Node, Point> positions = new HashMap<>();
        for (Node node : nodes) {
            JsonNode offset = originalOf(node) == null ? null : originalOf(node).path("properties").path("offset");
            if (offset != null && offset.has("x")) {
                positions.put(node, new Point(offset.path("x").asDouble(), offset.path("y").asDouble()));
            }
        }
        Placement placement = new Placement(nodes, positions);
        Map<String, ObjectNode> written = new HashMap<>();
        List<String> order = new ArrayList<>();
        if (original != null) {
            original.states.forEach((name, state) -> order.add(name));
        }
        for (Node node : nodes) {
            if (node instanceof Disconnect && originalOf(node) == null) {
                continue;
            }
            ObjectNode base = originalOf(node);
            ObjectNode state = base != null ? base.deepCopy() : fresh(node);
            if (base == null) {
                order.add(names.get(node));
                Point at = placement.place(node, new Point(0, 0));
                ObjectNode offset = Json.with(state, "properties", "offset");
                offset.put("x", Math.round(at.x()));
                offset.put("y", Math.round(at.y()));
            }
            written.put(names.get(node), state);
            if (node instanceof Menu menu) {
                String splitName = splitName(menu);
                ObjectNode split = original != null && original.states.containsKey(splitName)
                        ? original.states.get(splitName).deepCopy() : freshSplit(menu, splitName, state);
                if (!order.contains(splitName)) {
                    order.add(order.indexOf(names.get(node)) + 1, splitName);
                }
                applyOptions(menu, split);
                written.put(splitName, split);
            }
            apply(node, state);
        }
        for (String name : order) {
            ObjectNode state = written.get(name);
            if (state == null && original != null && "trigger".equals(Json.text(original.states.get(name), "type"))) {
                state = original.states.get(name).deepCopy();
                setEvent(state, "incomingCall", entry.getFirstNode());
            }
            if (state != null) {
                states.add(state);
            }
        }
        if (original == null) {
            ObjectNode trigger = states.insertObject(0);
            trigger.put("name", "Trigger").put("type", "trigger");
            trigger.putArray("transitions").addObject().put("event", "incomingCall");
            setEvent(trigger, "incomingCall", entry.getFirstNode());
            Json.with(trigger, "properties", "offset").put("x", 0).put("y", 0);
            definition.put("initial_state", "Trigger");
        }
        if (original == null || original.definition == original.root) {
            return definition;
        }
        ObjectNode root = (ObjectNode) original.root.deepCopy();
        if (root.get("definition").isTextual()) {
            if (!definition.equals(original.definition)) {
                root.put("definition", Json.compact(definition));
            }
        } else {
            root.set("definition", definition);
        }
        return root;
    }

    private ObjectNode originalOf(Node node) {
        ObjectNode state = node.getId() == null ? null : originals.get(node.getId());
        if (state == null && node instanceof ExternalStep step && step.getDefinition() != null) {
            try {
                if (Json.parseEmbedded(file, "a definition", step.getDefinition()) instanceof ObjectNode object
                        && object.has("name")) {
                    return object;
                }
            } catch (FlowException e) {
                return null;
            }
        }
        return state;
    }

    private String splitName(Menu menu) {
        ObjectNode gather = originalOf(menu);
        if (gather != null && original != null) {
            String split = original.splitOf(Json.text(gather, "name"), gather);
            if (split != null) {
                return split;
            }
        }
        return names.get(menu) + "_choice";
    }

    private static ObjectNode skeleton() {
        ObjectNode definition = Json.object();
        definition.put("description", "IVR flow written by Tandem");
        definition.putArray("states");
        definition.put("initial_state", "Trigger");
        definition.putObject("flags").put("allow_concurrent_calls", true);
        return definition;
    }

    private ObjectNode fresh(Node node) throws FlowException {
        ObjectNode state = Json.object();
        state.put("name", names.get(node));
        ArrayNode transitions = state.putArray("transitions");
        ObjectNode properties = state.putObject("properties");
        if (node instanceof Prompt || node instanceof Message) {
            state.put("type", "say-play");
            properties.put("loop", 1);
            transitions.addObject().put("event", "audioComplete");
        } else if (node instanceof CallerInputNode asking) {
            state.put("type", "gather-input-on-call");
            properties.put("speech_timeout", "auto").put("timeout", asking.getTimeoutSeconds());
            if (asking instanceof Input input) {
                properties.put("number_of_digits", input.getMaxLength());
            }
            transitions.addObject().put("event", "keypress");
            transitions.addObject().put("event", "speech");
            transitions.addObject().put("event", "timeout");
        } else if (node instanceof Route route) {
            state.put("type", "enqueue-call");
            properties.put("queue_name", route.getQueue() == null ? "" : route.getQueue().getName());
            for (String event : List.of("callComplete", "failedToEnqueue", "callFailure")) {
                transitions.addObject().put("event", event);
            }
        } else if (node instanceof Transfer transfer) {
            state.put("type", "connect-call-to");
            properties.put("noun", "number").put("to", transfer.getNumber()).put("timeout", 30);
            transitions.addObject().put("event", "callCompleted");
            transitions.addObject().put("event", "hangup");
        } else if (node instanceof SelfService task) {
            state.put("type", "run-function");
            properties.put("url", task.getTask());
            transitions.addObject().put("event", "success");
            transitions.addObject().put("event", "fail");
        } else if (node instanceof HoursCheck check) {
            state.put("type", "run-function");
            ObjectNode function = hoursFunction();
            for (String field : List.of("service_sid", "environment_sid", "function_sid", "url")) {
                properties.put(field, function == null ? "" : Json.text(function.path("properties"), field));
            }
            ArrayNode parameters = properties.putArray("parameters");
            OpeningHours hours = hoursOf(check);
            parameters.addObject().put("key", TwilioReader.HOURS_PARAMETER).put("value",
                    hours == null ? "" : nameOf(hours));
            if (check.getQueue() != null) {
                parameters.addObject().put("key", TwilioReader.QUEUE_PARAMETER).put("value",
                        nameOf(check.getQueue()));
            }
            transitions.addObject().put("event", "success");
            transitions.addObject().put("event", "fail");
        } else if (node instanceof ExternalStep step && step.getPlatformType() != null) {
            state.put("type", step.getPlatformType());
            for (StepExit exit : step.getExits()) {
                transitions.addObject().put("event", exit.getLabel());
            }
        } else {
            throw new FlowException(file + ": " + CallFlow.nameOf(node) + " has no Twilio Studio widget");
        }
        return state;
    }

    /** An opening-hours function of the flow as read, whose function a new hours check calls too. */
    private ObjectNode hoursFunction() {
        if (original == null) {
            return null;
        }
        return original.states.values().stream().filter(s -> "run-function".equals(Json.text(s, "type"))
                && TwilioReader.parameter(s.path("properties"), TwilioReader.HOURS_PARAMETER) != null).findFirst()
                .orElse(null);
    }

    /** The hours a check checks: its own, or else its queue's. */
    private static OpeningHours hoursOf(HoursCheck check) {
        if (check.getOpeningHours() != null) {
            return check.getOpeningHours();
        }
        return check.getQueue() == null ? null : check.getQueue().getOpeningHours();
    }

    private static String nameOf(tandem.core.model.NamedElement element) {
        return element.getName() != null ? element.getName() : element.getId();
    }

    /**
     * Writes a changed queue into an enqueue state: its queue name. A state that hands the call to a TaskRouter
     * workflow has no queue to write: refused rather than keeping the old routing.
     */
    private void applyQueue(Route route, ObjectNode state) throws FlowException {
        Queue queue = route.getQueue();
        if (queue == null) {
            return;
        }
        JsonNode properties = state.path("properties");
        List<String> current = new ArrayList<>();
        for (String field : List.of("queue_name", "workflow", "workflow_sid", "channel")) {
            if (Json.text(properties, field) != null) {
                current.add(Json.text(properties, field));
            }
        }
        if (SetupLookup.names(current, queue.getId(), queue.getName())) {
            return;
        }
        String workflow = Json.text(properties, "workflow") != null ? Json.text(properties, "workflow")
                : Json.text(properties, "workflow_sid");
        if (workflow != null && Json.text(properties, "queue_name") == null) {
            throw new FlowException(file + ": " + CallFlow.nameOf(route) + " now routes to queue '" + nameOf(queue)
                    + "', but state '" + Json.text(state, "name") + "' hands the call to TaskRouter workflow '"
                    + workflow + "', which picks the queue itself; Twilio Studio cannot name the queue there: "
                    + "change the workflow in Twilio or route with an enqueue-call by queue name");
        }
        Json.with(state, "properties").put("queue_name", nameOf(queue));
    }

    /** Writes a changed check: its hours parameter, and where the function's success and failure lead. */
    private void applyHours(HoursCheck check, ObjectNode state) {
        setEvent(state, "success", check.getOpen());
        setEvent(state, "fail", check.getClosed());
        OpeningHours hours = check.getOpeningHours();
        if (hours == null) {
            return;
        }
        for (JsonNode parameter : state.path("properties").path("parameters")) {
            if (TwilioReader.HOURS_PARAMETER.equals(Json.text(parameter, "key"))) {
                String value = Json.text(parameter, "value");
                if (value == null || !SetupLookup.names(List.of(value), hours.getId(), hours.getName())) {
                    ((ObjectNode) parameter).put("value", nameOf(hours));
                }
            }
        }
    }

    private ObjectNode freshSplit(Menu menu, String splitName, ObjectNode gather) {
        ObjectNode split = Json.object();
        split.put("name", splitName);
        split.put("type", "split-based-on");
        split.putArray("transitions").addObject().put("event", "noMatch");
        ObjectNode properties = split.putObject("properties");
        properties.put("input", "{{widgets." + names.get(menu) + ".Digits}}");
        JsonNode offset = gather.path("properties").path("offset");
        Json.with(properties, "offset").put("x", offset.path("x").asLong() + 260).put("y",
                offset.path("y").asLong());
        for (String event : List.of("keypress", "speech")) {
            ObjectNode transition = TwilioFlow.transition(gather, event);
            if (transition != null) {
                transition.put("next", splitName);
            }
        }
        return split;
    }

    private String nextName(Node node) {
        if (node == null || node instanceof Disconnect && originalOf(node) == null) {
            return null;
        }
        return names.get(node);
    }

    private void setEvent(ObjectNode state, String event, Node target) {
        String wanted = nextName(target);
        ObjectNode transition = TwilioFlow.transition(state, event);
        if (transition == null) {
            if (wanted != null) {
                ArrayNode transitions = state.get("transitions") instanceof ArrayNode list ? list
                        : state.putArray("transitions");
                transitions.addObject().put("next", wanted).put("event", event);
            }
            return;
        }
        String current = Json.text(transition, "next");
        if (Objects.equals(wanted, current == null || current.isEmpty() ? null : current)) {
            return;
        }
        if (wanted == null) {
            transition.remove("next");
        } else {
            transition.put("next", wanted);
        }
    }

    private void setProperty(ObjectNode state, String field, String value) {
        if (!Objects.equals(value, Json.text(state.path("properties"), field))) {
            if (value == null) {
                Json.with(state, "properties").remove(field);
            } else {
                Json.with(state, "properties").put(field, value);
            }
        }
    }

    private void apply(Node node, ObjectNode state) throws FlowException {
        if (node instanceof Prompt prompt) {
            setProperty(state, "say", prompt.getText());
            setEvent(state, "audioComplete", prompt.getNext());
        } else if (node instanceof Message message) {
            setProperty(state, "say", message.getText());
            setEvent(state, "audioComplete", message.getNext());
        } else if (node instanceof CallerInputNode asking) {
            if (Json.text(state.path("properties"), "say") != null || Json.text(state.path("properties"), "play") == null) {
                setProperty(state, "say", asking.getPromptText());
            }
            Integer timeout = ConnectText.number(Json.text(state.path("properties"), "timeout"));
            if (!Objects.equals(timeout == null ? 5 : timeout, asking.getTimeoutSeconds())) {
                Json.with(state, "properties").put("timeout", asking.getTimeoutSeconds());
            }
            setHandler(state, "timeout", asking.getNoInput());
            if (asking instanceof Input input) {
                setEvent(state, TwilioFlow.transition(state, "keypress") != null ? "keypress" : "speech",
                        input.getNext());
            }
        } else if (node instanceof Transfer transfer) {
            setProperty(state, "to", transfer.getNumber());
        } else if (node instanceof Route route) {
            applyQueue(route, state);
        } else if (node instanceof HoursCheck check) {
            applyHours(check, state);
        } else if (node instanceof ExternalStep step) {
            JsonNode transitions = state.path("transitions");
            List<StepExit> exits = step.getExits().stream().filter(e -> !FlowLinks.isLink(e)).toList();
            for (int i = 0; i < Math.min(transitions.size(), exits.size()); i++) {
                setEvent(state, Json.text(transitions.get(i), "event"), exits.get(i).getTarget());
            }
        }
    }

    private void setHandler(ObjectNode state, String event, RetryHandler handler) {
        if (handler == null) {
            return;
        }
        setEvent(state, event, handler.getFinalAction());
    }

    private void applyOptions(Menu menu, ObjectNode split) {
        if (menu.getNoMatch() != null) {
            setEvent(split, "noMatch", menu.getNoMatch().getFinalAction());
        }
        List<ObjectNode> matches = new ArrayList<>();
        for (JsonNode transition : split.path("transitions")) {
            if (!"noMatch".equals(Json.text(transition, "event"))) {
                matches.add((ObjectNode) transition);
            }
        }
        List<String> have = new ArrayList<>();
        matches.forEach(t -> have.add(TwilioReader.optionValue(t) + " -> " + nextOrNull(t)));
        List<String> want = new ArrayList<>();
        menu.getOptions().forEach(o -> want.add(valueOf(o) + " -> " + nextName(o.getTarget())));
        if (have.equals(want)) {
            return;
        }
        ArrayNode rebuilt = Json.object().arrayNode();
        for (JsonNode transition : split.path("transitions")) {
            if ("noMatch".equals(Json.text(transition, "event"))) {
                rebuilt.add(transition);
            }
        }
        List<ObjectNode> unused = new ArrayList<>(matches);
        String input = Json.text(split.path("properties"), "input");
        for (MenuOption option : menu.getOptions()) {
            String value = valueOf(option);
            ObjectNode reuse = unused.stream().filter(t -> Objects.equals(value, TwilioReader.optionValue(t)))
                    .findFirst().orElse(null);
            ObjectNode transition;
            if (reuse != null) {
                unused.remove(reuse);
                transition = reuse.deepCopy();
            } else {
                transition = Json.object();
                transition.put("event", "match");
                ObjectNode condition = transition.putArray("conditions").addObject();
                boolean key = option.getKey() != null && !option.getKey().isBlank();
                condition.put("friendly_name", "If value " + (key ? "equal_to " : "matches_any_of ") + value);
                condition.putArray("arguments").add(input == null ? "" : input);
                condition.put("type", key ? "equal_to" : "matches_any_of");
                condition.put("value", value);
            }
            String next = nextName(option.getTarget());
            if (next == null) {
                transition.remove("next");
            } else {
                transition.put("next", next);
            }
            rebuilt.add(transition);
        }
        split.set("transitions", rebuilt);
    }

    private static String nextOrNull(JsonNode transition) {
        String next = Json.text(transition, "next");
        return next == null || next.isEmpty() ? null : next;
    }

    private static String valueOf(MenuOption option) {
        if (option.getKey() != null && !option.getKey().isBlank()) {
            return option.getKey().trim();
        }
        return option.getPhrases() == null ? null : option.getPhrases().trim();
    }
}
