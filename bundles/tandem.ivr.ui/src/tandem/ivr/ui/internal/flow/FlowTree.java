package tandem.ivr.ui.internal.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.FlowEdge;

/**
 * The call flow as a tree: entry points, each followed by the nodes the call goes through. A node is shown in full
 * the first time it appears; later it is a SEEN line, and an edge back to a node above is a LOOP line, so the tree
 * stays finite and small whatever the graph. Empty slots are MISSING lines where a new node can be attached.
 */
public final class FlowTree {

    private final List<FlowItem> roots = new ArrayList<>();

    private FlowTree() {
    }

    public static FlowTree of(IvrScript script) {
        FlowTree tree = new FlowTree();
        Set<Node> shown = new HashSet<>();
        for (EntryPoint entry : script.getEntryPoints()) {
            FlowItem item = new FlowItem(null, FlowItem.Kind.ENTRY, entry, null, null);
            tree.roots.add(item);
            addEdge(item, CallFlow.startOf(entry), shown, new HashSet<>());
        }
        List<Node> unreached = CallFlow.unreached(script);
        if (!unreached.isEmpty()) {
            FlowItem group = new FlowItem(null, FlowItem.Kind.GROUP, null, null, null);
            tree.roots.add(group);
            for (Node node : unreached) {
                if (shown.contains(node)) {
                    continue;
                }
                FlowItem item = new FlowItem(group, FlowItem.Kind.UNREACHED, null, null, node);
                group.children().add(item);
                shown.add(node);
                Set<Node> above = new HashSet<>();
                above.add(node);
                for (FlowEdge edge : CallFlow.edgesFrom(node)) {
                    addEdge(item, edge, shown, above);
                }
            }
        }
        return tree;
    }

    private static void addEdge(FlowItem parent, FlowEdge edge, Set<Node> shown, Set<Node> above) {
        Node target = edge.to();
        if (target == null) {
            parent.children().add(new FlowItem(parent, FlowItem.Kind.MISSING, null, edge, null));
            return;
        }
        if (above.contains(target)) {
            parent.children().add(new FlowItem(parent, FlowItem.Kind.LOOP, null, edge, target));
            return;
        }
        if (shown.contains(target)) {
            parent.children().add(new FlowItem(parent, FlowItem.Kind.SEEN, null, edge, target));
            return;
        }
        shown.add(target);
        FlowItem item = new FlowItem(parent, FlowItem.Kind.STEP, null, edge, target);
        parent.children().add(item);
        above.add(target);
        for (FlowEdge next : CallFlow.edgesFrom(target)) {
            addEdge(item, next, shown, above);
        }
        above.remove(target);
    }

    public List<FlowItem> roots() {
        return roots;
    }

    /** Every item, depth first. */
    public List<FlowItem> all() {
        List<FlowItem> all = new ArrayList<>();
        for (FlowItem root : roots) {
            collect(root, all);
        }
        return all;
    }

    private static void collect(FlowItem item, List<FlowItem> all) {
        all.add(item);
        for (FlowItem child : item.children()) {
            collect(child, all);
        }
    }

    /** The line that shows the node in full, or {@code null}. */
    public FlowItem itemOf(Object element) {
        for (FlowItem item : all()) {
            if ((item.kind() == FlowItem.Kind.STEP || item.kind() == FlowItem.Kind.UNREACHED)
                    && item.node() == element || item.kind() == FlowItem.Kind.ENTRY && item.entry() == element) {
                return item;
            }
        }
        return null;
    }
}
