package tandem.history.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.forecast.Forecaster;
import tandem.forecast.methods.ForecastMethod;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.importer.CsvSource;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.importer.ImportSettings;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * The history editor opens a .history file on its chart and accuracy table, switches queues, zooms from the whole
 * history to a day, and shades the days a past campaign lifted the queue.
 */
class HistoryEditorTest {

    /** Eight weeks of weekdays, 08:00-11:45 in quarter hours. */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 1, 4);
    private static final int WEEKS = 8;
    private static final int SLOTS = 16;
    /** A Wednesday in the history when the spring mailing arrived. */
    private static final LocalDate DROP_DAY = FIRST_MONDAY.plusWeeks(3).plusDays(2);

    private IProject project;
    private ResourceSet set;
    private double billingTotal;
    private double salesTotal;

    @BeforeEach
    void createProject() throws Exception {
        project = PlanProjects.open("history-editor");
        set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        Queue billing = queue(center, "Billing");
        queue(center, "Sales");
        save("acme.center", center);

        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring");
        Campaign spring = CampaignFactory.eINSTANCE.createCampaign();
        spring.setName("Spring mailing");
        spring.setStartDate(DROP_DAY);
        spring.setEndDate(DROP_DAY.plusDays(6));
        spring.getQueues().add(billing);
        Drop drop = CampaignFactory.eINSTANCE.createDrop();
        drop.setName("Mailing");
        drop.setKind(DropKind.MAIL);
        drop.setDate(DROP_DAY);
        drop.setAudienceSize(20_000);
        drop.setResponseRate(0.01); // 200 contacts, all on the drop day
        spring.getDrops().add(drop);
        calendar.getCampaigns().add(spring);
        save("spring.campaigns", calendar);

        StringBuilder csv = new StringBuilder("queue,start,offered\n");
        for (LocalDate day = FIRST_MONDAY; day.isBefore(FIRST_MONDAY.plusWeeks(WEEKS)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                continue;
            }
            for (int slot = 0; slot < SLOTS; slot++) {
                LocalDateTime start = day.atTime(8, 0).plusMinutes(15L * slot);
                // A little noise, so that the backtest has errors and the forecast a band.
                int noise = (day.getDayOfYear() * 7 + slot * 3) % 5;
                int billingCount = 20 + slot + day.getDayOfWeek().getValue() + noise + (day.equals(DROP_DAY) ? 12 : 0);
                csv.append("Billing,").append(start).append(',').append(billingCount).append('\n');
                csv.append("Sales,").append(start).append(",5\n");
                billingTotal += billingCount;
                salesTotal += 5;
            }
        }
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setName("ACD");
        history.setIntervalMinutes(15);
        HistoryImports.apply(history, HistoryImports.read(null,
                List.of(CsvSource.of("acd.csv", new StringReader(csv.toString()))),
                new ImportSettings(15, null, null, null)));
        save("acd.history", history);
    }

    private static Queue queue(ContactCenter center, String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(Channel.PHONE);
        center.getQueues().add(queue);
        return queue;
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    private IFile save(String name, EObject root) throws Exception {
        IFile file = project.getFile(name);
        Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    /**
     * GTK printed a "Gtk-CRITICAL gtk_box_gadget_distribute" at every opening of a history: the accuracy table,
     * filled while still 0x0, had its scroll bars in no room when the page got its size.
     */
    @Test
    void openingTheEditorSqueezesNoScrollBar() throws Exception {
        List<String> squeezed;
        try (tandem.test.support.ui.Layouts.SqueezeWatch watch = tandem.test.support.ui.Layouts
                .watchSqueezedScrollBars(Ui.display())) {
            IDE.openEditor(Ui.page(), project.getFile("acd.history"));
            Ui.pump();
            squeezed = watch.squeezed();
        }
        assertEquals(List.of(), squeezed, "lists and tables laid out smaller than their scroll bars");
    }

    @Test
    void showsTheChartAndTheAccuracyOfEveryMethodPerQueueAndZoomsFromAllToADay() throws Exception {
        IEditorPart part = IDE.openEditor(Ui.page(), project.getFile("acd.history"));
        Ui.pump();
        HistoryEditor editor = assertInstanceOf(HistoryEditor.class, part);
        HistoryPage page = assertInstanceOf(HistoryPage.class, editor.getActivePageInstance());
        Composite root = (Composite) page.getPartControl();

        ChartComposite chart = Ui.findOne(root, ChartComposite.class, c -> true, "the chart");
        assertTrue(chart.isVisible() && chart.getSize().x > 200, "the chart is shown: " + chart.getSize());
        assertEquals(List.of("Billing", "Sales"), Arrays.asList(Ui.combo(root, "Queue").getItems()));
        assertEquals("Billing", Ui.combo(root, "Queue").getText());

        // The accuracy table: every candidate method of automatic selection, the chosen one first.
        Table accuracy = Ui.table(root, "Accuracy");
        assertEquals(List.of("Method", "Interval wMAPE", "Interval bias", "Day wMAPE", "Day bias"),
                Arrays.stream(accuracy.getColumns()).map(c -> c.getText()).toList());
        List<String> methods = Arrays.stream(accuracy.getItems()).map(i -> i.getText(0)).toList();
        Collection<String> candidates = Forecaster.candidates().stream().map(ForecastMethod::id)
                .collect(Collectors.toList());
        assertTrue(methods.containsAll(candidates), methods + " lists " + candidates);
        assertNotNull(page.queueView().result);
        assertEquals(page.queueView().result.method(), methods.get(0), "the chosen method comes first");
        assertTrue(accuracy.getItem(0).getText(1).matches("\\d+\\.\\d%"), accuracy.getItem(0).getText(1));
        assertTrue(accuracy.getItem(0).getText(2).matches("[+-]\\d+\\.\\d%"), accuracy.getItem(0).getText(2));

        // Eight weeks and the forecast fit in view: summed per day, every contact is in the chart.
        assertEquals(Buckets.DAY, page.bucket());
        assertEquals(billingTotal, sum(page), 1e-6);
        assertTrue(page.forecastSeries().getItemCount() >= 4 * 5, "four weeks of forecast days are drawn");
        // The fitted line: the chosen method's one-week-ahead backtest forecasts, per day like the actuals.
        List<tandem.forecast.Fitted> fitted = page.queueView().result.fitted();
        assertTrue(fitted.size() > 0, "the chosen method has fitted values");
        double fittedTotal = fitted.stream().mapToDouble(tandem.forecast.Fitted::value).sum();
        double drawn = 0;
        for (int i = 0; i < page.fittedSeries().getItemCount(); i++) {
            drawn += page.fittedSeries().getY(i).doubleValue();
        }
        assertEquals(fittedTotal, drawn, 1e-6, "every fitted value is drawn");
        assertTrue(page.getChartComposite().getChart().getLegend() != null
                && page.getChartComposite().getChart().getXYPlot().getLegendItems().getItemCount() >= 3,
                "actual, fitted and forecast have legend entries");
        assertEquals(List.of(DROP_DAY), page.queueView().liftedDays.stream().map(run -> run[0]).toList());
        assertEquals(1, page.getChartComposite().getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND).size(),
                "the campaign's lift is shaded");
        // The picture in docs/USER-GUIDE.md: the editor maximized.
        Ui.page().setPartState(Ui.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.pump();
        assertEquals(billingTotal, sum(page), 1e-6, "summed again for the wider chart");
        Ui.screenshot(Path.of("target", "screenshots", "history-editor.png"));
        Ui.page().setPartState(Ui.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        Ui.pump();

        // Another queue: its own actuals, no campaign lifted it.
        Ui.choose(Ui.combo(root, "Queue"), "Sales");
        assertEquals("Sales", page.queueView().queue);
        assertEquals(salesTotal, sum(page), 1e-6);
        Collection<?> markers = page.getChartComposite().getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        assertTrue(markers == null || markers.isEmpty(), "no campaign lifted Sales");
        assertTrue(Ui.table(root, "Accuracy").getItemCount() >= candidates.size());

        // Zoom to a day: the chart shows quarter hours.
        Ui.click(Ui.button(root, "Day"));
        assertEquals(Buckets.DAY, page.viewRange()[1] - page.viewRange()[0]);
        assertEquals(15, page.bucket());
        assertTrue(page.actualSeries().getItemCount() <= SLOTS + 2, "a day's intervals, one either side at most");

        // The mouse wheel zooms out around the pointer, back in view: hours.
        Control canvas = chart.getChildren().length > 0 ? chart.getChildren()[0] : chart;
        Event wheel = new Event();
        wheel.count = -3;
        wheel.x = canvas.getSize().x / 2;
        for (int i = 0; i < 8; i++) {
            canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        }
        int length = page.viewRange()[1] - page.viewRange()[0];
        assertTrue(length > 5 * Buckets.DAY, "zoomed out to " + length + " minutes");

        // All again: summed per day.
        Ui.click(Ui.button(root, "All"));
        assertEquals(Buckets.DAY, page.bucket());
        assertEquals(salesTotal, sum(page), 1e-6);
        Ui.page().closeEditor(editor, false);
    }

    @Test
    void aHistoryTooShortToForecastShowsItsActualsAndSaysWhatIsMissing() throws Exception {
        StringBuilder csv = new StringBuilder("queue,start,offered\n");
        double total = 0;
        for (int day = 0; day < 5; day++) {
            for (int slot = 0; slot < SLOTS; slot++) {
                csv.append("Billing,").append(FIRST_MONDAY.plusDays(day).atTime(8, 0).plusMinutes(15L * slot))
                        .append(',').append(10 + slot).append('\n');
                total += 10 + slot;
            }
        }
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setName("Short");
        history.setIntervalMinutes(15);
        HistoryImports.apply(history, HistoryImports.read(null,
                List.of(CsvSource.of("short.csv", new StringReader(csv.toString()))),
                new ImportSettings(15, null, null, null)));
        IFile file = save("short.history", history);

        HistoryEditor editor = assertInstanceOf(HistoryEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.pump();
        HistoryPage page = assertInstanceOf(HistoryPage.class, editor.getActivePageInstance());
        Composite root = (Composite) page.getPartControl();
        String shown = Ui.findOne(root, org.eclipse.swt.widgets.Label.class, l -> "Forecast".equals(l.getData("name")),
                "the forecast line").getText();
        assertTrue(shown.startsWith("No forecast: Billing") && shown.contains("two weeks"), shown);
        assertEquals(0, Ui.table(root, "Accuracy").getItemCount(), "no backtest, no accuracy");
        assertEquals(0, page.forecastSeries().getItemCount());
        assertEquals(total, sum(page), 1e-6, "the actuals are still shown");
        Ui.page().closeEditor(editor, false);
    }

    private static double sum(HistoryPage page) {
        double total = 0;
        for (int i = 0; i < page.actualSeries().getItemCount(); i++) {
            total += page.actualSeries().getY(i).doubleValue();
        }
        return total;
    }
}
