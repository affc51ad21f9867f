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
import tandem.ivr.interchange.internal.ConnectFlow.Transition;
import tandem.ivr.model.CallerInputNode;
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
 * Reads an Amazon Connect flow into an IVR script: one node per action (an external step for the actions Tandem
 * has no node for), linked as the flow's transitions are. Errors that mean "not understood" become no-match
 * handling, {@code InputTimeLimitExceeded} no-input handling; Connect has no built-in retries, so both have none.
 */
public final class ConnectReader {

    static final String[] NO_MATCH = { "NoMatchingCondition", "InvalidNumber", "NoMatchingError" };
    static final String[] NO_INPUT = { "InputTimeLimitExceeded" };

    private static final IvrFactory IVR = IvrFactory.eINSTANCE;

    private final String file;
    private final SetupLookup setup;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private ConnectFlow flow;

    public ConnectReader(String file, SetupLookup setup) {
        this.file = file;
        this.setup = setup;
    }

    public FlowImport read(JsonNode root) throws FlowException {
        flow = ConnectFlow.of(file, root);
        IvrScript script = IVR.createIvrScript();
        String name = flow.envelope == null ? null : Json.text(flow.envelope, "Name");
        if (name == null) {
            name = baseName(file);
        }
        script.setName(name);
        for (Map.Entry<String, ObjectNode> action : flow.actions.entrySet()) {
            Node node = create(action.getValue());
            node.setId(StepIds.of(action.getKey()));
            node.setName(action.getKey());
            nodes.put(action.getKey(), node);
            script.getNodes().add(node);
        }
        for (Map.Entry<String, ObjectNode> action : flow.actions.entrySet()) {
            link(nodes.get(action.getKey()), action.getValue());
        }
        assignQueues();
        EntryPoint entry = IVR.createEntryPoint();
        String flowId = flow.envelope == null ? null : Json.text(flow.envelope, "Id");
        entry.setId(StepIds.of("flow-" + (flowId != null ? flowId : baseName(file))));
        entry.setName(name);
        entry.setFirstNode(nodes.get(Json.text(flow.content, "StartAction")));
        entry.setPlatformFlow(Json.compact(root));
        String type = flow.envelope == null ? null : Json.text(flow.envelope, "Type");
        if (type != null) {
            entry.setDescription("Amazon Connect " + type);
        }
        script.getEntryPoints().add(0, entry);
        return new FlowImport(script, FlowFormat.CONNECT, notes);
    }

    private JsonNode metadataOf(JsonNode action) {
        return flow.content.path("Metadata").path("ActionMetadata").path(Json.text(action, "Identifier"));
    }

    static String baseName(String file) {
        String base = file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
    }

    private Node create(ObjectNode action) {
        String type = Json.text(action, "Type");
        JsonNode parameters = action.path("Parameters");
        switch (type) {
        case "MessageParticipant", "MessageParticipantIteratively": {
            Prompt prompt = IVR.createPrompt();
            prompt.setText(ConnectText.of(action));
            prompt.setAudioFile(Json.text(parameters, "PromptId"));
            return prompt;
        }
        case "GetParticipantInput", "ConnectParticipantWithLexBot": {
            boolean stores = "True".equalsIgnoreCase(Json.text(parameters, "StoreInput"));
            CallerInputNode asking = stores ? IVR.createInput() : IVR.createMenu();
            asking.setPromptText(ConnectText.of(action));
            Integer timeout = ConnectText.timeout(parameters);
            if (timeout != null) {
                asking.setTimeoutSeconds(timeout);
            }
            if (asking instanceof Input input) {
                input.setVariable("StoredCustomerInput");
                Integer max = ConnectText.maxDigits(parameters);
                if (max != null) {
                    input.setMaxLength(max);
                }
            }
            return asking;
        }
        case "CheckHoursOfOperation": {
            HoursCheck check = IVR.createHoursCheck();
            List<String> names = ConnectText.references(action, metadataOf(action), "Hours",
                    "HoursOfOperationId");
            if (!names.isEmpty()) {
                OpeningHours hours = setup.hours(names);
                if (hours == null) {
                    notes.add(file + ": action '" + Json.text(action, "Identifier") + "': opening hours '"
                            + ConnectText.shortName(names) + "' are not in the contact-center setup");
                }
                check.setOpeningHours(hours);
            }
            return check;
        }
        case "TransferContactToQueue":
            return IVR.createRoute();
        case "TransferToPhoneNumber": {
            Transfer transfer = IVR.createTransfer();
            transfer.setNumber(Json.text(parameters, "ThirdPartyPhoneNumber"));
            return transfer;
        }
        case "DisconnectParticipant":
            return IVR.createDisconnect();
        default: {
            ExternalStep step = IVR.createExternalStep();
            step.setPlatformType(type);
            step.setDefinition(Json.compact(action));
            return step;
        }
        }
    }

    private void link(Node node, ObjectNode action) {
        List<Transition> transitions = ConnectFlow.transitions(action);
        if (node instanceof Prompt prompt) {
            prompt.setNext(firstTarget(transitions));
        } else if (node instanceof CallerInputNode asking) {
            if (asking instanceof Menu menu) {
                boolean lex = action.path("Parameters").has("LexV2Bot") || action.path("Parameters").has("LexBot")
                        || "ConnectParticipantWithLexBot".equals(Json.text(action, "Type"));
                for (Transition t : transitions) {
                    if ("Condition".equals(t.slot())) {
                        MenuOption option = IVR.createMenuOption();
                        String operand = ConnectFlow.operand(t.holder());
                        if (!lex && operand != null && operand.matches("[0-9*#]+")) {
                            option.setKey(operand);
                        } else {
                            option.setPhrases(operand);
                        }
                        option.setTarget(target(t));
                        menu.getOptions().add(option);
                    }
                }
            } else if (asking instanceof Input input) {
                input.setNext(target(transitions.stream().filter(t -> "NextAction".equals(t.slot())).findFirst()
                        .orElse(null)));
            }
            asking.setNoMatch(handler(ConnectFlow.error(action, NO_MATCH)));
            asking.setNoInput(handler(ConnectFlow.error(action, NO_INPUT)));
        } else if (node instanceof HoursCheck check) {
            for (Transition t : transitions) {
                String operand = "Condition".equals(t.slot()) ? ConnectFlow.operand(t.holder()) : null;
                if ("True".equalsIgnoreCase(operand)) {
                    check.setOpen(target(t));
                } else if ("False".equalsIgnoreCase(operand)) {
                    check.setClosed(target(t));
                }
            }
        } else if (node instanceof ExternalStep step) {
            for (Transition t : transitions) {
                StepExit exit = IVR.createStepExit();
                exit.setLabel(t.label());
                exit.setFailure(t.error());
                exit.setTarget(target(t));
                step.getExits().add(exit);
            }
        }
    }

    /** Where a step that plays something goes on: its NextAction, or else its first transition. */
    private Node firstTarget(List<Transition> transitions) {
        return transitions.stream().filter(t -> t.next() != null).findFirst().map(this::target).orElse(null);
    }

    private Node target(Transition transition) {
        return transition == null || transition.next() == null ? null : nodes.get(transition.next());
    }

    private RetryHandler handler(Transition error) {
        if (error == null) {
            return null;
        }
        RetryHandler handler = IVR.createRetryHandler();
        handler.setRetries(0);
        handler.setFinalAction(target(error));
        return handler;
    }

    /**
     * A transfer to queue takes the queue set last before it: each UpdateContactTargetQueue gives its queue to the
     * transfers it leads to without another queue being set on the way.
     */
    private void assignQueues() {
        for (Map.Entry<String, ObjectNode> action : flow.actions.entrySet()) {
            if (!"UpdateContactTargetQueue".equals(Json.text(action.getValue(), "Type"))) {
                continue;
            }
            List<String> names = ConnectText.references(action.getValue(), metadataOf(action.getValue()),
                    "QueueId", "AgentId");
            Queue queue = setup.queue(names);
            if (queue == null && !names.isEmpty()) {
                notes.add(file + ": action '" + action.getKey() + "': queue '" + ConnectText.shortName(names)
                        + "' is not in the contact-center setup");
            }
            for (String id : ConnectFlow.routesFedBy(flow, action.getKey())) {
                if (nodes.get(id) instanceof Route route && route.getQueue() == null) {
                    route.setQueue(queue);
                }
            }
        }
    }
}
