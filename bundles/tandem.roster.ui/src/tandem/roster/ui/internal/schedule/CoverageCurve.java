package tandem.roster.ui.internal.schedule;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepAreaRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import tandem.core.model.Queue;
import tandem.roster.model.Roster;

/**
 * The coverage curve under the Gantt: required heads of a queue (from its staffing plan) against the heads the
 * schedule puts on it, per roster interval, for the days in view. A combo picks the queue.
 */
public final class CoverageCurve {

    private static final Color REQUIRED = new Color(240, 160, 50, 150);
    private static final Color SCHEDULED = new Color(30, 120, 60);

    private final Composite control;
    private final Combo queueCombo;
    private final Label message;
    private final ChartComposite chartComposite;
    private final XYSeries requiredSeries = new XYSeries("Required heads", false, true);
    private final XYSeries scheduledSeries = new XYSeries("Scheduled heads", false, true);
    private final StaffingRequirements requirements;
    private List<Queue> queues = List.of();
    private Roster roster;
    private LocalDate from;
    private LocalDate to;
    private CoverageSeries series;

    CoverageCurve(Composite parent, StaffingRequirements requirements) {
        this.requirements = requirements;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        new Label(control, SWT.NONE).setText("Coverage of queue");
        queueCombo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        queueCombo.setData("name", "Coverage queue");
        queueCombo.addListener(SWT.Selection, e -> refresh());
        message = new Label(control, SWT.NONE);
        message.setData("name", "Coverage message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        DateAxis time = new DateAxis("Time");
        // Roster times are local date-times; the axis shows them as they are.
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        NumberAxis heads = new NumberAxis("Heads");
        heads.setAutoRangeIncludesZero(true);
        // whole heads on the ticks, and 0 to 1 rather than 4E-9 steps while nothing is scheduled
        heads.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        heads.setAutoRangeMinimumSize(1);
        XYStepAreaRenderer area = new XYStepAreaRenderer(XYStepAreaRenderer.AREA);
        area.setSeriesPaint(0, REQUIRED);
        XYPlot plot = new XYPlot(new XYSeriesCollection(requiredSeries), time, heads, area);
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, SCHEDULED);
        steps.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, steps);
        plot.setDataset(1, new XYSeriesCollection(scheduledSeries));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // No pop-up menu: its Save As calls ChartUtilities, which JFreeChart 1.5 no longer has.
        chartComposite = new ChartComposite(control, SWT.NONE, chart, false, false, false, false, true);
        chartComposite.setData("name", "Coverage chart");
        chartComposite.setDomainZoomable(false);
        chartComposite.setRangeZoomable(false);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.heightHint = 220;
        chartComposite.setLayoutData(data);
    }

    Composite control() {
        return control;
    }

    /** Shows the roster's coverage over the days, keeping the queue picked when the roster still has it. */
    void show(Roster roster, LocalDate from, LocalDate to) {
        this.roster = roster;
        this.from = from;
        this.to = to;
        List<Queue> now = GanttRows.queues(roster);
        if (!now.equals(queues)) {
            Queue picked = selected();
            queues = now;
            queueCombo.removeAll();
            for (Queue queue : queues) {
                queueCombo.add(queue.getName() == null ? "(unnamed queue)" : queue.getName());
            }
            int index = picked == null ? 0 : Math.max(0, queues.indexOf(picked));
            if (!queues.isEmpty()) {
                queueCombo.select(index);
            }
            control.layout(true, true);
        }
        refresh();
    }

    private Queue selected() {
        int index = queueCombo.getSelectionIndex();
        return index < 0 || index >= queues.size() ? null : queues.get(index);
    }

    private void refresh() {
        Queue queue = selected();
        requiredSeries.clear();
        scheduledSeries.clear();
        if (roster == null || queue == null || from == null) {
            series = null;
            message.setText(roster != null && queues.isEmpty() ? "No agent of the roster has a skill" : "");
            return;
        }
        series = CoverageSeries.of(roster, requirements, queue, from, to);
        requiredSeries.setNotify(false);
        scheduledSeries.setNotify(false);
        for (int t = 0; t < series.size(); t++) {
            long x = series.start(t).toEpochSecond(ZoneOffset.UTC) * 1000;
            if (series.required() != null) {
                requiredSeries.add(x, series.required()[t], false);
            }
            scheduledSeries.add(x, series.scheduled()[t], false);
        }
        requiredSeries.setNotify(true);
        scheduledSeries.setNotify(true);
        message.setText(series.message());
        message.getParent().layout();
    }

    /** The curve shown now, null when there is none. */
    public CoverageSeries series() {
        return series;
    }

    public XYSeries requiredSeries() {
        return requiredSeries;
    }

    public XYSeries scheduledSeries() {
        return scheduledSeries;
    }

    public Combo queueCombo() {
        return queueCombo;
    }
}
