package tandem.ivr.interchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tandem.ivr.interchange.FlowException;

/**
 * A Twilio Studio flow definition as found in a file: bare, or as the {@code definition} of the REST API's flow
 * resource (with {@code sid}, {@code friendly_name} around it).
 */
final class TwilioFlow {

    final JsonNode root;
    final ObjectNode definition;
    final Map<String, ObjectNode> states = new LinkedHashMap<>();

    private TwilioFlow(JsonNode root, ObjectNode definition) {
        this.root = root;
        this.definition = definition;
    }

    static TwilioFlow of(String file, JsonNode root) throws FlowException {
        JsonNode definition = root.get("definition") instanceof ObjectNode inner ? inner : root;
        if (root.get("definition") != null && root.get("definition").isTextual()) {
            definition = Json.parseEmbedded(file, "the flow's definition", root.get("definition").asText());
        }
        if (!(definition instanceof ObjectNode object) || !object.path("states").isArray()) {
            throw new FlowException(file + ": not a Twilio Studio flow: it has no states list");
        }
        TwilioFlow flow = new TwilioFlow(root, object);
        flow.check(file);
        return flow;
    }

    private void check(String file) throws FlowException {
        int index = 0;
        for (JsonNode state : definition.path("states")) {
            index++;
            String name = Json.text(state, "name");
            if (!(state instanceof ObjectNode object) || name == null || name.isBlank()) {
                throw new FlowException(file + ": state " + index + " has no name");
            }
            if (Json.text(state, "type") == null) {
                throw new FlowException(file + ": state '" + name + "' has no type");
            }
            if (states.put(name, object) != null) {
                throw new FlowException(file + ": two states are named '" + name + "'");
            }
        }
        String initial = Json.text(definition, "initial_state");
        if (initial == null || !states.containsKey(initial)) {
            throw new FlowException(file + ": initial_state '" + (initial == null ? "" : initial)
                    + "' names no state of the flow");
        }
        for (Map.Entry<String, ObjectNode> state : states.entrySet()) {
            for (JsonNode transition : state.getValue().path("transitions")) {
                String next = Json.text(transition, "next");
                if (next != null && !next.isEmpty() && !states.containsKey(next)) {
                    throw new FlowException(file + ": state '" + state.getKey() + "': transition '"
                            + Json.text(transition, "event") + "' goes to '" + next
                            + "', which names no state of the flow");
                }
            }
        }
    }

    /** The transition of a state for an event, or {@code null}. */
    static ObjectNode transition(JsonNode state, String event) {
        for (JsonNode transition : state.path("transitions")) {
            if (event.equals(Json.text(transition, "event")) && transition instanceof ObjectNode object) {
                return object;
            }
        }
        return null;
    }

    /** The state a state's event leads to, or {@code null}. */
    static String next(JsonNode state, String event) {
        ObjectNode transition = transition(state, event);
        String next = transition == null ? null : Json.text(transition, "next");
        return next == null || next.isEmpty() ? null : next;
    }

    /**
     * The split-based-on state a gather hands the caller's keys or words to, when it tests that gather's result:
     * Tandem reads the two as one menu.
     */
    String splitOf(String gatherName, JsonNode gather) {
        for (String event : new String[] { "keypress", "speech" }) {
            String next = next(gather, event);
            ObjectNode split = next == null ? null : states.get(next);
            if (split != null && "split-based-on".equals(Json.text(split, "type"))) {
                String input = Json.text(split.path("properties"), "input");
                if (input != null && input.replace(" ", "").contains("widgets." + gatherName + ".")) {
                    return next;
                }
            }
        }
        return null;
    }
}
