package tandem.staffing.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * Required and scheduled heads of the day, week, month or season (quarter) containing the first day in view, drawn
 * with JFreeChart: bars for the heads the baseline needs topped by the heads the campaign lift adds, the schedule
 * as a step line, under-staffed stretches on a red band. The chart never holds more points than its width shows:
 * longer ranges are averaged per hour, day or week. The mouse wheel and the zoom buttons zoom the time axis, the
 * arrow buttons pan it inside the view; Export PNG writes the chart as it is shown.
 */
final class StaffingChart {

    /** How much time the chart shows. */
    enum View {
        DAY("Day"), WEEK("Week"), MONTH("Month"), SEASON("Season");

        final String label;

        View(String label) {
            this.label = label;
        }

        /** The first day of the view containing the day. */
        LocalDate start(LocalDate day) {
            return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case SEASON -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            };
        }

        /** The day after the view starting on the day. */
        LocalDate end(LocalDate start) {
            return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case SEASON -> start.plusMonths(3);
            };
        }
    }

    /**
     * One interval of the plan.
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

    /**
     * One point as drawn: the mean of the intervals of the plan in a bucket.
     *
     * @param start          start of the bucket
     * @param minutes        length of the bucket
     * @param baselineHeads  mean heads the baseline needs
     * @param liftHeads      mean heads the campaign lift adds
     * @param scheduledHeads mean heads scheduled
     * @param outboundAgents mean agents on outbound calls
     * @param understaffed   whether any interval of the bucket is under-staffed
     */
    record Point(LocalDateTime start, int minutes, double baselineHeads, double liftHeads, double scheduledHeads,
            double outboundAgents, boolean understaffed) {
        double requiredHeads() {
            return baselineHeads + liftHeads;
        }
    }

    static final int HOUR = 60;
    static final int DAY = 1440;
    static final int WEEK = 7 * DAY;
    /** Pixels per point the chart aims at. */
    private static final int PIXELS_PER_POINT = 4;
    private static final Color BASELINE = new Color(90, 135, 190);
    private static final Color LIFT = new Color(240, 160, 50);
    private static final Color SCHEDULED = new Color(30, 140, 60);
    private static final Color UNDERSTAFFED = new Color(255, 190, 190);

    private final StaffingEditor editor;
    private final Composite control;
    private final Combo viewCombo;
    private final Label message;
    private final ChartComposite chartComposite;
    private final XYPlot plot;
    /** Required heads with the campaign lift (drawn first), and the baseline's share of them (drawn over them). */
    private final XYSeries liftSeries = new XYSeries("Required heads (campaign lift)", true, false);
    private final XYSeries baselineSeries = new XYSeries("Required heads (baseline)", true, false);
    private final XYSeriesCollection required = new XYSeriesCollection();
    private final XYSeries scheduledSeries = new XYSeries("Scheduled heads", true, false);
    private View view = View.DAY;
    private LocalDateTime viewStart;
    private LocalDateTime viewEnd;
    /** The range in view, inside [viewStart, viewEnd). */
    private LocalDateTime from;
    private LocalDateTime to;
    private int bucket;
    private List<Point> points = List.of();
    private int refreshes;

    StaffingChart(StaffingEditor editor, Composite parent) {
        this.editor = editor;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        control.setBackground(parent.getBackground());
        Composite bar = new Composite(control, SWT.NONE);
        bar.setBackground(parent.getBackground());
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(9, false));
        new Label(bar, SWT.NONE).setText("View");
        viewCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewCombo.setData("name", "Chart view");
        for (View v : View.values()) {
            viewCombo.add(v.label);
        }
        viewCombo.select(0);
        viewCombo.addListener(SWT.Selection, e -> setView(View.values()[viewCombo.getSelectionIndex()]));
        button(bar, "Zoom In", () -> zoom(0.5, 0.5));
        button(bar, "Zoom Out", () -> zoom(2, 0.5));
        button(bar, "\u25c0", () -> pan(-0.5)).setToolTipText("Earlier");
        button(bar, "\u25b6", () -> pan(0.5)).setToolTipText("Later");
        button(bar, "Reset Zoom", this::resetZoom);
        button(bar, "Export PNG\u2026", this::exportPngInteractively);
        message = new Label(bar, SWT.NONE);
        message.setData("name", "Chart message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        plot = createPlot();
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // No pop-up menu: its Save As calls ChartUtilities, which JFreeChart 1.5 no longer has.
        chartComposite = new ChartComposite(control, SWT.NONE, chart, false, false, false, false, true);
        chartComposite.setData("name", "Staffing chart");
        chartComposite.setDomainZoomable(false);
        chartComposite.setRangeZoomable(false);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.widthHint = 500;
        chartData.heightHint = 360;
        chartComposite.setLayoutData(chartData);
        chartComposite.addListener(SWT.Resize, e -> refresh());
        List<Control> targets = new ArrayList<>(List.of(chartComposite.getChildren()));
        targets.add(chartComposite);
        for (Control target : targets) {
            target.addListener(SWT.MouseVerticalWheel, this::wheel);
        }
        reset();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private XYPlot createPlot() {
        DateAxis time = new DateAxis("Time");
        // The plan keeps local date-times; the axis shows them as they are.
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        NumberAxis heads = new NumberAxis("Heads");
        heads.setAutoRangeIncludesZero(true);
        // whole heads on the ticks, and 0 to 1 rather than 4E-9 steps while nothing is scheduled
        heads.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        heads.setAutoRangeMinimumSize(1);
        required.setIntervalPositionFactor(0);
        required.addSeries(liftSeries);
        required.addSeries(baselineSeries);
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, LIFT);
        bars.setSeriesPaint(1, BASELINE);
        XYToolTipGenerator tips = (dataset, series, item) -> tooltip(item);
        bars.setDefaultToolTipGenerator(tips);
        XYPlot xyPlot = new XYPlot(required, time, heads, bars);
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, SCHEDULED);
        steps.setSeriesStroke(0, new BasicStroke(2f));
        steps.setDefaultToolTipGenerator(tips);
        // Renderer first: with no renderer of its own, the dataset would be measured by the stacked bars' renderer.
        xyPlot.setRenderer(1, steps);
        xyPlot.setDataset(1, new XYSeriesCollection(scheduledSeries));
        // The baseline's bars over the required heads' bars: the lift shows as their top.
        xyPlot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        // The scheduled heads' line over the bars.
        xyPlot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        xyPlot.setBackgroundPaint(Color.WHITE);
        xyPlot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        xyPlot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return xyPlot;
    }

    /** The tooltip of the point: its time, required and scheduled heads, the lift and the outbound agents. */
    String tooltip(int item) {
        if (points.isEmpty()) {
            return null;
        }
        Point p = points.get(Math.min(item, points.size() - 1));
        LocalDateTime end = p.start().plusMinutes(p.minutes());
        String when = Formats.START.format(p.start()) + " \u2013 "
                + (end.toLocalDate().equals(p.start().toLocalDate()) ? end.toLocalTime().toString()
                        : Formats.START.format(end));
        String mean = bucket > editor.getPlan().getIntervalMinutes() ? " (mean per interval)" : "";
        return when + mean + ": required " + Formats.number(p.requiredHeads(), 1) + " heads (campaign lift "
                + Formats.number(p.liftHeads(), 1) + "), scheduled " + Formats.number(p.scheduledHeads(), 1)
                + " heads, outbound " + Formats.number(p.outboundAgents(), 1) + " agents"
                + (p.understaffed() ? "; under-staffed" : "");
    }

    Composite control() {
        return control;
    }

    ChartComposite getChartComposite() {
        return chartComposite;
    }

    /** How often the chart's data was refreshed (for tests). */
    int refreshes() {
        return refreshes;
    }

    View view() {
        return view;
    }

    /** The bucket the points are averaged over, in minutes. */
    int bucket() {
        return bucket;
    }

    /** The points as drawn. */
    List<Point> points() {
        return points;
    }

    /** The range in view: [from, to). */
    LocalDateTime[] range() {
        return new LocalDateTime[] { from, to };
    }

    void setView(View newView) {
        view = newView;
        if (viewCombo.getSelectionIndex() != newView.ordinal()) {
            viewCombo.select(newView.ordinal());
        }
        reset();
    }

    /** Shows the whole view containing the editor's first day in view (after a change of the period or plan). */
    void reset() {
        LocalDate start = view.start(editor.getPeriod().first());
        viewStart = start.atStartOfDay();
        viewEnd = view.end(start).atStartOfDay();
        from = viewStart;
        to = viewEnd;
        refresh();
    }

    void resetZoom() {
        from = viewStart;
        to = viewEnd;
        refresh();
    }

    /** Scales the range in view by the factor, keeping the point at {@code anchor} (0 left, 1 right) in place. */
    void zoom(double factor, double anchor) {
        long length = minutes(from, to);
        long minimum = Math.max(1, editor.getPlan().getIntervalMinutes()) * 4L;
        long scaled = Math.max(Math.min(minimum, minutes(viewStart, viewEnd)), Math.round(length * factor));
        LocalDateTime fixed = from.plusMinutes(Math.round(length * anchor));
        show(fixed.minusMinutes(Math.round(scaled * anchor)), scaled);
    }

    /** Moves the range in view by the share of its length, inside the view. */
    void pan(double share) {
        long length = minutes(from, to);
        show(from.plusMinutes(Math.round(length * share)), length);
    }

    private void show(LocalDateTime start, long length) {
        length = Math.min(length, minutes(viewStart, viewEnd));
        if (start.isBefore(viewStart)) {
            start = viewStart;
        }
        if (start.plusMinutes(length).isAfter(viewEnd)) {
            start = viewEnd.minusMinutes(length);
        }
        from = start;
        to = start.plusMinutes(length);
        refresh();
    }

    private void wheel(Event event) {
        if (event.count == 0) {
            return;
        }
        Rectangle area = chartComposite.getScreenDataArea();
        double anchor = area == null || area.width <= 0 ? 0.5
                : Math.max(0, Math.min(1, (event.x - area.x) / (double) area.width));
        zoom(event.count > 0 ? 0.8 : 1.25, anchor);
        event.doit = false;
    }

    /** The intervals of the plan in the range in view, one bar each. */
    List<Bar> bars() {
        StaffingPlan plan = editor.getPlan();
        StaffingForecast forecast = editor.getForecast();
        List<Bar> bars = new ArrayList<>();
        for (int i = StaffingPlans.firstIndexAtOrAfter(plan, from), end = StaffingPlans.firstIndexAtOrAfter(plan,
                to); i < end; i++) {
            IntervalForecast f = forecast.interval(i);
            double requiredHeads = f.requiredHeads();
            double baseline = Math.min(f.baselineRequiredHeads(), requiredHeads);
            bars.add(new Bar(f.start(), Double.isNaN(baseline) ? 0 : baseline,
                    Double.isNaN(requiredHeads) ? 0 : requiredHeads - baseline, f.scheduled(), f.understaffed()));
        }
        return bars;
    }

    /**
     * The finest bucket (the plan's interval, an hour, a day or a week) that shows {@code rangeMinutes} in at most
     * {@code maxPoints} points.
     */
    static int chooseBucket(long rangeMinutes, int intervalMinutes, int maxPoints) {
        for (int size : new int[] { intervalMinutes, HOUR, DAY, WEEK }) {
            if (size >= intervalMinutes && rangeMinutes / size <= Math.max(1, maxPoints)) {
                return size;
            }
        }
        return WEEK;
    }

    /** Re-reads the range in view from the plan and averages it to as many points as the chart's width shows. */
    void refresh() {
        if (control.isDisposed()) {
            return;
        }
        refreshes++;
        StaffingPlan plan = editor.getPlan();
        StaffingForecast forecast = editor.getForecast();
        int intervalMinutes = Math.max(1, plan.getIntervalMinutes());
        int width = Math.max(chartComposite.getSize().x, 300);
        bucket = chooseBucket(minutes(from, to), intervalMinutes, width / PIXELS_PER_POINT);
        List<Point> sums = new ArrayList<>();
        int first = StaffingPlans.firstIndexAtOrAfter(plan, from);
        int end = StaffingPlans.firstIndexAtOrAfter(plan, to);
        LocalDateTime bucketStart = null;
        double[] sum = new double[4];
        int count = 0;
        boolean anyShort = false;
        for (int i = first; i <= end; i++) {
            IntervalForecast f = i < end ? forecast.interval(i) : null;
            LocalDateTime start = f == null ? null : bucketStart(f.start());
            if (count > 0 && (f == null || !start.equals(bucketStart))) {
                sums.add(new Point(bucketStart, bucket, sum[0] / count, sum[1] / count, sum[2] / count,
                        sum[3] / count, anyShort));
                sum = new double[4];
                count = 0;
                anyShort = false;
            }
            if (f == null) {
                break;
            }
            bucketStart = start;
            double requiredHeads = f.requiredHeads();
            double baseline = Math.min(f.baselineRequiredHeads(), requiredHeads);
            sum[0] += Double.isNaN(baseline) ? 0 : baseline;
            sum[1] += Double.isNaN(requiredHeads) ? 0 : requiredHeads - (Double.isNaN(baseline) ? 0 : baseline);
            sum[2] += f.scheduled();
            sum[3] += Double.isNaN(f.outboundAgents()) ? 0 : f.outboundAgents();
            anyShort |= f.understaffed();
            count++;
        }
        points = List.copyOf(sums);
        fill();
        String problem = forecast.settingsProblem();
        message.setText(!problem.isEmpty() ? "No staffing can be computed: " + problem
                : points.isEmpty() ? "No intervals of the plan in this " + view.label.toLowerCase()
                        : bucket > intervalMinutes ? "Mean heads per " + bucketName(bucket) : "");
        message.getParent().layout();
    }

    private void fill() {
        baselineSeries.setNotify(false);
        liftSeries.setNotify(false);
        scheduledSeries.setNotify(false);
        baselineSeries.clear();
        liftSeries.clear();
        scheduledSeries.clear();
        plot.clearDomainMarkers();
        LocalDateTime runStart = null;
        LocalDateTime runEnd = null;
        for (Point p : points) {
            double x = millis(p.start());
            baselineSeries.add(x, p.baselineHeads(), false);
            liftSeries.add(x, p.requiredHeads(), false);
            scheduledSeries.add(x, p.scheduledHeads(), false);
            LocalDateTime end = p.start().plusMinutes(p.minutes());
            if (p.understaffed() && runEnd != null && runEnd.equals(p.start())) {
                runEnd = end;
            } else if (p.understaffed()) {
                understaffed(runStart, runEnd);
                runStart = p.start();
                runEnd = end;
            }
        }
        understaffed(runStart, runEnd);
        if (!points.isEmpty()) {
            // The step line runs to the end of the last bucket.
            Point last = points.get(points.size() - 1);
            scheduledSeries.add(millis(last.start().plusMinutes(last.minutes())), last.scheduledHeads(), false);
        }
        // Each bar spans its bucket, also when there is only one.
        required.setIntervalWidth(bucket * 60_000d);
        baselineSeries.setNotify(true);
        liftSeries.setNotify(true);
        scheduledSeries.setNotify(true);
        plot.getRangeAxis().setLabel(bucket > Math.max(1, editor.getPlan().getIntervalMinutes())
                ? "Heads (mean per " + bucketName(bucket) + ")" : "Heads");
        plot.getDomainAxis().setRange(millis(from), millis(to));
    }

    private void understaffed(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return;
        }
        IntervalMarker marker = new IntervalMarker(millis(start), millis(end));
        marker.setPaint(UNDERSTAFFED);
        marker.setAlpha(0.6f);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    /** The number of under-staffed stretches marked on the chart. */
    int understaffedMarkers() {
        var markers = plot.getDomainMarkers(Layer.BACKGROUND);
        return markers == null ? 0 : markers.size();
    }

    private LocalDateTime bucketStart(LocalDateTime start) {
        if (bucket == WEEK) {
            return start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
        }
        long minute = minutes(start.toLocalDate().atStartOfDay(), start);
        return start.toLocalDate().atStartOfDay().plusMinutes(minute / bucket * bucket);
    }

    private static String bucketName(int bucket) {
        return switch (bucket) {
        case HOUR -> "hour";
        case DAY -> "day";
        case WEEK -> "week";
        default -> bucket + " minutes";
        };
    }

    private static long minutes(LocalDateTime a, LocalDateTime b) {
        return java.time.Duration.between(a, b).toMinutes();
    }

    private static double millis(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) * 1000d;
    }

    private void exportPngInteractively() {
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setText("Export Chart as PNG");
        dialog.setFilterExtensions(new String[] { "*.png" });
        dialog.setFileName(editor.getPlan().getName() + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.toLowerCase().endsWith(".png") ? chosen : chosen + ".png");
        try {
            exportPng(file);
        } catch (IOException e) {
            MessageDialog.openError(control.getShell(), "Export Chart as PNG",
                    "Could not write " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()));
        }
    }

    /**
     * Writes the chart as shown (at least 800 × 500 pixels) to the file, atomically: a failed export leaves an
     * existing file as it was.
     */
    void exportPng(Path file) throws IOException {
        org.eclipse.swt.graphics.Point size = chartComposite.getSize();
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, ".chart", ".png.tmp");
        try {
            ChartUtils.saveChartAsPNG(temporary.toFile(), chartComposite.getChart(), Math.max(800, size.x),
                    Math.max(500, size.y));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
