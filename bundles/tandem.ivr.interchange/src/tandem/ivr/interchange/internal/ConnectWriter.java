package tandem.ivr.interchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.interchange.internal.ConnectFlow.Transition;
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

/**
 * Writes an IVR script as an Amazon Connect flow. The flow the script was imported from is the base: each node's
 * action is copied from it and only the fields whose model value differs from what the import read are rewritten,
 * so an unchanged script gives back the same flow. Nodes without an action become new actions, placed beside the
 * action that leads to them; actions whose node is gone are left out.
 */
public final class ConnectWriter {

    private final String file;
    private final Map<String, ObjectNode> originals = new HashMap<>();
    private final Map<Node, String> identifiers = new HashMap<>();
    /** The UpdateContactTargetQueue actions whose queue changed, by identifier, with the queue they now set. */
    private final Map<String, Queue> queueChanges = new HashMap<>();
    private ConnectFlow original;
    private ObjectNode content;

    public ConnectWriter(String file) {
        this.file = file;
    }

    public JsonNode write(EntryPoint entry) throws FlowException {
        IvrScript script = (IvrScript) entry.eContainer();
        List<Node> nodes = FlowLinks.nodesOf(entry);
        String prefix = FlowLinks.prefixOf(entry);
        if (entry.getPlatformFlow() != null && !entry.getPlatformFlow().isBlank()) {
            JsonNode kept = Json.parse(file, entry.getPlatformFlow());
            if (isTwilio(kept)) {
                throw new FlowException(file + ": " + script.getName()
                        + " was imported from a Twilio Studio flow; export it with --format twilio");
            }
            original = ConnectFlow.of(file, kept);
            original.actions.forEach((id, action) -> originals.put(prefix + StepIds.of(id), action));
        }
        for (Node node : nodes) {
            ObjectNode action = originalOf(node);
            String id = action != null ? Json.text(action, "Identifier") : node.getId() != null ? node.getId()
                    : node.getName();
            if (action == null && id != null && !prefix.isEmpty() && id.startsWith(prefix)) {
                id = id.substring(prefix.length());
            }
            if (id == null || id.isBlank()) {
                throw new FlowException(file + ": " + tandem.ivr.model.flow.CallFlow.nameOf(node)
                        + " has neither an id nor a name to become an action Identifier");
            }
            identifiers.put(node, id);
        }
        content = original == null ? skeleton() : original.content.deepCopy();
        if (original != null) {
            planQueueChanges(nodes);
        }
        ArrayNode actions = content.putArray("Actions");
        Map<Node, Point> positions = new HashMap<>();
        JsonNode actionMetadata = content.path("Metadata").path("ActionMetadata");
        for (Node node : nodes) {
            JsonNode position = actionMetadata.path(identifiers.get(node)).path("position");
            if (originalOf(node) != null && position.has("x")) {
                positions.put(node, new Point(position.path("x").asDouble(), position.path("y").asDouble()));
            }
        }
        Placement placement = new Placement(nodes, positions);
        JsonNode entryPosition = content.path("Metadata").path("entryPointPosition");
        Point start = new Point(entryPosition.path("x").asDouble(0), entryPosition.path("y").asDouble(0));
        Set<String> written = new HashSet<>();
        for (Node node : nodes) {
            ObjectNode base = originalOf(node);
            ObjectNode action = base != null ? base.deepCopy() : fresh(node);
            if (base == null && node instanceof Route route) {
                ObjectNode setQueue = setQueue(route);
                actions.add(setQueue);
                written.add(Json.text(setQueue, "Identifier"));
                place(content, Json.text(setQueue, "Identifier"), placement.place(node, start), -130);
            }
            if (base != null && queueChanges.containsKey(identifiers.get(node))) {
                Queue queue = queueChanges.get(identifiers.get(node));
                rewriteReference(action, new String[] { "QueueId", "AgentId" }, valueOf(queue),
                        queue.getName() != null ? queue.getName() : queue.getId());
            }
            apply(node, action);
            actions.add(action);
            written.add(identifiers.get(node));
            if (base == null) {
                place(content, identifiers.get(node), placement.place(node, start), 0);
            }
        }
        if (actions.size() > FlowInterchange.CONNECT_MAX_ACTIONS) {
            throw new FlowException(file + ": " + actions.size() + " actions; Amazon Connect takes at most "
                    + FlowInterchange.CONNECT_MAX_ACTIONS + " in one flow (split " + script.getName()
                    + " into flow modules)");
        }
        String startAction = targetOf(entry.getFirstNode());
        if (startAction == null) {
            throw new FlowException(file + ": " + tandem.ivr.model.flow.CallFlow.nameOf(entry)
                    + " has no first node to be the flow's StartAction");
        }
        if (!startAction.equals(Json.text(content, "StartAction"))) {
            content.put("StartAction", startAction);
        }
        if (content.path("Metadata").path("ActionMetadata") instanceof ObjectNode metadata) {
            for (Iterator<String> names = metadata.fieldNames(); names.hasNext();) {
                if (!written.contains(names.next())) {
                    names.remove();
                }
            }
        }
        return wrap(original, content);
    }

    private static boolean isTwilio(JsonNode kept) {
        JsonNode flow = kept.has("definition") ? kept.get("definition") : kept;
        return flow.has("states") || flow.has("initial_state");
    }

    private JsonNode wrap(ConnectFlow original, ObjectNode content) {
        if (original == null || original.envelope == null) {
            return content;
        }
        JsonNode root = original.root.deepCopy();
        ObjectNode envelope = root.get("ContactFlow") instanceof ObjectNode flow ? flow
                : root.get("ContactFlowModule") instanceof ObjectNode module ? module : (ObjectNode) root;
        if (envelope.get("Content").isTextual()) {
            if (!content.equals(original.content)) {
                envelope.put("Content", Json.compact(content));
            }
        } else {
            envelope.set("Content", content);
        }
        return root;
    }

    private ObjectNode originalOf(Node node) {
        ObjectNode action = node.getId() == null ? null : originals.get(node.getId());
        if (action == null && node instanceof ExternalStep step && step.getDefinition() != null
                && !step.getDefinition().isBlank()) {
            try {
                JsonNode definition = Json.parseEmbedded(file, "the definition of " + node.getName(),
                        step.getDefinition());
                if (definition instanceof ObjectNode object && object.has("Identifier")) {
                    return object;
                }
            } catch (FlowException e) {
                return null;
            }
        }
        return action;
    }

    private static ObjectNode skeleton() {
        ObjectNode content = Json.object();
        content.put("Version", ConnectFlow.VERSION);
        content.put("StartAction", "");
        Json.with(content, "Metadata", "entryPointPosition").put("x", 40).put("y", 40);
        Json.with(content, "Metadata", "ActionMetadata");
        content.putArray("Actions");
        return content;
    }

    private static void place(ObjectNode content, String identifier, Point point, double dy) {
        ObjectNode position = Json.with(content, "Metadata", "ActionMetadata", identifier, "position");
        position.put("x", Math.round(point.x()));
        position.put("y", Math.round(point.y() + dy));
    }

    /** The identifier a transition to the node names: a new route is entered through its queue setting. */
    private String targetOf(Node node) {
        if (node == null) {
            return null;
        }
        String id = identifiers.get(node);
        return node instanceof Route && originalOf(node) == null ? id + "-queue" : id;
    }

    private ObjectNode fresh(Node node) throws FlowException {
        ObjectNode action = Json.object();
        action.put("Identifier", identifiers.get(node));
        action.put("Type", typeOf(node));
        ObjectNode parameters = action.putObject("Parameters");
        action.putObject("Transitions");
        if (node instanceof Menu) {
            parameters.put("StoreInput", "False");
        } else if (node instanceof Input input) {
            parameters.put("StoreInput", "True");
            Json.with(parameters, "InputValidation", "CustomValidation").put("MaximumLength",
                    String.valueOf(input.getMaxLength()));
        } else if (node instanceof HoursCheck check) {
            OpeningHours hours = check.getOpeningHours();
            if (hours != null) {
                parameters.put("Hours", valueOf(hours));
            }
            ArrayNode conditions = Json.with(action, "Transitions").putArray("Conditions");
            for (String operand : List.of("True", "False")) {
                ObjectNode condition = conditions.addObject();
                condition.put("NextAction", "");
                Json.with(condition, "Condition").put("Operator", "Equals").putArray("Operands").add(operand);
            }
        } else if (node instanceof SelfService task) {
            parameters.put("LambdaFunctionARN", task.getTask());
        }
        return action;
    }

    private String typeOf(Node node) throws FlowException {
        if (node instanceof Prompt || node instanceof Message) {
            return "MessageParticipant";
        }
        if (node instanceof CallerInputNode) {
            return "GetParticipantInput";
        }
        if (node instanceof HoursCheck) {
            return "CheckHoursOfOperation";
        }
        if (node instanceof Route) {
            return "TransferContactToQueue";
        }
        if (node instanceof Transfer) {
            return "TransferToPhoneNumber";
        }
        if (node instanceof Disconnect) {
            return "DisconnectParticipant";
        }
        if (node instanceof SelfService) {
            return "InvokeLambdaFunction";
        }
        if (node instanceof ExternalStep step && step.getPlatformType() != null) {
            return step.getPlatformType();
        }
        throw new FlowException(file + ": " + tandem.ivr.model.flow.CallFlow.nameOf(node)
                + " has no Amazon Connect action type");
    }

    private ObjectNode setQueue(Route route) {
        ObjectNode action = Json.object();
        action.put("Identifier", identifiers.get(route) + "-queue");
        action.put("Type", "UpdateContactTargetQueue");
        Queue queue = route.getQueue();
        action.putObject("Parameters").put("QueueId", queue == null ? "" : valueOf(queue));
        ObjectNode transitions = action.putObject("Transitions");
        transitions.put("NextAction", identifiers.get(route));
        transitions.putArray("Errors").addObject().put("NextAction", identifiers.get(route)).put("ErrorType",
                "NoMatchingError");
        return action;
    }

    /**
     * Finds the routes whose queue changed since the import and the UpdateContactTargetQueue actions that set it.
     * A route takes its queue from the first such action that leads to it; when that action sets the queue of
     * other routes too, or no action sets it, the change cannot be written without changing other routes or adding
     * actions: refused.
     */
    private void planQueueChanges(List<Node> nodes) throws FlowException {
        Map<String, Route> routes = new HashMap<>();
        for (Node node : nodes) {
            if (node instanceof Route route && originalOf(node) != null
                    && "TransferContactToQueue".equals(Json.text(originalOf(node), "Type"))) {
                routes.put(identifiers.get(node), route);
            }
        }
        Map<String, List<String>> fed = new HashMap<>();
        Map<String, List<String>> setters = new HashMap<>();
        for (Map.Entry<String, ObjectNode> action : original.actions.entrySet()) {
            if ("UpdateContactTargetQueue".equals(Json.text(action.getValue(), "Type"))) {
                List<String> reached = ConnectFlow.routesFedBy(original, action.getKey());
                fed.put(action.getKey(), reached);
                reached.forEach(r -> setters.computeIfAbsent(r, k -> new ArrayList<>()).add(action.getKey()));
            }
        }
        for (Node node : nodes) {
            String id = identifiers.get(node);
            Route route = routes.get(id);
            Queue queue = route == null ? null : route.getQueue();
            if (queue == null) {
                continue;
            }
            List<String> mine = setters.getOrDefault(id, List.of());
            if (!mine.isEmpty() && sets(original.actions.get(mine.get(0)), queue)) {
                continue;
            }
            String what = file + ": " + tandem.ivr.model.flow.CallFlow.nameOf(route) + " now routes to queue '"
                    + nameOf(queue) + "', ";
            if (mine.isEmpty()) {
                throw new FlowException(what + "but no UpdateContactTargetQueue action before it sets the queue in "
                        + "the Amazon Connect flow (it transfers to the queue the contact already has); set the queue"
                        + " in the flow designer");
            }
            for (String setter : mine) {
                for (String other : fed.get(setter)) {
                    Route shared = routes.get(other);
                    if (shared != null && shared != route && shared.getQueue() != queue) {
                        throw new FlowException(what + "but action '" + setter + "' that sets it also sets the "
                                + "queue of " + tandem.ivr.model.flow.CallFlow.nameOf(shared) + " (queue '"
                                + (shared.getQueue() == null ? "unknown" : nameOf(shared.getQueue()))
                                + "'); the Amazon Connect flow cannot route them apart without a new action: give "
                                + "both the same queue or change the flow in Connect");
                    }
                }
                queueChanges.put(setter, queue);
            }
        }
    }

    private boolean sets(ObjectNode setter, Queue queue) {
        return SetupLookup.names(ConnectText.references(setter, metadataOf(setter), "QueueId", "AgentId"),
                queue.getId(), queue.getName());
    }

    private static String nameOf(tandem.core.model.NamedElement element) {
        return element.getName() != null ? element.getName() : element.getId();
    }

    /** An action's metadata as the import read it. */
    private JsonNode metadataOf(JsonNode action) {
        ObjectNode read = original != null ? original.content : content;
        return read.path("Metadata").path("ActionMetadata").path(Json.text(action, "Identifier"));
    }

    /**
     * How the flow names a queue: the ARN (or id) another action of the flow already names it by, else the setup's
     * id when it is an ARN, else its name.
     */
    private String valueOf(Queue queue) {
        if (original != null) {
            for (ObjectNode action : original.actions.values()) {
                if ("UpdateContactTargetQueue".equals(Json.text(action, "Type")) && sets(action, queue)
                        && Json.text(action.path("Parameters"), "QueueId") != null) {
                    return Json.text(action.path("Parameters"), "QueueId");
                }
            }
        }
        return queue.getId() != null && queue.getId().startsWith("arn:") ? queue.getId() : nameOf(queue);
    }

    /** How the flow names opening hours: as {@link #valueOf(Queue)} does a queue. */
    private String valueOf(OpeningHours hours) {
        if (original != null) {
            for (ObjectNode action : original.actions.values()) {
                String value = Json.text(action.path("Parameters"), "Hours");
                if ("CheckHoursOfOperation".equals(Json.text(action, "Type")) && value != null
                        && SetupLookup.names(ConnectText.references(action, metadataOf(action), "Hours"),
                                hours.getId(), hours.getName())) {
                    return value;
                }
            }
        }
        return hours.getId() != null && hours.getId().startsWith("arn:") ? hours.getId() : nameOf(hours);
    }

    /**
     * Points the action's reference parameter (the first of the names it has, else the first name) at another
     * queue or opening hours, and the display names the console keeps for it in the action's metadata with it, so
     * that the console and a new import both see the new one.
     */
    private void rewriteReference(ObjectNode action, String[] parameterNames, String value, String displayName) {
        ObjectNode parameters = Json.with(action, "Parameters");
        String parameter = java.util.Arrays.stream(parameterNames).filter(parameters::has).findFirst()
                .orElse(parameterNames[0]);
        String old = Json.text(parameters, parameter);
        parameters.put(parameter, value);
        if (content.path("Metadata").path("ActionMetadata").path(Json.text(action, "Identifier"))
                instanceof ObjectNode metadata) {
            relabel(metadata, old, value, displayName);
        }
    }

    private static void relabel(JsonNode node, String old, String value, String displayName) {
        if (node instanceof ArrayNode array) {
            array.forEach(child -> relabel(child, old, value, displayName));
        } else if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    if ("id".equals(field.getKey()) && field.getValue().asText().equals(old)) {
                        field.setValue(object.textNode(value));
                    } else if (List.of("text", "displayName", "name").contains(field.getKey())) {
                        field.setValue(object.textNode(displayName));
                    }
                } else {
                    relabel(field.getValue(), old, value, displayName);
                }
            }
        }
    }

    private void apply(Node node, ObjectNode action) {
        if (node instanceof Prompt prompt) {
            setText(action, prompt.getText());
            setFirst(action, prompt.getNext());
        } else if (node instanceof Message message) {
            setText(action, message.getText());
            setFirst(action, message.getNext());
        } else if (node instanceof CallerInputNode asking) {
            setText(action, asking.getPromptText());
            Integer timeout = ConnectText.timeout(action.path("Parameters"));
            if (!Objects.equals(timeout == null ? 5 : timeout, asking.getTimeoutSeconds())) {
                Json.with(action, "Parameters").put("InputTimeLimitSeconds",
                        String.valueOf(asking.getTimeoutSeconds()));
            }
            if (asking instanceof Menu menu) {
                setOptions(action, menu);
            } else if (asking instanceof Input input) {
                setNext(action, input.getNext());
            }
            setError(action, ConnectReader.NO_MATCH, asking.getNoMatch());
            setError(action, ConnectReader.NO_INPUT, asking.getNoInput());
        } else if (node instanceof HoursCheck check) {
            OpeningHours hours = check.getOpeningHours();
            if (hours != null && !SetupLookup.names(ConnectText.references(action, metadataOf(action), "Hours",
                    "HoursOfOperationId"), hours.getId(), hours.getName())) {
                rewriteReference(action, new String[] { "Hours", "HoursOfOperationId" }, valueOf(hours),
                        hours.getName() != null ? hours.getName() : hours.getId());
            }
            for (Transition t : ConnectFlow.transitions(action)) {
                String operand = "Condition".equals(t.slot()) ? ConnectFlow.operand(t.holder()) : null;
                Node target = "True".equalsIgnoreCase(operand) ? check.getOpen()
                        : "False".equalsIgnoreCase(operand) ? check.getClosed() : null;
                if (operand != null && ("True".equalsIgnoreCase(operand) || "False".equalsIgnoreCase(operand))) {
                    retarget(t, target);
                }
            }
        } else if (node instanceof Transfer transfer) {
            if (!Objects.equals(transfer.getNumber(), Json.text(action.path("Parameters"), "ThirdPartyPhoneNumber"))) {
                Json.with(action, "Parameters").put("ThirdPartyPhoneNumber", transfer.getNumber());
            }
        } else if (node instanceof SelfService task) {
            setFirst(action, task.getNext());
        } else if (node instanceof ExternalStep step) {
            List<Transition> transitions = ConnectFlow.transitions(action);
            List<StepExit> exits = step.getExits().stream().filter(e -> !FlowLinks.isLink(e)).toList();
            if (transitions.isEmpty() && !exits.isEmpty()) {
                setNext(action, exits.get(0).getTarget());
                return;
            }
            for (int i = 0; i < Math.min(transitions.size(), exits.size()); i++) {
                retarget(transitions.get(i), exits.get(i).getTarget());
            }
        }
    }

    private void setText(ObjectNode action, String text) {
        if (!Objects.equals(ConnectText.of(action), text)) {
            ObjectNode parameters = Json.with(action, "Parameters");
            parameters.remove("SSML");
            if (text == null) {
                parameters.remove("Text");
            } else {
                parameters.put("Text", text);
            }
        }
    }

    /** Sets where a playing step goes on, as the import read it: NextAction, or else its first transition. */
    private void setFirst(ObjectNode action, Node target) {
        List<Transition> transitions = ConnectFlow.transitions(action);
        Transition first = transitions.stream().filter(t -> t.next() != null).findFirst().orElse(null);
        if (first != null && !"NextAction".equals(first.slot())) {
            retarget(first, target);
        } else {
            setNext(action, target);
        }
    }

    private void setNext(ObjectNode action, Node target) {
        String wanted = targetOf(target);
        if (Objects.equals(wanted, Json.text(action.path("Transitions"), "NextAction"))) {
            return;
        }
        ObjectNode transitions = Json.with(action, "Transitions");
        if (wanted == null) {
            transitions.remove("NextAction");
        } else {
            transitions.put("NextAction", wanted);
        }
    }

    private void retarget(Transition transition, Node target) {
        String wanted = targetOf(target);
        if (Objects.equals(wanted, transition.next())) {
            return;
        }
        ObjectNode holder = (ObjectNode) transition.holder();
        if (wanted == null) {
            holder.remove("NextAction");
        } else {
            holder.put("NextAction", wanted);
        }
    }

    private void setError(ObjectNode action, String[] types, RetryHandler handler) {
        Node target = handler == null ? null : handler.getFinalAction();
        Transition current = ConnectFlow.error(action, types);
        if (current != null) {
            if (handler == null) {
                ArrayNode errors = (ArrayNode) action.path("Transitions").path("Errors");
                for (int i = 0; i < errors.size(); i++) {
                    if (errors.get(i) == current.holder()) {
                        errors.remove(i);
                        break;
                    }
                }
            } else {
                retarget(current, target);
            }
        } else if (handler != null && target != null) {
            ObjectNode transitions = Json.with(action, "Transitions");
            ArrayNode errors = transitions.get("Errors") instanceof ArrayNode list ? list
                    : transitions.putArray("Errors");
            errors.addObject().put("NextAction", targetOf(target)).put("ErrorType", types[0]);
        }
    }

    private void setOptions(ObjectNode action, Menu menu) {
        List<Transition> current = ConnectFlow.transitions(action).stream()
                .filter(t -> "Condition".equals(t.slot())).toList();
        List<String> have = new ArrayList<>();
        current.forEach(t -> have.add(ConnectFlow.operand(t.holder()) + " -> " + t.next()));
        List<String> want = new ArrayList<>();
        menu.getOptions().forEach(o -> want.add(operandOf(o) + " -> " + targetOf(o.getTarget())));
        if (have.equals(want)) {
            return;
        }
        List<Transition> unused = new ArrayList<>(current);
        ArrayNode conditions = Json.object().arrayNode();
        for (MenuOption option : menu.getOptions()) {
            String operand = operandOf(option);
            Transition reuse = unused.stream().filter(t -> Objects.equals(operand, ConnectFlow.operand(t.holder())))
                    .findFirst().orElse(null);
            ObjectNode condition;
            if (reuse != null) {
                unused.remove(reuse);
                condition = ((ObjectNode) reuse.holder()).deepCopy();
            } else {
                condition = Json.object();
                condition.put("NextAction", "");
                Json.with(condition, "Condition").put("Operator", "Equals").putArray("Operands").add(operand);
            }
            String target = targetOf(option.getTarget());
            if (target == null) {
                condition.remove("NextAction");
            } else {
                condition.put("NextAction", target);
            }
            conditions.add(condition);
        }
        Json.with(action, "Transitions").set("Conditions", conditions);
    }

    private static String operandOf(MenuOption option) {
        if (option.getKey() != null && !option.getKey().isBlank()) {
            return option.getKey().trim();
        }
        return option.getPhrases() == null ? "" : option.getPhrases().trim();
    }
}
