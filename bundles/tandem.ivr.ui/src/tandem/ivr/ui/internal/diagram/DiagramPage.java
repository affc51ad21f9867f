package tandem.ivr.ui.internal.diagram;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;

import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;
import tandem.ivr.model.Transfer;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.ui.internal.IvrEditor;
import tandem.ivr.ui.internal.diagram.DiagramFindings.Mark;
import tandem.ivr.ui.internal.diagram.FlowLayout.Arrow;
import tandem.ivr.ui.internal.diagram.FlowLayout.Box;
import tandem.ivr.ui.internal.diagram.FlowLayout.BoxKind;
import tandem.ivr.ui.internal.diagram.FlowLayout.Diagram;
import tandem.ivr.ui.internal.flow.FlowPage;

/**
 * The flow diagram: entry points and nodes as boxes, the ways between them as arrows with their labels on them,
 * laid out by ELK so that nothing overlaps, and drawn by hand on a canvas that zooms (Ctrl+wheel, Ctrl+= / Ctrl+- /
 * Ctrl+0, the buttons, fit to window) and scrolls (scroll bars, wheel, dragging the background). It opens on the
 * script's first entry point. The checks' findings and the script's validation problems are marked on the boxes
 * and arrows they concern, with their message as tooltip and their quick fixes on the context menu. Read-only
 * otherwise: a click selects the element (Properties follows), a double click opens it on the call-flow page.
 */
public final class DiagramPage extends FormPage {

    public static final String ID = "diagram";

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4.0;
    /** Fit to window does not blow a small flow up beyond this. */
    public static final double MAX_FIT_ZOOM = 1.5;
    private static final double ZOOM_STEP = 1.25;
    private static final int MARGIN = 20;

    private final IvrEditor editor;
    private Canvas canvas;
    private Label zoomLabel;
    private Diagram diagram;
    private String layoutProblem;
    private DiagramFindings findings = DiagramFindings.of(null, null, null);
    private EObject selected;
    private Arrow selectedArrow;
    private Arrow hoveredArrow;
    private double zoom = 1;
    /** The diagram's point shown at the canvas' top left corner, in zoomed pixels. */
    private double originX;
    private double originY;
    private boolean entryRevealed;
    /** The script changed while the page was hidden: lay out again when it is shown. */
    private boolean stale;
    private Point dragFrom;
    private Object menuTarget;
    private CommandStackListener stackListener;
    private final List<Runnable> viewListeners = new ArrayList<>();
    private Diagram outlineDiagram;
    private long outlineDiagramAt = -1;

    public DiagramPage(IvrEditor editor) {
        super(editor, ID, "Diagram");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Call Flow Diagram");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Composite bar = toolkit.createComposite(body);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout barLayout = new GridLayout(6, false);
        barLayout.marginHeight = 0;
        barLayout.marginWidth = 0;
        bar.setLayout(barLayout);
        button(toolkit, bar, "Zoom In", "Zoom in (Ctrl+= or Ctrl+mouse wheel)", this::zoomIn);
        button(toolkit, bar, "Zoom Out", "Zoom out (Ctrl+- or Ctrl+mouse wheel)", this::zoomOut);
        button(toolkit, bar, "100%", "Actual size (Ctrl+0)", () -> zoomTo(1));
        button(toolkit, bar, "Fit to Window", "Show the whole flow", this::fit);
        zoomLabel = toolkit.createLabel(bar, "100%");
        zoomLabel.setData("name", "Zoom");
        GridData zoomData = new GridData();
        zoomData.widthHint = 50;
        zoomLabel.setLayoutData(zoomData);
        Label hint = toolkit.createLabel(bar, "Ctrl+wheel zooms, drag the background to move. Right-click a marked "
                + "box for its quick fix; the Outline view shows the whole flow.", SWT.WRAP);
        hint.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        hintData.widthHint = 200;
        hint.setLayoutData(hintData);

        canvas = new Canvas(body, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        canvas.setData("name", "Flow diagram");
        canvas.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasData.widthHint = 200; // the canvas scrolls itself: the form never needs to
        canvasData.heightHint = 150;
        canvas.setLayoutData(canvasData);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> viewChanged());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseUp, e -> dragFrom = null);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseExit, e -> hover(null));
        canvas.addListener(SWT.MouseDoubleClick, e -> open(e.x, e.y));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            // Tab leaves the diagram; the arrow keys scroll it.
            e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS;
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(
                canvas.getHorizontalBar().getSelection(), originY));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(originX,
                canvas.getVerticalBar().getSelection()));
        createContextMenu();

        relayout();
        stackListener = this::commandStackChanged;
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        editor.addProblemListener(this::refreshFindings);
    }

    private static void button(FormToolkit toolkit, Composite parent, String text, String tooltip, Runnable run) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, e -> run.run());
    }

    /** The current layout, or {@code null} when it failed (see {@link #getLayoutProblem()}). */
    public Diagram getDiagram() {
        return diagram;
    }

    public String getLayoutProblem() {
        return layoutProblem;
    }

    public Canvas getCanvas() {
        return canvas;
    }

    /** What the diagram marks on a box or an arrow (a finding of the checks or a validation problem), or null. */
    public Mark markOf(Object boxOrArrow) {
        return findings.of(boxOrArrow);
    }

    public double getZoom() {
        return zoom;
    }

    /** Lays the flow out again and repaints, keeping the zoom and the place shown. */
    public void relayout() {
        stale = false;
        GC gc = new GC(canvas);
        try {
            diagram = FlowLayout.layout(editor.getScript(), text -> {
                Point size = gc.textExtent(text);
                return new double[] { size.x, size.y };
            });
            layoutProblem = null;
        } catch (RuntimeException e) {
            // A layout failure must not take the editor down; the planner still has the tree.
            diagram = null;
            layoutProblem = "The diagram could not be laid out: " + e;
        } finally {
            gc.dispose();
        }
        if (selectedArrow != null) {
            selectedArrow = diagram == null ? null : sameArrow(selectedArrow);
        }
        hoveredArrow = null;
        findings = DiagramFindings.of(diagram, editor.getScript(), file());
        viewChanged();
    }

    private Arrow sameArrow(Arrow arrow) {
        return diagram.arrows().stream().filter(a -> a.edge() != null && arrow.edge() != null
                && a.edge().owner() == arrow.edge().owner() && a.edge().slot() == arrow.edge().slot()).findFirst()
                .orElse(null);
    }

    private IFile file() {
        return editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    private void refreshFindings() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        findings = DiagramFindings.of(diagram, editor.getScript(), file());
        canvas.redraw();
        viewListeners.forEach(Runnable::run);
    }

    private void commandStackChanged(EventObject event) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == canvas.getDisplay()) {
            relayoutIfShown();
        } else {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    relayoutIfShown();
                }
            });
        }
    }

    /** Lays out now if the page is shown; else when it is shown next (a layout takes a few hundred ms). */
    private void relayoutIfShown() {
        if (canvas.isVisible()) {
            relayout();
        } else {
            stale = true;
        }
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && stale && canvas != null && !canvas.isDisposed()) {
            relayout();
        }
    }

    // ---- The view: zoom and scrolling ----

    /** Zooms to the factor (clamped to {@value #MIN_ZOOM}..{@value #MAX_ZOOM}), keeping the centre in place. */
    public void zoomTo(double factor) {
        Rectangle area = canvas.getClientArea();
        zoomAt(factor, area.width / 2, area.height / 2);
    }

    public void zoomIn() {
        zoomTo(zoom * ZOOM_STEP);
    }

    public void zoomOut() {
        zoomTo(zoom / ZOOM_STEP);
    }

    /** Zooms so that the whole flow fits the window (but no larger than {@value #MAX_FIT_ZOOM}). */
    public void fit() {
        if (diagram == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        double fit = Math.min((area.width - 4) / Math.max(1, diagram.width()),
                (area.height - 4) / Math.max(1, diagram.height()));
        zoom = clamp(Math.min(fit, MAX_FIT_ZOOM), MIN_ZOOM, MAX_ZOOM);
        originX = 0;
        originY = 0;
        viewChanged();
    }

    /** Zooms keeping the diagram's point under the canvas point (x, y) where it is. */
    private void zoomAt(double factor, int x, int y) {
        double next = clamp(factor, MIN_ZOOM, MAX_ZOOM);
        double dx = (x + originX) / zoom;
        double dy = (y + originY) / zoom;
        zoom = next;
        originX = dx * zoom - x;
        originY = dy * zoom - y;
        viewChanged();
    }

    /** Shows the diagram's point (in diagram units) in the middle of the canvas, as far as the edges allow. */
    public void centreOn(double x, double y) {
        Rectangle area = canvas.getClientArea();
        originX = x * zoom - area.width / 2.0;
        originY = y * zoom - area.height / 2.0;
        viewChanged();
    }

    /** The part of the diagram the canvas shows, in diagram units. */
    public double[] visibleArea() {
        Rectangle area = canvas.getClientArea();
        return new double[] { originX / zoom, originY / zoom, area.width / zoom, area.height / zoom };
    }

    /** Where a diagram point is on the canvas. */
    public Point toCanvas(double x, double y) {
        return new Point((int) Math.round(x * zoom - originX), (int) Math.round(y * zoom - originY));
    }

    /** Runs the listener when the zoom, the place shown, the layout or the marks change (for the overview). */
    public Runnable addViewListener(Runnable listener) {
        viewListeners.add(listener);
        return () -> viewListeners.remove(listener);
    }

    private void scrollTo(double x, double y) {
        originX = x;
        originY = y;
        viewChanged();
    }

    /** Brings the origin within bounds, updates the scroll bars and the zoom label, repaints. */
    private void viewChanged() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        if (!entryRevealed && diagram != null && area.width > 0 && area.height > 0) {
            entryRevealed = true;
            revealEntry(area);
        }
        double width = diagram == null ? 0 : diagram.width() * zoom;
        double height = diagram == null ? 0 : diagram.height() * zoom;
        originX = clampOrigin(originX, width, area.width);
        originY = clampOrigin(originY, height, area.height);
        updateBar(canvas.getHorizontalBar(), originX, width, area.width);
        updateBar(canvas.getVerticalBar(), originY, height, area.height);
        zoomLabel.setText(Math.round(zoom * 100) + "%");
        canvas.redraw();
        viewListeners.forEach(Runnable::run);
    }

    /** Opens on the script's first entry point (its main number): at the top, centred across when it can be. */
    private void revealEntry(Rectangle area) {
        List<EntryPoint> entries = editor.getScript().getEntryPoints();
        Box entry = entries.isEmpty() ? null : diagram.boxOf(entries.get(0));
        if (entry == null) {
            return;
        }
        originX = (entry.x() + entry.width() / 2) * zoom - area.width / 2.0;
        originY = entry.y() * zoom - MARGIN;
    }

    private static double clampOrigin(double origin, double content, int visible) {
        if (content <= visible) {
            return 0; // everything shows
        }
        return clamp(origin, 0, content - visible);
    }

    private static void updateBar(ScrollBar bar, double origin, double content, int visible) {
        if (bar == null) {
            return;
        }
        int max = (int) Math.ceil(content);
        boolean needed = max > visible && visible > 0;
        bar.setVisible(needed);
        if (needed) {
            bar.setValues((int) Math.round(origin), 0, max, visible, Math.max(1, visible / 20), Math.max(1, visible - 20));
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    // ---- Mouse and keys ----

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            zoomAt(event.count > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP, event.x, event.y);
            event.doit = false;
        } else {
            int step = -event.count * 20;
            if ((event.stateMask & SWT.SHIFT) != 0) {
                scrollTo(originX + step, originY);
            } else {
                scrollTo(originX, originY + step);
            }
            event.doit = false;
        }
    }

    private void key(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            switch (event.character == 0 ? event.keyCode : event.character) {
            case '=', '+', SWT.KEYPAD_ADD -> zoomIn();
            case '-', SWT.KEYPAD_SUBTRACT -> zoomOut();
            case '0', SWT.KEYPAD_0 -> zoomTo(1);
            default -> {
                return;
            }
            }
            event.doit = false;
            return;
        }
        switch (event.keyCode) {
        case SWT.ARROW_LEFT -> scrollTo(originX - 40, originY);
        case SWT.ARROW_RIGHT -> scrollTo(originX + 40, originY);
        case SWT.ARROW_UP -> scrollTo(originX, originY - 40);
        case SWT.ARROW_DOWN -> scrollTo(originX, originY + 40);
        default -> {
        }
        }
    }

    private void mouseDown(Event event) {
        canvas.setFocus();
        if (event.button != 1) {
            menuTarget = targetAt(event.x, event.y);
            return;
        }
        Object target = targetAt(event.x, event.y);
        if (target == null) {
            dragFrom = new Point(event.x, event.y);
        }
        select(target);
    }

    private void mouseMove(Event event) {
        if (dragFrom != null && (event.stateMask & SWT.BUTTON1) != 0) {
            scrollTo(originX - (event.x - dragFrom.x), originY - (event.y - dragFrom.y));
            dragFrom = new Point(event.x, event.y);
            return;
        }
        Object target = targetAt(event.x, event.y);
        hover(target instanceof Arrow arrow ? arrow : null);
        String tip = tooltipOf(target);
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private void hover(Arrow arrow) {
        if (arrow != hoveredArrow) {
            hoveredArrow = arrow;
            canvas.redraw();
        }
    }

    /** The tooltip for what is at a canvas point: its findings, else what an arrow connects. */
    public String tooltipAt(int x, int y) {
        return tooltipOf(targetAt(x, y));
    }

    private String tooltipOf(Object target) {
        if (target == null) {
            return null;
        }
        Mark mark = findings.of(target);
        if (mark != null) {
            return mark.text() + (hasQuickFix(mark) ? "\n(Right-click for the quick fix.)" : "");
        }
        if (target instanceof Arrow arrow && arrow.edge() != null) {
            String from = arrow.edge().from() == null ? CallFlow.nameOf(arrow.edge().owner())
                    : CallFlow.nameOf(arrow.edge().from());
            String to = arrow.edge().to() == null ? "nowhere: the call drops" : CallFlow.nameOf(arrow.edge().to());
            return from + (arrow.label() == null ? "" : " [" + arrow.label() + "]") + " \u2192 " + to;
        }
        return null;
    }

    /** The box or arrow at a canvas point (boxes first), or {@code null}. */
    public Object targetAt(int x, int y) {
        if (diagram == null) {
            return null;
        }
        double dx = (x + originX) / zoom;
        double dy = (y + originY) / zoom;
        Box box = diagram.boxAt(dx, dy);
        return box != null ? box : diagram.arrowAt(dx, dy, 4 / zoom);
    }

    private void select(Object target) {
        selectedArrow = target instanceof Arrow arrow ? arrow : null;
        selected = target instanceof Box box ? box.element()
                : selectedArrow != null && selectedArrow.edge() != null ? selectedArrow.edge().owner() : null;
        editor.getSelectionRelay().setSelection(selected == null ? StructuredSelection.EMPTY
                : new StructuredSelection(selected));
        canvas.redraw();
    }

    private void open(int x, int y) {
        Object target = targetAt(x, y);
        EObject element = target instanceof Box box ? box.element()
                : target instanceof Arrow arrow && arrow.edge() != null ? arrow.edge().owner() : null;
        if (element != null) {
            editor.setActivePage(FlowPage.ID);
            editor.getFlowPage().select(element);
        }
    }

    // ---- Context menu: quick fixes, open, zoom ----

    private void createContextMenu() {
        MenuManager manager = new MenuManager("#DiagramPopup");
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(this::fillContextMenu);
        canvas.setMenu(manager.createContextMenu(canvas));
        canvas.addListener(SWT.MenuDetect, e -> {
            Point at = canvas.toControl(e.x, e.y);
            if (e.detail == SWT.MENU_MOUSE) {
                menuTarget = targetAt(at.x, at.y);
            }
        });
        canvas.addListener(SWT.Dispose, e -> manager.dispose());
    }

    private void fillContextMenu(IMenuManager menu) {
        Object target = menuTarget;
        Mark mark = findings.of(target);
        if (mark != null) {
            for (IMarker marker : mark.markers()) {
                if (!marker.exists()) {
                    continue;
                }
                for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                    menu.add(new Action("Quick Fix: " + resolution.getLabel()) {
                        @Override
                        public void run() {
                            resolution.run(marker);
                        }
                    });
                }
            }
            if (!menu.isEmpty()) {
                menu.add(new Separator());
            }
        }
        EObject element = target instanceof Box box ? box.element()
                : target instanceof Arrow arrow && arrow.edge() != null ? arrow.edge().owner() : null;
        if (element != null) {
            menu.add(new Action("Show in Call Flow") {
                @Override
                public void run() {
                    editor.setActivePage(FlowPage.ID);
                    editor.getFlowPage().select(element);
                }
            });
            menu.add(new Separator());
        }
        menu.add(action("Zoom In", this::zoomIn));
        menu.add(action("Zoom Out", this::zoomOut));
        menu.add(action("Actual Size (100%)", () -> zoomTo(1)));
        menu.add(action("Fit to Window", this::fit));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static boolean hasQuickFix(Mark mark) {
        return mark.markers().stream().anyMatch(m -> m.exists() && IDE.getMarkerHelpRegistry().hasResolutions(m));
    }

    // ---- Drawing ----

    private void paint(Event event) {
        if (stale) {
            // Shown again without the page being activated (the editor was behind another): catch up.
            canvas.getDisplay().asyncExec(() -> {
                if (stale && !canvas.isDisposed()) {
                    relayout();
                }
            });
        }
        GC gc = event.gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Display display = canvas.getDisplay();
        if (diagram == null) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
            gc.drawText(layoutProblem == null ? "" : layoutProblem, 10, 10, true);
            return;
        }
        Transform transform = new Transform(display);
        try {
            transform.translate((float) -originX, (float) -originY);
            transform.scale((float) zoom, (float) zoom);
            gc.setTransform(transform);
            for (Arrow arrow : diagram.arrows()) {
                if (!isHighlighted(arrow)) {
                    drawArrow(gc, arrow);
                }
            }
            for (Arrow arrow : diagram.arrows()) {
                if (isHighlighted(arrow)) {
                    drawArrow(gc, arrow); // over the others
                }
            }
            for (Box box : diagram.boxes()) {
                drawBox(gc, box);
            }
            for (Arrow arrow : diagram.arrows()) {
                drawLabel(gc, arrow);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        // Finding icons at their natural size, whatever the zoom.
        for (Box box : diagram.boxes()) {
            Mark mark = findings.of(box);
            if (mark != null) {
                Point corner = toCanvas(box.x() + box.width(), box.y());
                gc.drawImage(iconOf(mark), corner.x - 10, corner.y - 6);
            }
        }
        for (Arrow arrow : diagram.arrows()) {
            Mark mark = findings.of(arrow);
            if (mark != null && arrow.label() != null) {
                Point corner = toCanvas(arrow.labelX(), arrow.labelY() + arrow.labelHeight() / 2);
                gc.drawImage(iconOf(mark), corner.x - 17, corner.y - 8);
            } else if (mark != null && arrow.points().size() > 1) {
                double[] end = arrow.points().get(arrow.points().size() - 1);
                Point at = toCanvas(end[0], end[1]);
                gc.drawImage(iconOf(mark), at.x + 3, at.y - 20);
            }
        }
    }

    /** Whether an arrow is drawn highlighted with its label: hovered or selected. */
    public boolean isHighlighted(Arrow arrow) {
        return arrow == hoveredArrow || arrow == selectedArrow;
    }

    private static Image iconOf(Mark mark) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(switch (mark.severity()) {
        case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
        case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
        default -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }

    private Color colourOf(Mark mark) {
        Display display = canvas.getDisplay();
        return switch (mark.severity()) {
        case IMarker.SEVERITY_ERROR -> display.getSystemColor(SWT.COLOR_RED);
        case IMarker.SEVERITY_WARNING -> new Color(display, 230, 140, 0);
        default -> display.getSystemColor(SWT.COLOR_BLUE);
        };
    }

    private void drawArrow(GC gc, Arrow arrow) {
        List<double[]> points = arrow.points();
        if (points.size() < 2) {
            return;
        }
        int[] polyline = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            polyline[2 * i] = (int) Math.round(points.get(i)[0]);
            polyline[2 * i + 1] = (int) Math.round(points.get(i)[1]);
        }
        Mark mark = findings.of(arrow);
        Color colour = isHighlighted(arrow) ? canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE)
                : mark != null ? colourOf(mark) : canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        gc.setForeground(colour);
        gc.setLineWidth(isHighlighted(arrow) || mark != null ? 2 : 1);
        gc.drawPolyline(polyline);
        gc.setLineWidth(1);
        double[] from = points.get(points.size() - 2);
        double[] to = points.get(points.size() - 1);
        double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
        int[] head = new int[6];
        head[0] = (int) Math.round(to[0]);
        head[1] = (int) Math.round(to[1]);
        head[2] = (int) Math.round(to[0] - 8 * Math.cos(angle - 0.4));
        head[3] = (int) Math.round(to[1] - 8 * Math.sin(angle - 0.4));
        head[4] = (int) Math.round(to[0] - 8 * Math.cos(angle + 0.4));
        head[5] = (int) Math.round(to[1] - 8 * Math.sin(angle + 0.4));
        gc.setBackground(colour);
        gc.fillPolygon(head);
    }

    /** A label on its arrow: a small box hiding the line under it, framed in the arrow's colour. */
    private void drawLabel(GC gc, Arrow arrow) {
        if (arrow.label() == null) {
            return;
        }
        Display display = canvas.getDisplay();
        Mark mark = findings.of(arrow);
        boolean highlighted = isHighlighted(arrow);
        int x = (int) Math.round(arrow.labelX());
        int y = (int) Math.round(arrow.labelY());
        int width = (int) Math.round(arrow.labelWidth());
        int height = (int) Math.round(arrow.labelHeight());
        Color fill = new Color(display, highlighted ? new RGB(210, 228, 255)
                : mark != null && mark.severity() == IMarker.SEVERITY_ERROR ? new RGB(255, 232, 232)
                : new RGB(255, 255, 255));
        gc.setBackground(fill);
        gc.fillRectangle(x, y, width, height);
        gc.setForeground(highlighted ? display.getSystemColor(SWT.COLOR_BLUE)
                : mark != null ? colourOf(mark) : display.getSystemColor(SWT.COLOR_GRAY));
        gc.setLineWidth(highlighted ? 2 : 1);
        gc.drawRectangle(x, y, width, height);
        gc.setLineWidth(1);
        gc.setForeground(highlighted ? display.getSystemColor(SWT.COLOR_BLUE)
                : display.getSystemColor(SWT.COLOR_DARK_BLUE));
        Point size = gc.textExtent(arrow.label());
        gc.drawText(arrow.label(), x + (width - size.x) / 2, y + (height - size.y) / 2, true);
    }

    private void drawBox(GC gc, Box box) {
        Display display = canvas.getDisplay();
        int x = (int) Math.round(box.x());
        int y = (int) Math.round(box.y());
        int width = (int) Math.round(box.width());
        int height = (int) Math.round(box.height());
        Color fill = new Color(display, fillOf(box));
        gc.setBackground(fill);
        gc.fillRoundRectangle(x, y, width, height, 10, 10);
        Mark mark = findings.of(box);
        boolean isSelected = box.element() != null && box.element() == selected;
        if (mark != null) {
            gc.setForeground(colourOf(mark));
            gc.setLineWidth(4);
            gc.drawRoundRectangle(x - 2, y - 2, width + 4, height + 4, 14, 14);
        }
        gc.setLineWidth(isSelected ? 3 : 1);
        gc.setLineStyle(box.kind() == BoxKind.DROP ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.setForeground(display.getSystemColor(isSelected ? SWT.COLOR_BLUE
                : box.kind() == BoxKind.DROP ? SWT.COLOR_DARK_RED : SWT.COLOR_BLACK));
        gc.drawRoundRectangle(x, y, width, height, 10, 10);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        int lineY = y + 6;
        for (int i = 0; i < box.lines().size(); i++) {
            String line = box.lines().get(i);
            Point size = gc.textExtent(line);
            gc.setForeground(display.getSystemColor(i == 0 && box.lines().size() > 1 ? SWT.COLOR_DARK_GRAY
                    : SWT.COLOR_BLACK));
            gc.drawText(line, x + (width - size.x) / 2, lineY, true);
            lineY += size.y;
        }
    }

    static RGB fillOf(Box box) {
        if (box.kind() == BoxKind.ENTRY) {
            return new RGB(205, 225, 250);
        }
        if (box.kind() == BoxKind.DROP) {
            return new RGB(255, 225, 225);
        }
        Object element = box.element();
        if (element instanceof CallerInputNode) {
            return new RGB(255, 244, 200);
        }
        if (element instanceof Route || element instanceof Transfer) {
            return new RGB(212, 240, 212);
        }
        if (element instanceof Disconnect) {
            return new RGB(240, 210, 210);
        }
        if (element instanceof HoursCheck) {
            return new RGB(228, 218, 245);
        }
        if (element instanceof SelfService) {
            return new RGB(205, 238, 238);
        }
        if (element instanceof ExternalStep) {
            return new RGB(232, 232, 222);
        }
        return new RGB(248, 248, 248);
    }

    // ---- For the overview in the Outline view ----

    /**
     * The laid-out flow for the overview: this page's diagram once the page has been shown, else a layout of its
     * own (text measured in the default font), made again when the script changes.
     */
    public Diagram diagramForOverview(Display display) {
        if (canvas != null && !canvas.isDisposed() && !stale) {
            return diagram;
        }
        long at = editor.modelChangeCount();
        if (outlineDiagram == null || outlineDiagramAt != at) {
            Image scratch = new Image(display, 1, 1);
            GC gc = new GC(scratch);
            try {
                outlineDiagram = FlowLayout.layout(editor.getScript(), text -> {
                    Point size = gc.textExtent(text);
                    return new double[] { size.x, size.y };
                });
            } catch (RuntimeException e) {
                outlineDiagram = null;
            } finally {
                gc.dispose();
                scratch.dispose();
            }
            outlineDiagramAt = at;
        }
        return outlineDiagram;
    }

    /** Whether the canvas exists and shows part of the diagram (the overview then frames that part). */
    public boolean isShowing() {
        return canvas != null && !canvas.isDisposed() && canvas.isVisible();
    }

    @Override
    public void dispose() {
        if (stackListener != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        viewListeners.clear();
        super.dispose();
    }
}
