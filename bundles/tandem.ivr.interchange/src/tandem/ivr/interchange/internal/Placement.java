package tandem.ivr.interchange.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import tandem.ivr.model.Node;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.FlowEdge;

/**
 * Where a new step goes in the flow designer's canvas: to the right of the step that leads to it (its first
 * predecessor with a position), one row further down for each new step placed beside the same neighbour.
 */
final class Placement {

    /** A position on the canvas. */
    record Point(double x, double y) {
    }

    private final List<Node> nodes;
    private final Map<Node, Point> known;
    private final Map<EObject, Integer> placedBeside = new HashMap<>();

    Placement(List<Node> nodes, Map<Node, Point> known) {
        this.nodes = nodes;
        this.known = new HashMap<>(known);
    }

    /** The position for a node that has none, placed after the nodes that lead to it. */
    Point place(Node node, Point fallback) {
        Point existing = known.get(node);
        if (existing != null) {
            return existing;
        }
        known.put(node, fallback);
        Point result = fallback;
        for (Node from : predecessors(node)) {
            Point anchor = place(from, fallback);
            int row = placedBeside.merge(from, 1, Integer::sum) - 1;
            result = new Point(anchor.x() + 260, anchor.y() + 160 * row);
            break;
        }
        known.put(node, result);
        return result;
    }

    private List<Node> predecessors(Node node) {
        java.util.ArrayList<Node> result = new java.util.ArrayList<>();
        for (Node other : nodes) {
            for (FlowEdge edge : CallFlow.edgesFrom(other)) {
                if (edge.to() == node && other != node && !result.contains(other)) {
                    result.add(other);
                }
            }
        }
        result.sort((a, b) -> Boolean.compare(!known.containsKey(a), !known.containsKey(b)));
        return result;
    }
}
