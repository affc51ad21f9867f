package tandem.ivr.ui.internal.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.EdgeKind;
import tandem.ivr.model.flow.FlowEdge;

/**
 * Lays out a script's call flow with Eclipse ELK's layered (Sugiyama) algorithm, top to bottom: entry points and
 * nodes become boxes, edges become orthogonal arrows with their labels, and every empty slot gets a small "drops"
 * box so that dead ends are visible. Pure geometry, no SWT: text sizes come from the caller.
 */
public final class FlowLayout {

    /** Measures text: width and height in pixels. */
    @FunctionalInterface
    public interface TextMeasure {
        double[] size(String text);
    }

    /** What a box shows. */
    public enum BoxKind {
        ENTRY, NODE, DROP
    }

    /**
     * A box of the diagram.
     *
     * @param element the entry point or node, {@code null} for a "drops" box
     * @param lines   the text lines (the kind, then the name)
     */
    public record Box(EObject element, BoxKind kind, List<String> lines, double x, double y, double width,
            double height) {

        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /**
     * An arrow: its route (start, bends, end) and its label, whose box ({@code labelX}, {@code labelY},
     * {@code labelWidth}, {@code labelHeight}, text padding included) sits on one of the arrow's own segments.
     */
    public record Arrow(FlowEdge edge, String label, List<double[]> points, double labelX, double labelY,
            double labelWidth, double labelHeight) {

        /** Whether the point is on the label's box. */
        public boolean labelContains(double px, double py) {
            return label != null && px >= labelX && px <= labelX + labelWidth && py >= labelY
                    && py <= labelY + labelHeight;
        }

        /** The centre of the label's box. */
        public double[] labelCentre() {
            return new double[] { labelX + labelWidth / 2, labelY + labelHeight / 2 };
        }

        /** The shortest distance from the point to the arrow's route. */
        public double distanceTo(double px, double py) {
            double best = Double.MAX_VALUE;
            for (int i = 1; i < points.size(); i++) {
                best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), px, py));
            }
            return best;
        }
    }

    /** The laid-out diagram. */
    public record Diagram(List<Box> boxes, List<Arrow> arrows, double width, double height) {

        public Box boxOf(EObject element) {
            return boxes.stream().filter(b -> b.element() == element).findFirst().orElse(null);
        }

        public Box boxAt(double x, double y) {
            return boxes.stream().filter(b -> b.contains(x, y)).findFirst().orElse(null);
        }

        /** The arrow whose label is at the point, else the nearest arrow within {@code tolerance}, else null. */
        public Arrow arrowAt(double x, double y, double tolerance) {
            for (Arrow arrow : arrows) {
                if (arrow.labelContains(x, y)) {
                    return arrow;
                }
            }
            Arrow nearest = null;
            double best = tolerance;
            for (Arrow arrow : arrows) {
                double distance = arrow.distanceTo(x, y);
                if (distance <= best) {
                    best = distance;
                    nearest = arrow;
                }
            }
            return nearest;
        }

        /** The arrows of an edge's owner (an option, a retry handler, a node's next). */
        public List<Arrow> arrowsOf(EObject owner) {
            return arrows.stream().filter(a -> a.edge() != null && a.edge().owner() == owner).toList();
        }
    }

    private static final double PADDING_X = 10;
    private static final double PADDING_Y = 6;
    /** Room around a label's text, inside its box. */
    private static final double LABEL_PAD_X = 3;
    private static final double LABEL_PAD_Y = 1;
    /** Where along a segment a label may sit, best first. */
    private static final double[] LABEL_POSITIONS = { 0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9 };

    private FlowLayout() {
    }

    /** Lays out the script's entry points, nodes and edges. */
    public static Diagram layout(IvrScript script, TextMeasure measure) {
        ensureLayeredAlgorithm();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);

        Map<EObject, ElkNode> boxes = new IdentityHashMap<>();
        Map<ElkNode, Box> templates = new IdentityHashMap<>();
        for (EntryPoint entry : script.getEntryPoints()) {
            addBox(root, entry, BoxKind.ENTRY, List.of("Entry point", nameOf(entry)), measure, boxes, templates);
        }
        for (Node node : script.getNodes()) {
            addBox(root, node, BoxKind.NODE, List.of(typeOf(node), nameOf(node)), measure, boxes, templates);
        }

        Map<ElkEdge, FlowEdge> edges = new IdentityHashMap<>();
        for (EntryPoint entry : script.getEntryPoints()) {
            connect(root, boxes.get(entry), CallFlow.startOf(entry), measure, boxes, templates, edges);
        }
        for (Node node : script.getNodes()) {
            for (FlowEdge edge : CallFlow.edgesFrom(node)) {
                connect(root, boxes.get(node), edge, measure, boxes, templates, edges);
            }
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> laidOut = new ArrayList<>();
        for (ElkNode child : root.getChildren()) {
            Box template = templates.get(child);
            laidOut.add(new Box(template.element(), template.kind(), template.lines(), child.getX(), child.getY(),
                    child.getWidth(), child.getHeight()));
        }
        List<Arrow> arrows = new ArrayList<>();
        List<double[]> taken = new ArrayList<>(); // x, y, width, height of boxes and labels placed so far
        for (Box box : laidOut) {
            taken.add(new double[] { box.x(), box.y(), box.width(), box.height() });
        }
        for (ElkEdge edge : root.getContainedEdges()) {
            arrows.add(arrowOf(edge, edges.get(edge), taken));
        }
        return new Diagram(laidOut, arrows, root.getWidth(), root.getHeight());
    }

    private static void ensureLayeredAlgorithm() {
        // In OSGi, ELK's ServiceLoader lookup does not see the layered bundle; register it once by hand.
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (FlowLayout.class) {
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
    }

    private static void addBox(ElkNode root, EObject element, BoxKind kind, List<String> lines, TextMeasure measure,
            Map<EObject, ElkNode> boxes, Map<ElkNode, Box> templates) {
        double width = 0;
        double height = 0;
        for (String line : lines) {
            double[] size = measure.size(line);
            width = Math.max(width, size[0]);
            height += size[1];
        }
        ElkNode box = ElkGraphUtil.createNode(root);
        box.setDimensions(Math.max(90, width + 2 * PADDING_X), height + 2 * PADDING_Y);
        if (element != null) {
            boxes.put(element, box);
        }
        templates.put(box, new Box(element, kind, lines, 0, 0, 0, 0));
    }

    private static void connect(ElkNode root, ElkNode source, FlowEdge edge, TextMeasure measure,
            Map<EObject, ElkNode> boxes, Map<ElkNode, Box> templates, Map<ElkEdge, FlowEdge> edges) {
        ElkNode target = edge.to() == null ? null : boxes.get(edge.to());
        if (target == null) {
            // An empty slot, or a node outside the script: a small box says the call drops there.
            List<String> lines = List.of(edge.to() == null ? "drops" : "outside: " + nameOf(edge.to()));
            addBox(root, null, BoxKind.DROP, lines, measure, boxes, templates);
            target = root.getChildren().get(root.getChildren().size() - 1);
        }
        ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
        edges.put(elkEdge, edge);
        // Retry counts belong in the details; on the diagram "no match" says enough.
        String text = edge.kind() == EdgeKind.NO_MATCH || edge.kind() == EdgeKind.NO_INPUT ? edge.kind().text()
                : edge.label();
        if (text != null && !text.isEmpty() && edge.kind() != EdgeKind.START) {
            ElkLabel label = ElkGraphUtil.createLabel(text, elkEdge);
            double[] size = measure.size(text);
            label.setDimensions(size[0], size[1]);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        }
    }

    private static Arrow arrowOf(ElkEdge edge, FlowEdge flowEdge, List<double[]> taken) {
        List<double[]> points = new ArrayList<>();
        if (!edge.getSections().isEmpty()) {
            ElkEdgeSection section = edge.getSections().get(0);
            points.add(new double[] { section.getStartX(), section.getStartY() });
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new double[] { bend.getX(), bend.getY() });
            }
            points.add(new double[] { section.getEndX(), section.getEndY() });
        }
        if (edge.getLabels().isEmpty() || points.size() < 2) {
            return new Arrow(flowEdge, null, points, 0, 0, 0, 0);
        }
        ElkLabel elkLabel = edge.getLabels().get(0);
        double width = elkLabel.getWidth() + 2 * LABEL_PAD_X;
        double height = elkLabel.getHeight() + 2 * LABEL_PAD_Y;
        double[] place = placeLabel(points, width, height, taken);
        taken.add(new double[] { place[0], place[1], width, height });
        return new Arrow(flowEdge, elkLabel.getText(), points, place[0], place[1], width, height);
    }

    /**
     * Puts a label on its own arrow: centred on a point of one of its segments (the longest first, its middle
     * first), the first place that covers no box and no label placed before. ELK's own place for the label is
     * kept free of other nodes but often far from the arrow; it is not used.
     */
    static double[] placeLabel(List<double[]> points, double width, double height, List<double[]> taken) {
        List<double[][]> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            segments.add(new double[][] { points.get(i - 1), points.get(i) });
        }
        segments.sort((a, b) -> Double.compare(length(b), length(a)));
        for (double[][] segment : segments) {
            for (double t : LABEL_POSITIONS) {
                double cx = segment[0][0] + t * (segment[1][0] - segment[0][0]);
                double cy = segment[0][1] + t * (segment[1][1] - segment[0][1]);
                double x = cx - width / 2;
                double y = cy - height / 2;
                if (isFree(x, y, width, height, taken)) {
                    return new double[] { x, y };
                }
            }
        }
        // Crowded everywhere: the middle of the longest segment, moved along it past the labels in the way.
        double[][] longest = segments.get(0);
        boolean vertical = Math.abs(longest[1][1] - longest[0][1]) >= Math.abs(longest[1][0] - longest[0][0]);
        double x = (longest[0][0] + longest[1][0]) / 2 - width / 2;
        double y = (longest[0][1] + longest[1][1]) / 2 - height / 2;
        for (int step = 0; step < 20 && !isFree(x, y, width, height, taken); step++) {
            if (vertical) {
                y += height + 1;
            } else {
                x += width + 1;
            }
        }
        return new double[] { x, y };
    }

    private static boolean isFree(double x, double y, double width, double height, List<double[]> taken) {
        for (double[] r : taken) {
            if (x < r[0] + r[2] + 1 && r[0] < x + width + 1 && y < r[1] + r[3] + 1 && r[1] < y + height + 1) {
                return false;
            }
        }
        return true;
    }

    private static double length(double[][] segment) {
        return Math.hypot(segment[1][0] - segment[0][0], segment[1][1] - segment[0][1]);
    }

    static double segmentDistance(double[] a, double[] b, double px, double py) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy)
                / lengthSquared));
        return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
    }

    private static String nameOf(EObject element) {
        Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
        return name == null || name.toString().isBlank() ? "(unnamed)" : name.toString();
    }

    private static String typeOf(Node node) {
        return tandem.core.documents.ElementPaths.typeName(node.eClass()); // "Hours check", as paths write it
    }
}
