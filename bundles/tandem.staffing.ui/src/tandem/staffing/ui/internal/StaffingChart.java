package tandem.staffing.ui.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * Required and scheduled heads per interval of the day or week in view, drawn on a plain SWT canvas: a bar per
 * interval with the heads the baseline needs and, stacked on them, the heads the campaign lift adds; the schedule
 * as a line; under-staffed intervals on a red band.
 */
final class StaffingChart {

    /**
     * One interval as drawn.
     *
     * @param start         when it starts
     * @param baselineHeads heads the baseline alone needs
     * @param liftHeads     heads the campaigns add on top
     * @param scheduled     heads scheduled
     * @param understaffed  fewer heads scheduled than required
     */
    record Bar(LocalDateTime start, double baselineHeads, double liftHeads, int scheduled, boolean understaffed) {
        double requiredHeads() {
            return baselineHeads + liftHeads;
        }
    }

    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int BOTTOM = 28;

    private final StaffingEditor editor;
    private final Canvas canvas;
    private int paints;

    StaffingChart(StaffingEditor editor, Composite parent) {
        this.editor = editor;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData("name", "Staffing chart");
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** How often the chart was painted (for tests). */
    int paints() {
        return paints;
    }

    void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The intervals in view as drawn. */
    List<Bar> bars() {
        StaffingPlan plan = editor.getPlan();
        StaffingForecast forecast = editor.getForecast();
        Period period = editor.getPeriod();
        List<Bar> bars = new ArrayList<>();
        for (int i = period.fromIndex(plan), to = period.toIndex(plan); i < to; i++) {
            IntervalForecast f = forecast.interval(i);
            double required = f.requiredHeads();
            double baseline = Math.min(f.baselineRequiredHeads(), required);
            bars.add(new Bar(f.start(), Double.isNaN(baseline) ? 0 : baseline,
                    Double.isNaN(required) ? 0 : required - baseline, f.scheduled(), f.understaffed()));
        }
        return bars;
    }

    private void paint(GC gc) {
        paints++;
        Rectangle area = canvas.getClientArea();
        gc.setAntialias(SWT.ON);
        List<Bar> bars = bars();
        String problem = editor.getForecast().settingsProblem();
        if (bars.isEmpty() || !problem.isEmpty()) {
            gc.setForeground(Colors.AXIS);
            gc.drawText(bars.isEmpty() ? "No intervals of the plan in " + editor.getPeriod().title()
                    : "No staffing can be computed: " + problem, LEFT, 12, true);
            return;
        }
        int top = legend(gc, LEFT, area.width - RIGHT) + 10;
        Rectangle plot = new Rectangle(LEFT, top, Math.max(10, area.width - LEFT - RIGHT),
                Math.max(10, area.height - top - BOTTOM));
        double max = 1;
        for (Bar bar : bars) {
            max = Math.max(max, Math.max(bar.requiredHeads(), bar.scheduled()));
        }
        double step = niceStep(max / 5);
        max = Math.ceil(max / step) * step;
        // The x axis is the whole day or week, so that days outside the plan stay empty.
        int minutes = Math.max(1, editor.getPlan().getIntervalMinutes());
        LocalDateTime first = editor.getPeriod().first().atStartOfDay();
        int[] slot = new int[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            LocalDateTime start = bars.get(i).start();
            slot[i] = start == null ? i : (int) (java.time.Duration.between(first, start).toMinutes() / minutes);
        }
        double width = (double) plot.width / (editor.getPeriod().length().days * 24 * 60 / minutes);

        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).understaffed()) {
                fill(gc, Colors.UNDERSTAFFED, x(plot, width, slot[i]), plot.y, x(plot, width, slot[i] + 1),
                        plot.y + plot.height);
            }
        }
        gc.setForeground(Colors.GRID);
        gc.setLineWidth(1);
        for (double v = 0; v <= max + 1e-9; v += step) {
            int y = y(plot, max, v);
            gc.drawLine(plot.x, y, plot.x + plot.width, y);
            gc.setForeground(Colors.AXIS);
            String label = Formats.number(v, 1);
            Point size = gc.textExtent(label);
            gc.drawText(label, plot.x - size.x - 6, y - size.y / 2, true);
            gc.setForeground(Colors.GRID);
        }
        int gap = width >= 4 ? 1 : 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int left = x(plot, width, slot[i]) + gap;
            int right = Math.max(left + 1, x(plot, width, slot[i] + 1) - gap);
            int base = y(plot, max, 0);
            int baselineTop = y(plot, max, bar.baselineHeads());
            int liftTop = y(plot, max, bar.requiredHeads());
            fill(gc, Colors.BASELINE, left, baselineTop, right, base);
            fill(gc, Colors.LIFT, left, liftTop, right, baselineTop);
        }
        gc.setForeground(Colors.SCHEDULED);
        gc.setLineWidth(2);
        int previousY = -1;
        for (int i = 0; i < bars.size(); i++) {
            int y = y(plot, max, bars.get(i).scheduled());
            int left = x(plot, width, slot[i]);
            if (previousY >= 0 && slot[i] == slot[i - 1] + 1) {
                gc.drawLine(left, previousY, left, y);
            }
            gc.drawLine(left, y, x(plot, width, slot[i] + 1), y);
            previousY = y;
        }
        gc.setLineWidth(1);
        gc.setForeground(Colors.AXIS);
        gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
        gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
        timeLabels(gc, plot, width, bars, slot);
    }

    private void timeLabels(GC gc, Rectangle plot, double width, List<Bar> bars, int[] slot) {
        boolean week = editor.getPeriod().length() == Period.Length.WEEK;
        int lastRight = Integer.MIN_VALUE;
        for (int i = 0; i < bars.size(); i++) {
            LocalDateTime start = bars.get(i).start();
            if (start == null) {
                continue;
            }
            boolean mark = week ? start.getHour() == 0 && start.getMinute() == 0 : start.getMinute() == 0;
            if (!mark) {
                continue;
            }
            String label = week ? Formats.START.format(start).substring(0, 14) : String.format("%02d", start.getHour());
            int x = x(plot, width, slot[i]);
            Point size = gc.textExtent(label);
            if (x > lastRight + 4) {
                gc.drawLine(x, plot.y + plot.height, x, plot.y + plot.height + 3);
                gc.drawText(label, x, plot.y + plot.height + 5, true);
                lastRight = x + size.x;
            }
        }
    }

    /** Draws the legend from {@code left}, wrapping at {@code right}; answers its bottom. */
    private static int legend(GC gc, int left, int right) {
        Object[][] keys = { { Colors.BASELINE, "Required heads (baseline)" },
                { Colors.LIFT, "Required heads (campaign lift)" }, { Colors.SCHEDULED, "Scheduled heads" },
                { Colors.UNDERSTAFFED, "Under-staffed" } };
        int x = left;
        int y = 8;
        int lineHeight = gc.getFontMetrics().getHeight() + 4;
        for (Object[] key : keys) {
            String label = (String) key[1];
            int width = 16 + gc.textExtent(label).x + 18;
            if (x > left && x + width > right) {
                x = left;
                y += lineHeight;
            }
            fill(gc, (Color) key[0], x, y + 2, x + 12, y + 14);
            gc.setForeground(Colors.AXIS);
            gc.drawText(label, x + 16, y, true);
            x += width;
        }
        return y + lineHeight;
    }

    private static void fill(GC gc, Color color, int x1, int y1, int x2, int y2) {
        gc.setBackground(color);
        gc.fillRectangle(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    private static int x(Rectangle plot, double width, int index) {
        return plot.x + (int) Math.round(index * width);
    }

    private static int y(Rectangle plot, double max, double value) {
        return plot.y + plot.height - (int) Math.round(value / max * plot.height);
    }

    /** 1, 2 or 5 times a power of ten, at least the raw step. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] { 1, 2, 5, 10 }) {
            if (factor * power >= raw) {
                return Math.max(1, factor * power);
            }
        }
        return Math.max(1, 10 * power);
    }
}
