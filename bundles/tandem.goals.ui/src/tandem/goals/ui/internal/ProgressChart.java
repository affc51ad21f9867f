package tandem.goals.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import tandem.goals.model.Goal;
import tandem.goals.model.Reading;
import tandem.goals.model.progress.Trend;
import tandem.goals.model.smart.Metrics;

/**
 * A goal's readings over time against its target line (and its baseline), with the readings' trend drawn on to the
 * deadline, drawn with JFreeChart: a time axis, the goal's metric on the value axis, tooltips on the readings.
 */
final class ProgressChart {

    private static final Color READING = new Color(30, 90, 180);
    private static final Color TARGET = new Color(200, 40, 40);
    private static final Color TREND = new Color(40, 150, 70);
    private static final Color MUTED = new Color(150, 150, 150);
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 11);

    private final ChartComposite composite;
    private final XYPlot plot;
    private final XYSeries readings = new XYSeries("Readings", true, true);
    private final XYSeries trend = new XYSeries("Trend", true, true);
    private List<Reading> plotted = List.of();
    private Goal goal;

    ProgressChart(Composite parent) {
        DateAxis time = new DateAxis("Date");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        NumberAxis value = new NumberAxis("Value");
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer readingRenderer = new XYLineAndShapeRenderer(true, true);
        readingRenderer.setSeriesPaint(0, READING);
        readingRenderer.setSeriesStroke(0, new BasicStroke(2f));
        XYToolTipGenerator tips = (dataset, series, item) -> item < plotted.size()
                ? plotted.get(item).getDate() + ": " + Metrics.format(plotted.get(item).getValue())
                : null;
        readingRenderer.setDefaultToolTipGenerator(tips);
        plot = new XYPlot(new XYSeriesCollection(readings), time, value, readingRenderer);
        XYLineAndShapeRenderer trendRenderer = new XYLineAndShapeRenderer(true, false);
        trendRenderer.setSeriesPaint(0, TREND);
        trendRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] { 6f, 4f }, 0f));
        trendRenderer.setDefaultToolTipGenerator((dataset, series, item) -> "Trend on "
                + LocalDate.ofEpochDay((long) (dataset.getXValue(series, item) / 86_400_000d)) + ": "
                + Metrics.format(dataset.getYValue(series, item)));
        plot.setRenderer(1, trendRenderer);
        plot.setDataset(1, new XYSeriesCollection(trend));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // No pop-up menu: its Save As calls ChartUtilities, which JFreeChart 1.5 no longer has.
        composite = new ChartComposite(parent, SWT.BORDER, chart, false, false, false, false, true);
        composite.setData("name", "Progress chart");
        composite.setDomainZoomable(false);
        composite.setRangeZoomable(false);
    }

    ChartComposite getControl() {
        return composite;
    }

    void show(Goal newGoal) {
        goal = newGoal;
        if (composite.isDisposed()) {
            return;
        }
        plotted = plottedReadings();
        readings.setNotify(false);
        trend.setNotify(false);
        readings.clear();
        trend.clear();
        plot.clearRangeMarkers();
        plot.clearDomainMarkers();
        for (Reading r : plotted) {
            readings.add(millis(r.getDate()), r.getValue(), false);
        }
        Optional<Trend> line = Trend.of(plotted);
        if (line.isPresent()) {
            LocalDate first = plotted.get(0).getDate();
            LocalDate last = plotted.get(plotted.size() - 1).getDate();
            LocalDate end = goal.getDeadline() != null && goal.getDeadline().isAfter(last) ? goal.getDeadline() : last;
            trend.add(millis(first), line.get().valueAt(first), false);
            trend.add(millis(end), line.get().valueAt(end), false);
        }
        if (goal != null && goal.getTarget() != null) {
            plot.addRangeMarker(marker(goal.getTarget(), "target " + Metrics.format(goal.getTarget()), TARGET),
                    Layer.FOREGROUND);
        }
        if (goal != null && goal.getBaseline() != null) {
            plot.addRangeMarker(marker(goal.getBaseline(), "baseline " + Metrics.format(goal.getBaseline()), MUTED),
                    Layer.FOREGROUND);
        }
        if (goal != null && goal.getDeadline() != null) {
            ValueMarker deadline = new ValueMarker(millis(goal.getDeadline()), MUTED, dotted());
            deadline.setLabel("deadline " + goal.getDeadline());
            deadline.setLabelFont(LABEL);
            deadline.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            deadline.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(deadline, Layer.FOREGROUND);
        }
        readings.setNotify(true);
        trend.setNotify(true);
        composite.getChart().getPlot().setNoDataMessage(goal == null ? "Select a goal."
                : "Add readings to see the progress against the target.");
        includeMarkers();
    }

    /** The value axis shows the target, the baseline and the trend's end too, with a little room around. */
    private void includeMarkers() {
        List<Double> values = new ArrayList<>();
        plotted.forEach(r -> values.add(r.getValue()));
        for (int i = 0; i < trend.getItemCount(); i++) {
            values.add(trend.getY(i).doubleValue());
        }
        markers(plot.getRangeMarkers(Layer.FOREGROUND)).forEach(m -> values.add(((ValueMarker) m).getValue()));
        if (values.isEmpty()) {
            plot.getRangeAxis().setAutoRange(true);
            return;
        }
        double low = values.stream().min(Double::compare).orElseThrow();
        double high = values.stream().max(Double::compare).orElseThrow();
        double pad = Math.max((high - low) * 0.1, 1);
        plot.getRangeAxis().setRange(low - pad, high + pad);
        List<Double> dates = new ArrayList<>();
        plotted.forEach(r -> dates.add(millis(r.getDate())));
        if (goal.getBaselineDate() != null) {
            dates.add(millis(goal.getBaselineDate()));
        }
        if (goal.getDeadline() != null) {
            dates.add(millis(goal.getDeadline()));
        }
        if (dates.isEmpty()) {
            plot.getDomainAxis().setAutoRange(true);
            return;
        }
        double first = dates.stream().min(Double::compare).orElseThrow();
        double last = dates.stream().max(Double::compare).orElseThrow();
        double margin = Math.max((last - first) * 0.04, 86_400_000d);
        plot.getDomainAxis().setRange(first - margin, last + margin);
    }

    private static Collection<?> markers(Collection<?> markers) {
        return markers == null ? List.of() : markers;
    }

    private static ValueMarker marker(double value, String label, Color color) {
        ValueMarker marker = new ValueMarker(value, color, color == TARGET ? new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 8f, 4f }, 0f) : dotted());
        marker.setLabel(label);
        marker.setLabelFont(LABEL);
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static BasicStroke dotted() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 2f, 3f }, 0f);
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000d;
    }

    /** The dated readings the chart plots, in date order. */
    List<Reading> plottedReadings() {
        if (goal == null) {
            return List.of();
        }
        return goal.getReadings().stream().filter(r -> r.getDate() != null)
                .sorted(Comparator.comparing(Reading::getDate)).toList();
    }

    /** The target line's value as JFreeChart draws it, if it does. */
    Optional<Double> targetLine() {
        for (Object m : markers(plot.getRangeMarkers(Layer.FOREGROUND))) {
            if (m instanceof ValueMarker v && String.valueOf(v.getLabel()).startsWith("target ")) {
                return Optional.of(v.getValue());
            }
        }
        return Optional.empty();
    }

    /** The readings as JFreeChart holds them: {date, value} per reading, in date order. */
    List<Object[]> chartedPoints() {
        List<Object[]> points = new ArrayList<>();
        for (int i = 0; i < readings.getItemCount(); i++) {
            long millis = readings.getX(i).longValue();
            points.add(new Object[] { LocalDate.ofEpochDay(Math.floorDiv(millis, 86_400_000L)),
                    readings.getY(i).doubleValue() });
        }
        return points;
    }

    /** The tooltip of a reading. */
    String tooltip(int item) {
        return plot.getRenderer(0).getToolTipGenerator(0, item).generateToolTip(plot.getDataset(0), 0, item);
    }
}
