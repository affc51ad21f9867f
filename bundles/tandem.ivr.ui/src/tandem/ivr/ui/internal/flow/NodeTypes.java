package tandem.ivr.ui.internal.flow;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.Ids;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.flow.StarterScript;

/** The kinds of node a planner can add, with the defaults a new one starts with. */
public final class NodeTypes {

    /** In the order the editor offers them, by the names planners use. */
    public static final Map<String, EClass> BY_NAME = orderedTypes();

    private NodeTypes() {
    }

    private static Map<String, EClass> orderedTypes() {
        java.util.LinkedHashMap<String, EClass> types = new java.util.LinkedHashMap<>();
        types.put("Prompt", Literals.PROMPT);
        types.put("Menu", Literals.MENU);
        types.put("Input", Literals.INPUT);
        types.put("Message", Literals.MESSAGE);
        types.put("Hours check", Literals.HOURS_CHECK);
        types.put("Self-service", Literals.SELF_SERVICE);
        types.put("Route", Literals.ROUTE);
        types.put("Transfer", Literals.TRANSFER);
        types.put("Disconnect", Literals.DISCONNECT);
        return java.util.Collections.unmodifiableMap(types);
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * A new node of the type, named "Menu 2" and so on after the nodes of that type already in the script; menus
     * and inputs come with no-match and no-input handling (two retries) whose final action is still to choose.
     */
    public static Node create(String typeName, IvrScript script) {
        EClass type = BY_NAME.get(typeName);
        if (type == null) {
            throw new IllegalArgumentException("unknown node type '" + typeName + "'");
        }
        Node node = (Node) EcoreUtil.create(type);
        long same = script.getNodes().stream().filter(n -> n.eClass() == type).count();
        node.setName(typeName + " " + (same + 1));
        if (node instanceof CallerInputNode asking) {
            asking.setNoMatch(StarterScript.retry("Sorry, I did not get that.", null));
            asking.setNoInput(StarterScript.retry("Sorry, I did not hear anything.", null));
        }
        Ids.assignIfMissing(node);
        return node;
    }
}
