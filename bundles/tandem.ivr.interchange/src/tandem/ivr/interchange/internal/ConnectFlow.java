package tandem.ivr.interchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tandem.ivr.interchange.FlowException;

/**
 * An Amazon Connect flow as found in a file: the flow language object, and the envelope around it when the flow
 * came from the console or the API (where the flow is a JSON string in {@code Content}).
 */
final class ConnectFlow {

    static final String VERSION = "2019-10-30";

    final JsonNode root;
    /** The object holding {@code Content}, or {@code null} for a bare flow. */
    final ObjectNode envelope;
    final ObjectNode content;
    final Map<String, ObjectNode> actions = new LinkedHashMap<>();

    private ConnectFlow(JsonNode root, ObjectNode envelope, ObjectNode content) {
        this.root = root;
        this.envelope = envelope;
        this.content = content;
    }

    /** Unwraps and checks the flow: version, unique identifiers, start and next actions that exist. */
    static ConnectFlow of(String file, JsonNode root) throws FlowException {
        ObjectNode envelope = null;
        JsonNode flow = root;
        for (String wrapper : List.of("ContactFlow", "ContactFlowModule")) {
            if (root.get(wrapper) instanceof ObjectNode inner) {
                envelope = inner;
            }
        }
        if (envelope == null && root.has("Content") && root instanceof ObjectNode object) {
            envelope = object;
        }
        if (envelope != null) {
            JsonNode content = envelope.get("Content");
            if (content != null && content.isTextual()) {
                flow = Json.parseEmbedded(file, "the flow's Content", content.asText());
            } else if (content != null && content.isObject()) {
                flow = content;
            } else {
                throw new FlowException(file + ": the flow's Content is missing");
            }
        }
        if (!(flow instanceof ObjectNode contentObject)) {
            throw new FlowException(file + ": not an Amazon Connect flow: the flow is not a JSON object");
        }
        ConnectFlow result = new ConnectFlow(root, envelope, contentObject);
        result.check(file);
        return result;
    }

    private void check(String file) throws FlowException {
        String version = Json.text(content, "Version");
        if (version == null) {
            throw new FlowException(file + ": not an Amazon Connect flow: it has no Version (expected " + VERSION
                    + ")");
        }
        if (!VERSION.equals(version)) {
            throw new FlowException(file + ": unknown Amazon Connect flow Version '" + version + "' (expected "
                    + VERSION + ")");
        }
        JsonNode list = content.get("Actions");
        if (list == null || !list.isArray()) {
            throw new FlowException(file + ": the flow has no Actions list");
        }
        int index = 0;
        for (JsonNode action : list) {
            index++;
            String id = Json.text(action, "Identifier");
            if (!(action instanceof ObjectNode object) || id == null || id.isBlank()) {
                throw new FlowException(file + ": action " + index + " has no Identifier");
            }
            if (Json.text(action, "Type") == null) {
                throw new FlowException(file + ": action '" + id + "' has no Type");
            }
            if (actions.put(id, object) != null) {
                throw new FlowException(file + ": two actions have the Identifier '" + id + "'");
            }
        }
        String start = Json.text(content, "StartAction");
        if (start == null || !actions.containsKey(start)) {
            throw new FlowException(file + ": StartAction '" + (start == null ? "" : start)
                    + "' names no action of the flow");
        }
        for (Map.Entry<String, ObjectNode> action : actions.entrySet()) {
            for (Transition t : transitions(action.getValue())) {
                if (t.next() != null && !actions.containsKey(t.next())) {
                    throw new FlowException(file + ": action '" + action.getKey() + "': NextAction '" + t.next()
                            + "' names no action of the flow");
                }
            }
        }
    }

    /** A way out of an action: NextAction, a condition or an error, and the action it names. */
    /**
     * The transfers to queue (TransferContactToQueue) that take the queue this UpdateContactTargetQueue action sets:
     * those it leads to without another queue being set or the call ending on the way.
     */
    static List<String> routesFedBy(ConnectFlow flow, String setter) {
        List<String> routes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        transitions(flow.actions.get(setter)).stream().filter(t -> !t.error() && t.next() != null)
                .forEach(t -> todo.add(t.next()));
        while (!todo.isEmpty()) {
            String id = todo.remove(0);
            if (seen.contains(id) || seen.size() > 50) {
                continue;
            }
            seen.add(id);
            ObjectNode next = flow.actions.get(id);
            String type = Json.text(next, "Type");
            if ("TransferContactToQueue".equals(type)) {
                routes.add(id);
            } else if (!"UpdateContactTargetQueue".equals(type) && !"DisconnectParticipant".equals(type)) {
                transitions(next).stream().filter(t -> !t.error() && t.next() != null)
                        .forEach(t -> todo.add(t.next()));
            }
        }
        return routes;
    }

    record Transition(String slot, String label, boolean error, JsonNode holder, String next) {
    }

    /** The action's transitions, in the order of the flow language: NextAction, Conditions, Errors. */
    static List<Transition> transitions(JsonNode action) {
        List<Transition> result = new ArrayList<>();
        JsonNode transitions = action.get("Transitions");
        if (transitions == null || !transitions.isObject()) {
            return result;
        }
        if (transitions.has("NextAction")) {
            result.add(new Transition("NextAction", "next", false, transitions, Json.text(transitions, "NextAction")));
        }
        JsonNode conditions = transitions.get("Conditions");
        if (conditions != null && conditions.isArray()) {
            for (JsonNode condition : conditions) {
                result.add(new Transition("Condition", conditionLabel(condition), false, condition,
                        Json.text(condition, "NextAction")));
            }
        }
        JsonNode errors = transitions.get("Errors");
        if (errors != null && errors.isArray()) {
            for (JsonNode error : errors) {
                String type = Json.text(error, "ErrorType");
                result.add(new Transition("Error", type == null ? "error" : type, true, error,
                        Json.text(error, "NextAction")));
            }
        }
        return result;
    }

    /** The first operand of a condition ("1", an intent name, "True"). */
    static String operand(JsonNode condition) {
        JsonNode operands = condition.path("Condition").path("Operands");
        if (operands.isArray() && operands.size() > 0) {
            return operands.get(0).asText();
        }
        return null;
    }

    private static String conditionLabel(JsonNode condition) {
        String operator = Json.text(condition.path("Condition"), "Operator");
        JsonNode operands = condition.path("Condition").path("Operands");
        List<String> values = new ArrayList<>();
        operands.forEach(o -> values.add(o.asText()));
        return (operator == null ? "Equals" : operator) + " " + String.join(", ", values);
    }

    /** The target of the first error of one of the types, or {@code null}. */
    static Transition error(JsonNode action, String... types) {
        for (String type : types) {
            for (Transition t : transitions(action)) {
                if (t.error() && type.equals(t.label())) {
                    return t;
                }
            }
        }
        return null;
    }
}
