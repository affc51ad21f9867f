package tandem.goals.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import tandem.goals.model.Goal;
import tandem.goals.model.Reading;
import tandem.goals.model.progress.MonthScale;
import tandem.goals.model.progress.Trend;
import tandem.goals.model.smart.Metrics;

/**
 * A goal's readings over time against its target line (and its baseline), with the readings' trend drawn on to the
 * deadline.
 */
final class ProgressChart {

    private static final int MARGIN = 36;

    private final Canvas canvas;
    private final Color readingColor;
    private final Color targetColor;
    private final Color trendColor;
    private final Color muted;
    private Goal goal;

    ProgressChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData("name", "Progress chart");
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        readingColor = new Color(canvas.getDisplay(), 30, 90, 180);
        targetColor = new Color(canvas.getDisplay(), 200, 40, 40);
        trendColor = new Color(canvas.getDisplay(), 40, 150, 70);
        muted = new Color(canvas.getDisplay(), 150, 150, 150);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas getControl() {
        return canvas;
    }

    void show(Goal newGoal) {
        goal = newGoal;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The dated readings the chart plots, in date order. */
    List<Reading> plottedReadings() {
        if (goal == null) {
            return List.of();
        }
        return goal.getReadings().stream().filter(r -> r.getDate() != null)
                .sorted(Comparator.comparing(Reading::getDate)).toList();
    }

    /** The target line's value, if the chart draws one. */
    Optional<Double> targetLine() {
        return goal == null ? Optional.empty() : Optional.ofNullable(goal.getTarget());
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        List<Reading> readings = plottedReadings();
        if (goal == null || readings.isEmpty()) {
            gc.drawText(goal == null ? "Select a goal." : "Add readings to see the progress against the target.",
                    8, 8, true);
            return;
        }
        List<LocalDate> dates = new ArrayList<>();
        readings.forEach(r -> dates.add(r.getDate()));
        if (goal.getBaselineDate() != null) {
            dates.add(goal.getBaselineDate());
        }
        if (goal.getDeadline() != null) {
            dates.add(goal.getDeadline());
        }
        LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        Optional<Trend> trend = Trend.of(readings);
        List<Double> values = new ArrayList<>();
        readings.forEach(r -> values.add(r.getValue()));
        if (goal.getTarget() != null) {
            values.add(goal.getTarget());
        }
        if (goal.getBaseline() != null) {
            values.add(goal.getBaseline());
        }
        if (trend.isPresent() && goal.getDeadline() != null) {
            values.add(trend.get().valueAt(goal.getDeadline()));
        }
        double low = values.stream().min(Double::compare).orElseThrow();
        double high = values.stream().max(Double::compare).orElseThrow();
        double pad = Math.max((high - low) * 0.1, 1);
        Scale scale = new Scale(area, first, Math.max(MonthScale.between(first, last), 0.5), low - pad, high + pad);

        gc.setForeground(muted);
        gc.drawLine(MARGIN, area.height - MARGIN, area.width - 8, area.height - MARGIN);
        gc.drawLine(MARGIN, 8, MARGIN, area.height - MARGIN);
        gc.drawText(first.toString(), MARGIN, area.height - MARGIN + 4, true);
        String lastText = last.toString();
        gc.drawText(lastText, area.width - 8 - gc.textExtent(lastText).x, area.height - MARGIN + 4, true);
        gc.drawText(Metrics.format(high + pad), 2, 8, true);
        gc.drawText(Metrics.format(low - pad), 2, area.height - MARGIN - gc.getFontMetrics().getHeight(), true);

        if (goal.getBaseline() != null) {
            horizontal(gc, scale, goal.getBaseline(), muted, SWT.LINE_DOT,
                    "baseline " + Metrics.format(goal.getBaseline()));
        }
        if (goal.getTarget() != null) {
            horizontal(gc, scale, goal.getTarget(), targetColor, SWT.LINE_DASH,
                    "target " + Metrics.format(goal.getTarget()));
        }
        if (goal.getDeadline() != null) {
            int x = scale.x(goal.getDeadline());
            gc.setForeground(muted);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(x, 8, x, area.height - MARGIN);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (trend.isPresent()) {
            LocalDate end = goal.getDeadline() != null && goal.getDeadline().isAfter(readings.get(readings.size() - 1)
                    .getDate()) ? goal.getDeadline() : readings.get(readings.size() - 1).getDate();
            gc.setForeground(trendColor);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(scale.x(first), scale.y(trend.get().valueAt(first)), scale.x(end),
                    scale.y(trend.get().valueAt(end)));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setForeground(readingColor);
        gc.setBackground(readingColor);
        gc.setLineWidth(2);
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            int x = scale.x(r.getDate());
            int y = scale.y(r.getValue());
            if (i > 0) {
                Reading previous = readings.get(i - 1);
                gc.drawLine(scale.x(previous.getDate()), scale.y(previous.getValue()), x, y);
            }
            gc.fillOval(x - 3, y - 3, 7, 7);
        }
        gc.setLineWidth(1);
    }

    private static void horizontal(GC gc, Scale scale, double value, Color color, int style, String label) {
        int y = scale.y(value);
        gc.setForeground(color);
        gc.setLineStyle(style);
        gc.drawLine(MARGIN, y, scale.area().width - 8, y);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawText(label, scale.area().width - 8 - gc.textExtent(label).x, y - gc.getFontMetrics().getHeight(),
                true);
    }

    /** Dates and values to pixels. */
    private record Scale(Rectangle area, LocalDate first, double months, double low, double high) {
        int x(LocalDate date) {
            double share = MonthScale.between(first, date) / months;
            return MARGIN + (int) Math.round(share * (area.width - MARGIN - 16));
        }

        int y(double value) {
            double share = (value - low) / (high - low);
            return area.height - MARGIN - (int) Math.round(share * (area.height - MARGIN - 8));
        }
    }
}
