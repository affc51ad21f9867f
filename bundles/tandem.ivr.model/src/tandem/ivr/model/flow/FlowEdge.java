package tandem.ivr.model.flow;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.ivr.model.Node;

/**
 * One way out of a node (or into the flow, for an entry point): where it is kept in the model ({@code owner} and
 * {@code slot}: a node's next, a menu option's target, a retry handler's final action...), why it is taken, and
 * the node it leads to, {@code null} while the slot is empty.
 *
 * @param owner the element holding the reference: a node, a menu option, a retry handler or an entry point
 * @param slot  the reference of {@code owner} that holds the target
 * @param kind  why the edge is taken
 * @param label how planners read it: "1 / billing", "no match", "open"
 * @param to    the node the edge leads to, or {@code null}
 */
public record FlowEdge(EObject owner, EReference slot, EdgeKind kind, String label, Node to) {

    /** The node the edge leaves, or {@code null} for an entry point's start edge. */
    public Node from() {
        for (EObject e = owner; e != null; e = e.eContainer()) {
            if (e instanceof Node node) {
                return node;
            }
        }
        return null;
    }

    /** Whether the slot is empty: the call would drop here. */
    public boolean isMissing() {
        return to == null;
    }
}
