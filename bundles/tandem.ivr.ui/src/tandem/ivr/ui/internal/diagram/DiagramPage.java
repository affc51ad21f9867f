package tandem.ivr.ui.internal.diagram;

import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;
import tandem.ivr.model.Transfer;
import tandem.ivr.ui.internal.IvrEditor;
import tandem.ivr.ui.internal.diagram.FlowLayout.Arrow;
import tandem.ivr.ui.internal.diagram.FlowLayout.Box;
import tandem.ivr.ui.internal.diagram.FlowLayout.BoxKind;
import tandem.ivr.ui.internal.diagram.FlowLayout.Diagram;
import tandem.ivr.ui.internal.flow.FlowPage;

/**
 * The flow diagram: entry points and nodes as boxes, the ways between them as labelled arrows, laid out by ELK so
 * that nothing overlaps. Read-only; a click selects the element (Properties follows), a double click opens it on
 * the call-flow page.
 */
public final class DiagramPage extends FormPage {

    public static final String ID = "diagram";

    private final IvrEditor editor;
    private Canvas canvas;
    private Diagram diagram;
    private String layoutProblem;
    private EObject selected;
    private CommandStackListener stackListener;

    public DiagramPage(IvrEditor editor) {
        super(editor, ID, "Diagram");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText("Call Flow Diagram");
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        canvas = new Canvas(body, SWT.DOUBLE_BUFFERED);
        canvas.setData("name", "Flow diagram");
        canvas.setBackground(Display.getCurrent().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, e -> select(e.x, e.y));
        canvas.addListener(SWT.MouseDoubleClick, e -> open(e.x, e.y));
        relayout();
        stackListener = this::commandStackChanged;
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
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

    /** Lays the flow out again and repaints. */
    public void relayout() {
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
        GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false);
        data.widthHint = diagram == null ? 400 : (int) Math.ceil(diagram.width());
        data.heightHint = diagram == null ? 100 : (int) Math.ceil(diagram.height());
        canvas.setLayoutData(data);
        canvas.redraw();
        if (getManagedForm() != null) {
            getManagedForm().reflow(true);
        }
    }

    private void commandStackChanged(EventObject event) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == canvas.getDisplay()) {
            relayout();
        } else {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    relayout();
                }
            });
        }
    }

    private void select(int x, int y) {
        Box box = diagram == null ? null : diagram.boxAt(x, y);
        selected = box == null ? null : box.element();
        editor.getSelectionRelay().setSelection(selected == null ? StructuredSelection.EMPTY
                : new StructuredSelection(selected));
        canvas.redraw();
    }

    private void open(int x, int y) {
        Box box = diagram == null ? null : diagram.boxAt(x, y);
        if (box != null && box.element() != null) {
            editor.setActivePage(FlowPage.ID);
            editor.getFlowPage().select(box.element());
        }
    }

    private void paint(Event event) {
        GC gc = event.gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Display display = canvas.getDisplay();
        if (diagram == null) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
            gc.drawText(layoutProblem == null ? "" : layoutProblem, 10, 10, true);
            return;
        }
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineWidth(1);
        for (Arrow arrow : diagram.arrows()) {
            drawArrow(gc, arrow);
        }
        for (Box box : diagram.boxes()) {
            drawBox(gc, box);
        }
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
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawPolyline(polyline);
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
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.fillPolygon(head);
        if (arrow.label() != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.drawText(arrow.label(), (int) Math.round(arrow.labelX()), (int) Math.round(arrow.labelY()), true);
        }
    }

    private void drawBox(GC gc, Box box) {
        Display display = canvas.getDisplay();
        int x = (int) Math.round(box.x());
        int y = (int) Math.round(box.y());
        int width = (int) Math.round(box.width());
        int height = (int) Math.round(box.height());
        Color fill = new Color(display, fillOf(box));
        try {
            gc.setBackground(fill);
            gc.fillRoundRectangle(x, y, width, height, 10, 10);
        } finally {
            fill.dispose();
        }
        boolean isSelected = box.element() != null && box.element() == selected;
        gc.setLineWidth(isSelected ? 3 : 1);
        gc.setLineStyle(box.kind() == BoxKind.DROP ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.setForeground(display.getSystemColor(box.kind() == BoxKind.DROP ? SWT.COLOR_DARK_RED : SWT.COLOR_BLACK));
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

    private static RGB fillOf(Box box) {
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

    @Override
    public void dispose() {
        if (stackListener != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
