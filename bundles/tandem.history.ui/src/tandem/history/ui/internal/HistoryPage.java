package tandem.history.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import tandem.core.rows.RowTable;
import tandem.forecast.Accuracy;
import tandem.forecast.Forecaster;

/**
 * The history page: a queue selector, zoom buttons, the chart and the backtest accuracy table. The chart never
 * holds more points than its width shows: the actuals and the forecast of the range in view are summed per
 * interval, hour, day or week whenever the range or the size changes, so years of history stay responsive.
 */
final class HistoryPage extends FormPage {

    static final String ID = "history";
    /** Zoom buttons: label and length in days. */
    static final String[] ZOOM_LABELS = { "Year", "Month", "Week", "Day" };
    private static final int[] ZOOM_DAYS = { 365, 30, 7, 1 };
    /** Pixels per point the chart aims at. */
    private static final int PIXELS_PER_POINT = 3;

    private final HistoryEditor editor;
    private Combo queueCombo;
    private Label forecastLabel;
    private Table accuracyTable;
    private ChartComposite chartComposite;
    private XYPlot plot;
    private final XYSeries actuals = new XYSeries("Actual", true, true);
    /** The chosen method's one-week-ahead backtest forecasts of the last weeks of history. */
    private final XYSeries fitted = new XYSeries("Fitted (backtest, one week ahead)", true, true);
    private final YIntervalSeries forecast = new YIntervalSeries("Forecast (80% band)", true, true);
    private QueueView view;
    /** The range in view, minutes since 1970: [from, to). */
    private int viewFrom;
    private int viewTo;
    private int bucket;

    HistoryPage(HistoryEditor editor) {
        super(editor, ID, "History");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Contact History");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, false));

        Composite bar = toolkit.createComposite(body);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bar.setLayout(new GridLayout(3 + ZOOM_LABELS.length + 3, false));
        toolkit.createLabel(bar, "Queue");
        queueCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        queueCombo.setData("name", "Queue");
        List<String> queues = editor.rows().queues();
        queueCombo.setItems(queues.toArray(String[]::new));
        queueCombo.addListener(SWT.Selection, e -> showQueue(queueCombo.getText()));
        toolkit.createLabel(bar, "  Zoom:");
        for (int i = 0; i < ZOOM_LABELS.length; i++) {
            int days = ZOOM_DAYS[i];
            Button button = toolkit.createButton(bar, ZOOM_LABELS[i], SWT.PUSH);
            button.addListener(SWT.Selection, e -> zoomToDays(days));
        }
        toolkit.createButton(bar, "Zoom In", SWT.PUSH).addListener(SWT.Selection, e -> zoom(0.5, 0.5));
        toolkit.createButton(bar, "Zoom Out", SWT.PUSH).addListener(SWT.Selection, e -> zoom(2, 0.5));
        toolkit.createButton(bar, "All", SWT.PUSH).addListener(SWT.Selection, e -> showAll());

        forecastLabel = toolkit.createLabel(body, "", SWT.WRAP);
        forecastLabel.setData("name", "Forecast");
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        labelData.widthHint = 300; // wraps to the page's width rather than widening it
        forecastLabel.setLayoutData(labelData);

        chartComposite = new ChartComposite(body, SWT.NONE, createChart(), false, false, false, false, true);
        chartComposite.setData("name", "Chart");
        chartComposite.setDomainZoomable(false);
        chartComposite.setRangeZoomable(false);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.widthHint = 400;
        chartData.minimumWidth = 300;
        chartData.heightHint = 320;
        chartComposite.setLayoutData(chartData);
        chartComposite.addListener(SWT.Resize, e -> refresh());
        wheelZoom(chartComposite);

        Composite side = toolkit.createComposite(body);
        side.setLayout(new GridLayout(1, false));
        side.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        Label caption = toolkit.createLabel(side, "Backtest accuracy (last " + Forecaster.BACKTEST_WEEKS
                + " weeks), chosen method first", SWT.WRAP);
        GridData captionData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        captionData.widthHint = 520;
        caption.setLayoutData(captionData);
        accuracyTable = toolkit.createTable(side, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        accuracyTable.setData("name", "Accuracy");
        accuracyTable.setHeaderVisible(true);
        accuracyTable.setLinesVisible(true);
        String[] headers = { "Method", "Interval wMAPE", "Interval bias", "Day wMAPE", "Day bias" };
        for (String header : headers) {
            TableColumn column = new TableColumn(accuracyTable, header.equals("Method") ? SWT.LEFT : SWT.RIGHT);
            column.setText(header);
        }
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, false, true);
        tableData.widthHint = 520;
        accuracyTable.setLayoutData(tableData);
        // Filled below while the page has no size yet: born 0x0, the table showed its scroll bars in no room when
        // the page got its size, and GTK printed "Gtk-CRITICAL gtk_box_gadget_distribute" at every opening.
        accuracyTable.setSize(tableData.widthHint, 200);

        if (!queues.isEmpty()) {
            queueCombo.select(0);
            showQueue(queues.get(0));
        } else {
            forecastLabel.setText("The history has no rows. Import an ACD export with File > Import.");
            for (TableColumn column : accuracyTable.getColumns()) {
                column.pack();
            }
        }
    }

    private JFreeChart createChart() {
        DateAxis time = new DateAxis();
        // Rows keep local date-times; the axis shows them as they are.
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        NumberAxis contacts = new NumberAxis("Contacts");
        contacts.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer actualRenderer = new XYLineAndShapeRenderer(true, false);
        actualRenderer.setSeriesPaint(0, new Color(0x3b, 0x6e, 0xa5));
        actualRenderer.setSeriesPaint(1, new Color(0x2e, 0x8b, 0x57));
        actualRenderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] { 6, 3 }, 0));
        XYSeriesCollection measured = new XYSeriesCollection(actuals);
        measured.addSeries(fitted);
        plot = new XYPlot(measured, time, contacts, actualRenderer);
        // The fitted line over the actuals, where it would otherwise hide behind them.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        DeviationRenderer forecastRenderer = new DeviationRenderer(true, false);
        forecastRenderer.setSeriesPaint(0, new Color(0xd9, 0x6c, 0x1c));
        forecastRenderer.setSeriesFillPaint(0, new Color(0xf2, 0xb2, 0x7e));
        forecastRenderer.setSeriesStroke(0, new BasicStroke(1.5f));
        forecastRenderer.setAlpha(0.4f);
        YIntervalSeriesCollection forecasts = new YIntervalSeriesCollection();
        forecasts.addSeries(forecast);
        plot.setDataset(1, forecasts);
        plot.setRenderer(1, forecastRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The mouse wheel zooms the time axis around the pointer. */
    private void wheelZoom(ChartComposite composite) {
        List<Control> targets = new java.util.ArrayList<>(List.of(composite.getChildren()));
        targets.add(composite);
        for (Control target : targets) {
            target.addListener(SWT.MouseVerticalWheel, this::wheel);
        }
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

    void showQueue(String queue) {
        BusyIndicator.showWhile(chartComposite.getDisplay(), () -> view = editor.view(queue));
        if (!queue.equals(queueCombo.getText())) {
            queueCombo.select(queueCombo.indexOf(queue));
        }
        plot.clearDomainMarkers();
        for (LocalDate[] run : view.liftedDays) {
            IntervalMarker marker = new IntervalMarker(millis(RowTable.epochMinute(run[0].atStartOfDay())),
                    millis(RowTable.epochMinute(run[1].plusDays(1).atStartOfDay())));
            marker.setPaint(new Color(0xff, 0xd5, 0x80));
            marker.setAlpha(0.45f);
            marker.setLabel("Campaign lift");
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        forecastLabel.setText(describe(view));
        fillAccuracy(view);
        int[] span = view.span();
        viewTo = span[1];
        viewFrom = Math.max(span[0], viewTo - (365 + 7 * QueueView.FORECAST_WEEKS) * Buckets.DAY);
        refresh();
        forecastLabel.getParent().layout(true, true);
    }

    private static String describe(QueueView view) {
        if (view.result == null) {
            return view.problem;
        }
        String text = "Forecast of the next " + QueueView.FORECAST_WEEKS + " weeks by " + view.result.method()
                + " (chosen by backtest), with its 80% band; fitted: its forecasts one week ahead over the last "
                + Forecaster.BACKTEST_WEEKS + " weeks";
        if (!view.liftedDays.isEmpty()) {
            text += "; the lift of past campaigns (shaded) is taken out of the history before fitting";
        }
        return text + ".";
    }

    private void fillAccuracy(QueueView view) {
        accuracyTable.removeAll();
        if (view.result == null) {
            return;
        }
        boolean first = true;
        for (Accuracy accuracy : view.result.accuracies()) {
            TableItem item = new TableItem(accuracyTable, SWT.NONE);
            item.setText(new String[] { accuracy.method(), percent(accuracy.intervalWmape(), accuracy, false),
                    percent(accuracy.intervalBias(), accuracy, true), percent(accuracy.dayWmape(), accuracy, false),
                    percent(accuracy.dayBias(), accuracy, true) });
            if (first) {
                item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
                first = false;
            }
        }
        for (TableColumn column : accuracyTable.getColumns()) {
            column.pack();
        }
        // Combinations have long names: the column stays narrow, the chosen method is also named above the chart.
        TableColumn method = accuracyTable.getColumn(0);
        method.setWidth(Math.min(method.getWidth(), 200));
    }

    private static String percent(double value, Accuracy accuracy, boolean signed) {
        if (!accuracy.measured() || Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, signed ? "%+.1f%%" : "%.1f%%", 100 * value);
    }

    private void zoomToDays(int days) {
        int center = viewFrom + (viewTo - viewFrom) / 2;
        setView(center - days * Buckets.DAY / 2, center + days * Buckets.DAY / 2 + days * Buckets.DAY % 2);
    }

    /** Scales the range in view by the factor, keeping the point at {@code anchor} (0 left, 1 right) in place. */
    void zoom(double factor, double anchor) {
        long length = viewTo - viewFrom;
        long scaled = Math.max(Buckets.DAY, Math.round(length * factor));
        int fixed = (int) (viewFrom + Math.round(length * anchor));
        setView((int) (fixed - Math.round(scaled * anchor)), (int) (fixed - Math.round(scaled * anchor) + scaled));
    }

    void showAll() {
        if (view != null) {
            int[] span = view.span();
            setView(span[0], span[1]);
        }
    }

    /** Shows [from, to), at least a day, moved inside the history and forecast when it runs over. */
    void setView(int from, int to) {
        if (view == null) {
            return;
        }
        int[] span = view.span();
        int length = Math.max(Buckets.DAY, Math.min(to - from, span[1] - span[0]));
        if (from < span[0]) {
            from = span[0];
        }
        if (from + length > span[1]) {
            from = Math.max(span[0], span[1] - length);
        }
        viewFrom = from;
        viewTo = from + length;
        refresh();
    }

    /** Sums actuals and forecast of the range in view to as many points as the chart's width shows. */
    void refresh() {
        if (view == null || chartComposite == null || chartComposite.isDisposed()) {
            return;
        }
        int width = Math.max(chartComposite.getSize().x, 300);
        bucket = Buckets.choose(viewTo - viewFrom, view.intervalMinutes, width / PIXELS_PER_POINT);
        // One bucket of margin either side so that lines run to the edges.
        int from = Buckets.start(viewFrom, bucket) - bucket;
        int to = viewTo + bucket;
        double[][] sums = Buckets.sum(view.starts, view.offered, bucket, from, to);
        actuals.setNotify(false);
        actuals.clear();
        for (int i = 0; i < sums[0].length; i++) {
            actuals.add(millis((int) sums[0][i]), sums[1][i], false);
        }
        actuals.setNotify(true);
        double[][] fit = Buckets.sum(view.fittedStarts, view.fitted, bucket, from, to);
        fitted.setNotify(false);
        fitted.clear();
        for (int i = 0; i < fit[0].length; i++) {
            fitted.add(millis((int) fit[0][i]), fit[1][i], false);
        }
        fitted.setNotify(true);
        double[][] mean = Buckets.sum(view.forecastStarts, view.forecast, bucket, from, to);
        double[][] low = Buckets.sum(view.forecastStarts, view.lower, bucket, from, to);
        double[][] high = Buckets.sum(view.forecastStarts, view.upper, bucket, from, to);
        forecast.setNotify(false);
        forecast.clear();
        for (int i = 0; i < mean[0].length; i++) {
            forecast.add(millis((int) mean[0][i]), mean[1][i], low[1][i], high[1][i]);
        }
        forecast.setNotify(true);
        plot.getRangeAxis().setLabel(Buckets.label(bucket));
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setRange(millis(viewFrom), millis(viewTo));
    }

    private static double millis(int epochMinute) {
        return epochMinute * 60_000d;
    }

    ChartComposite getChartComposite() {
        return chartComposite;
    }

    Table getAccuracyTable() {
        return accuracyTable;
    }

    /** The bucket the chart sums to, in minutes. */
    int bucket() {
        return bucket;
    }

    /** The range in view, minutes since 1970. */
    int[] viewRange() {
        return new int[] { viewFrom, viewTo };
    }

    XYSeries actualSeries() {
        return actuals;
    }

    XYSeries fittedSeries() {
        return fitted;
    }

    YIntervalSeries forecastSeries() {
        return forecast;
    }

    QueueView queueView() {
        return view;
    }
}
