package tandem.ivr.interchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.StepExit;

/**
 * Several flows as one script: an entry point per flow, each flow's node ids prefixed with the flow's key so that
 * steps of different flows never clash, and the steps that hand the call to another of the flows (Connect's
 * TransferToFlow and InvokeFlowModule, Twilio's run-subflow) linked to its first node by an extra exit labelled
 * {@value #LINK}.
 */
public final class FlowLinks {

    /** The label prefix of an exit that leads into another imported flow; exports leave these exits out. */
    public static final String LINK = "flow: ";

    private FlowLinks() {
    }

    /** Whether the exit is a link to another flow (not a transition of the step itself). */
    public static boolean isLink(StepExit exit) {
        return exit.getLabel() != null && exit.getLabel().startsWith(LINK);
    }

    /** The prefix of the node ids of an entry point's flow in a script of several flows ("" for one flow). */
    public static String prefixOf(EntryPoint entry) {
        String id = entry.getId();
        return id != null && id.startsWith("flow-") && entry.eContainer() instanceof IvrScript script
                && script.getEntryPoints().size() > 1 ? id.substring("flow-".length()) + "." : "";
    }

    /** Merges the scripts of several flows into the first one and links the flows calling each other. */
    public static IvrScript merge(String name, List<IvrScript> scripts) {
        IvrScript merged = IvrFactory.eINSTANCE.createIvrScript();
        merged.setName(name);
        Map<String, EntryPoint> byName = new LinkedHashMap<>();
        for (IvrScript script : scripts) {
            EntryPoint entry = script.getEntryPoints().get(0);
            String prefix = entry.getId().substring("flow-".length()) + ".";
            for (Node node : script.getNodes()) {
                node.setId(prefix + node.getId());
            }
            for (String key : keys(entry)) {
                byName.putIfAbsent(key, entry);
            }
        }
        for (IvrScript script : scripts) {
            merged.getEntryPoints().addAll(script.getEntryPoints());
            merged.getNodes().addAll(script.getNodes());
        }
        for (Node node : merged.getNodes()) {
            if (node instanceof ExternalStep step) {
                String target = targetFlow(step);
                EntryPoint called = target == null ? null : find(byName, target);
                if (called != null && called.getFirstNode() != null) {
                    StepExit link = IvrFactory.eINSTANCE.createStepExit();
                    link.setLabel(LINK + called.getName());
                    link.setTarget(called.getFirstNode());
                    step.getExits().add(link);
                }
            }
        }
        return merged;
    }

    /**
     * The nodes an entry point's flow is written with: all nodes of a script of one flow; in a script of several,
     * the nodes of the flow and the new nodes reached from them without passing through another flow, in the
     * script's order.
     */
    public static List<Node> nodesOf(EntryPoint entry) {
        IvrScript script = (IvrScript) entry.eContainer();
        if (script.getEntryPoints().size() < 2) {
            return List.copyOf(script.getNodes());
        }
        String prefix = prefixOf(entry);
        List<String> others = script.getEntryPoints().stream().filter(e -> e != entry).map(FlowLinks::prefixOf)
                .filter(p -> !p.isEmpty()).toList();
        java.util.Set<Node> reached = new java.util.HashSet<>();
        List<Node> todo = new ArrayList<>();
        script.getNodes().stream().filter(n -> n.getId() != null && n.getId().startsWith(prefix))
                .forEach(todo::add);
        if (entry.getFirstNode() != null) {
            todo.add(entry.getFirstNode());
        }
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            boolean foreign = node.getId() != null && others.stream().anyMatch(node.getId()::startsWith)
                    && !node.getId().startsWith(prefix);
            if (foreign || !reached.add(node)) {
                continue;
            }
            for (tandem.ivr.model.flow.FlowEdge edge : tandem.ivr.model.flow.CallFlow.edgesFrom(node)) {
                if (edge.to() != null && !(edge.owner() instanceof StepExit exit && isLink(exit))) {
                    todo.add(edge.to());
                }
            }
        }
        return script.getNodes().stream().filter(reached::contains).toList();
    }

    private static EntryPoint find(Map<String, EntryPoint> byName, String reference) {
        String loose = loose(reference);
        EntryPoint found = byName.get(loose);
        if (found == null && reference.contains("/")) {
            found = byName.get(loose(reference.substring(reference.lastIndexOf('/') + 1)));
        }
        return found;
    }

    /** The names a flow may be called by: its id, ARN, name and file name, as the kept flow says. */
    private static List<String> keys(EntryPoint entry) {
        List<String> keys = new ArrayList<>();
        keys.add(loose(entry.getName()));
        keys.add(loose(entry.getId().substring("flow-".length())));
        try {
            JsonNode flow = Json.parse("flow", entry.getPlatformFlow());
            for (JsonNode holder : List.of(flow, flow.path("ContactFlow"), flow.path("ContactFlowModule"))) {
                for (String field : List.of("Id", "Arn", "Name", "sid", "friendly_name")) {
                    String value = Json.text(holder, field);
                    if (value != null) {
                        keys.add(loose(value));
                    }
                }
            }
        } catch (tandem.ivr.interchange.FlowException e) {
            // the kept flow was read once already; a flow without it is known by its name
        }
        return keys;
    }

    private static String targetFlow(ExternalStep step) {
        if (step.getDefinition() == null) {
            return null;
        }
        try {
            JsonNode definition = Json.parse("step", step.getDefinition());
            for (String field : List.of("ContactFlowId", "FlowModuleId")) {
                String value = Json.text(definition.path("Parameters"), field);
                if (value != null) {
                    return value;
                }
            }
            return Json.text(definition.path("properties"), "flow_sid");
        } catch (tandem.ivr.interchange.FlowException e) {
            return null;
        }
    }

    private static String loose(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
    }
}
