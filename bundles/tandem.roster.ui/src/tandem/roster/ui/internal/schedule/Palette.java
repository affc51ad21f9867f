package tandem.roster.ui.internal.schedule;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import tandem.core.ui.emf.DisplayNames;
import tandem.roster.model.ActivityKind;

/**
 * The colours of the schedule view, one per activity kind, made once per page (SWT colours need no disposal), and
 * the legend that names them.
 */
final class Palette {

    final Color onQueue = new Color(88, 138, 196);
    final Color pinned = new Color(25, 35, 60);
    /** The outline of a dragged shift where it may not be dropped, and where it may. */
    final Color dragged = new Color(230, 40, 40);
    final Color dropAllowed = new Color(20, 150, 60);
    final Color rowShade = new Color(244, 246, 250);
    final Color header = new Color(232, 236, 242);
    final Color gridLine = new Color(205, 210, 220);
    final Color dayLine = new Color(150, 158, 172);
    final Color muted = new Color(110, 115, 125);
    private final Map<ActivityKind, Color> activities = new EnumMap<>(ActivityKind.class);

    Palette() {
        activities.put(ActivityKind.BREAK, new Color(245, 190, 60));
        activities.put(ActivityKind.LUNCH, new Color(112, 184, 96));
        activities.put(ActivityKind.MEETING, new Color(160, 115, 205));
        activities.put(ActivityKind.TRAINING, new Color(222, 92, 84));
    }

    Color of(ActivityKind kind) {
        return kind == null ? onQueue : activities.get(kind);
    }

    /** A one-line legend: on the phones, each activity kind, pinned. */
    Canvas legend(Composite parent) {
        Canvas legend = new Canvas(parent, SWT.NONE);
        legend.setData("name", "Schedule legend");
        legend.addListener(SWT.Paint, e -> paintLegend(e.gc));
        return legend;
    }

    private void paintLegend(GC gc) {
        int x = 4;
        x = entry(gc, x, onQueue, "On the phones", false);
        for (ActivityKind kind : ActivityKind.values()) {
            x = entry(gc, x, of(kind), DisplayNames.of(kind), false);
        }
        entry(gc, x, onQueue, "Pinned (placed by hand)", true);
    }

    private int entry(GC gc, int x, Color color, String text, boolean pin) {
        int size = 12;
        gc.setBackground(color);
        gc.fillRectangle(x, 4, size * 2, size);
        if (pin) {
            drawPin(gc, x, 4, size * 2, size);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        Point extent = gc.textExtent(text);
        gc.drawText(text, x + size * 2 + 5, 4 + (size - extent.y) / 2, true);
        return x + size * 2 + 5 + extent.x + 16;
    }

    /** The mark of a pinned shift: a dark outline and a corner triangle. */
    void drawPin(GC gc, int x, int y, int width, int height) {
        gc.setForeground(pinned);
        gc.setLineWidth(2);
        gc.drawRectangle(x + 1, y + 1, Math.max(1, width - 2), Math.max(1, height - 2));
        gc.setLineWidth(1);
        gc.setBackground(pinned);
        int side = Math.min(8, height);
        gc.fillPolygon(new int[] { x, y, x + side, y, x, y + side });
    }
}
