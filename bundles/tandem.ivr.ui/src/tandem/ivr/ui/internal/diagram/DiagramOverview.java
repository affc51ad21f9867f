package tandem.ivr.ui.internal.diagram;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import tandem.ivr.ui.internal.IvrEditor;
import tandem.ivr.ui.internal.diagram.DiagramFindings.Mark;
import tandem.ivr.ui.internal.diagram.FlowLayout.Arrow;
import tandem.ivr.ui.internal.diagram.FlowLayout.Box;
import tandem.ivr.ui.internal.diagram.FlowLayout.Diagram;

/**
 * The IVR editor's Outline: a thumbnail of the whole flow diagram, with the part the Diagram page shows framed in
 * blue. A click or a drag moves the Diagram page there (and shows that page).
 */
public final class DiagramOverview extends Page implements IContentOutlinePage {

    private static final int INSET = 6;

    private final IvrEditor editor;
    private Canvas canvas;
    private Runnable removeViewListener;
    private Runnable removeModelListener;
    private boolean dragging;

    public DiagramOverview(IvrEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData("name", "Flow overview");
        canvas.setToolTipText("The whole flow: click or drag to show that part on the Diagram page");
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragging = true;
                navigate(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragging && (e.stateMask & SWT.BUTTON1) != 0) {
                navigate(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> dragging = false);
        DiagramPage page = editor.getDiagramPage();
        if (page != null) {
            removeViewListener = page.addViewListener(this::redraw);
        }
        removeModelListener = editor.onModelChange(this::redraw);
    }

    private void redraw() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The scale and offset that fit the whole diagram into the canvas: {scale, x, y}. */
    private double[] fitting(Diagram diagram) {
        Rectangle area = canvas.getClientArea();
        double scale = Math.min((area.width - 2.0 * INSET) / Math.max(1, diagram.width()),
                (area.height - 2.0 * INSET) / Math.max(1, diagram.height()));
        scale = Math.max(0.01, scale);
        double x = (area.width - diagram.width() * scale) / 2;
        double y = INSET;
        return new double[] { scale, x, y };
    }

    /** Moves the Diagram page so that the overview's point is in its middle. */
    public void navigate(int x, int y) {
        DiagramPage page = editor.getDiagramPage();
        Diagram diagram = page == null ? null : page.diagramForOverview(canvas.getDisplay());
        if (diagram == null) {
            return;
        }
        double[] fit = fitting(diagram);
        if (!page.isShowing() || editor.getActivePageInstance() != page) {
            editor.setActivePage(DiagramPage.ID);
            diagram = page.getDiagram();
            if (diagram == null) {
                return;
            }
            fit = fitting(diagram);
        }
        page.centreOn((x - fit[1]) / fit[0], (y - fit[2]) / fit[0]);
    }

    private void paint(Event event) {
        DiagramPage page = editor.getDiagramPage();
        Diagram diagram = page == null ? null : page.diagramForOverview(canvas.getDisplay());
        GC gc = event.gc;
        Display display = canvas.getDisplay();
        if (diagram == null) {
            gc.drawText("The flow could not be laid out.", INSET, INSET, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        double[] fit = fitting(diagram);
        double scale = fit[0];
        gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
        for (Arrow arrow : diagram.arrows()) {
            int[] line = new int[arrow.points().size() * 2];
            for (int i = 0; i < arrow.points().size(); i++) {
                line[2 * i] = (int) Math.round(fit[1] + arrow.points().get(i)[0] * scale);
                line[2 * i + 1] = (int) Math.round(fit[2] + arrow.points().get(i)[1] * scale);
            }
            Mark mark = page.isShowing() ? page.markOf(arrow) : null;
            gc.setForeground(display.getSystemColor(mark == null ? SWT.COLOR_GRAY
                    : mark.severity() == IMarker.SEVERITY_ERROR ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
            gc.drawPolyline(line);
        }
        for (Box box : diagram.boxes()) {
            int x = (int) Math.round(fit[1] + box.x() * scale);
            int y = (int) Math.round(fit[2] + box.y() * scale);
            int width = Math.max(2, (int) Math.round(box.width() * scale));
            int height = Math.max(2, (int) Math.round(box.height() * scale));
            gc.setBackground(new Color(display, DiagramPage.fillOf(box)));
            gc.fillRectangle(x, y, width, height);
            Mark mark = page.isShowing() ? page.markOf(box) : null;
            gc.setForeground(display.getSystemColor(mark == null ? SWT.COLOR_DARK_GRAY
                    : mark.severity() == IMarker.SEVERITY_ERROR ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
            gc.setLineWidth(mark == null ? 1 : 2);
            gc.drawRectangle(x, y, width, height);
            gc.setLineWidth(1);
        }
        if (page.isShowing()) {
            double[] visible = page.visibleArea();
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLUE));
            gc.setLineWidth(2);
            gc.drawRectangle((int) Math.round(fit[1] + visible[0] * scale), (int) Math.round(fit[2] + visible[1] * scale),
                    (int) Math.round(visible[2] * scale), (int) Math.round(visible[3] * scale));
        }
    }

    /** The part of the overview framed as visible, in overview pixels: x, y, width, height; null when none. */
    public Rectangle frame() {
        DiagramPage page = editor.getDiagramPage();
        Diagram diagram = page == null ? null : page.getDiagram();
        if (diagram == null || !page.isShowing() || canvas == null) {
            return null;
        }
        double[] fit = fitting(diagram);
        double[] visible = page.visibleArea();
        return new Rectangle((int) Math.round(fit[1] + visible[0] * fit[0]),
                (int) Math.round(fit[2] + visible[1] * fit[0]), (int) Math.round(visible[2] * fit[0]),
                (int) Math.round(visible[3] * fit[0]));
    }

    /** Where a diagram point is drawn in the overview. */
    public org.eclipse.swt.graphics.Point toOverview(double x, double y) {
        Diagram diagram = editor.getDiagramPage().diagramForOverview(canvas.getDisplay());
        double[] fit = fitting(diagram);
        return new org.eclipse.swt.graphics.Point((int) Math.round(fit[1] + x * fit[0]),
                (int) Math.round(fit[2] + y * fit[0]));
    }

    public Canvas getCanvas() {
        return canvas;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // The overview selects nothing.
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // The overview selects nothing.
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void setSelection(ISelection selection) {
        // The overview selects nothing.
    }

    @Override
    public void dispose() {
        if (removeViewListener != null) {
            removeViewListener.run();
        }
        if (removeModelListener != null) {
            removeModelListener.run();
        }
        super.dispose();
    }
}
