package tandem.ivr.ui.internal.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.Node;
import tandem.ivr.model.flow.FlowEdge;

/**
 * One line of the call-flow tree: an entry point, a step of the flow reached through an edge, an empty slot, a
 * step back to a node already above (a loop), a node shown in full elsewhere, or the group of nodes no entry point
 * reaches. Items are equal when they stand at the same place in the flow, so that the tree keeps its expansion and
 * selection when it is rebuilt after an edit.
 */
public final class FlowItem {

    /** What the line shows. */
    public enum Kind {
        ENTRY, STEP, MISSING, LOOP, SEEN, GROUP, UNREACHED
    }

    private final FlowItem parent;
    private final Kind kind;
    private final EntryPoint entry;
    private final FlowEdge edge;
    private final Node node;
    private final List<FlowItem> children = new ArrayList<>();

    FlowItem(FlowItem parent, Kind kind, EntryPoint entry, FlowEdge edge, Node node) {
        this.parent = parent;
        this.kind = kind;
        this.entry = entry;
        this.edge = edge;
        this.node = node;
    }

    public FlowItem parent() {
        return parent;
    }

    public Kind kind() {
        return kind;
    }

    /** The entry point of an ENTRY line. */
    public EntryPoint entry() {
        return entry;
    }

    /** The edge that leads to this line (for STEP, MISSING, LOOP and SEEN lines). */
    public FlowEdge edge() {
        return edge;
    }

    /** The node shown, {@code null} for entry points, empty slots and the group. */
    public Node node() {
        return node;
    }

    public List<FlowItem> children() {
        return children;
    }

    /** The model element the line stands for: the node, the entry point, or for an empty slot its owner. */
    public EObject element() {
        if (node != null) {
            return node;
        }
        if (entry != null) {
            return entry;
        }
        return edge == null ? null : edge.owner();
    }

    /** For an empty slot: the element and reference a new node would fill. */
    public EObject slotOwner() {
        return edge == null ? null : edge.owner();
    }

    public EReference slot() {
        return edge == null ? null : edge.slot();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FlowItem item)) {
            return false;
        }
        return kind == item.kind && entry == item.entry && node == item.node && sameSlot(edge, item.edge)
                && Objects.equals(parent, item.parent);
    }

    private static boolean sameSlot(FlowEdge a, FlowEdge b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.owner() == b.owner() && a.slot() == b.slot();
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, entry, node, edge == null ? null : edge.owner(), edge == null ? null : edge.slot(),
                parent);
    }

    @Override
    public String toString() {
        return kind + " " + (edge == null ? "" : edge.label() + " ") + element();
    }
}
