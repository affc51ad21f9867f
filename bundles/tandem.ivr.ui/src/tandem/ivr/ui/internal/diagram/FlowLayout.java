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

    /** An arrow: its route (start, bends, end) and its label, placed by the layout. */
    public record Arrow(FlowEdge edge, String label, List<double[]> points, double labelX, double labelY) {
    }

    /** The laid-out diagram. */
    public record Diagram(List<Box> boxes, List<Arrow> arrows, double width, double height) {

        public Box boxOf(EObject element) {
            return boxes.stream().filter(b -> b.element() == element).findFirst().orElse(null);
        }

        public Box boxAt(double x, double y) {
            return boxes.stream().filter(b -> b.contains(x, y)).findFirst().orElse(null);
        }
    }

    private static final double PADDING_X = 10;
    private static final double PADDING_Y = 6;

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
        for (ElkEdge edge : root.getContainedEdges()) {
            arrows.add(arrowOf(edge, edges.get(edge)));
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

    private static Arrow arrowOf(ElkEdge edge, FlowEdge flowEdge) {
        List<double[]> points = new ArrayList<>();
        if (!edge.getSections().isEmpty()) {
            ElkEdgeSection section = edge.getSections().get(0);
            points.add(new double[] { section.getStartX(), section.getStartY() });
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new double[] { bend.getX(), bend.getY() });
            }
            points.add(new double[] { section.getEndX(), section.getEndY() });
        }
        String label = null;
        double labelX = 0;
        double labelY = 0;
        if (!edge.getLabels().isEmpty()) {
            ElkLabel elkLabel = edge.getLabels().get(0);
            label = elkLabel.getText();
            labelX = elkLabel.getX();
            labelY = elkLabel.getY();
        }
        return new Arrow(flowEdge, label, points, labelX, labelY);
    }

    private static String nameOf(EObject element) {
        Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
        return name == null || name.toString().isBlank() ? "(unnamed)" : name.toString();
    }

    private static String typeOf(Node node) {
        return node.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
    }
}
