package tandem.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import tandem.core.ui.editors.PlanEditor;
import tandem.samples.SamplePlans;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.ui.Ui;

/**
 * The example's year of contact history in the product: the history editor shows Sales with its fitted line,
 * forecast and the weeks last autumn's promotion lifted shaded; the Sales staffing plan's Forecast... fills the
 * baseline of 2027 from it as one command, and Undo takes it back.
 */
class ExampleForecastTest {

    private static final String FORECAST_COMMAND = "tandem.staffing.ui.forecastBaseline";
    private static final String FORECAST_DIALOG = "Forecast Baseline";
    private static final EAttribute UPPER_BOUND = StaffingPackage.Literals.STAFFING_INTERVAL__UPPER_BOUND;

    @Test
    void theHistoryEditorShowsTheExamplesYearWithTheFittedLineAndThePastPromotionShaded() throws Exception {
        Ui.waitUntil("the example project is there", 120, () -> ExampleWorkbench.project().isAccessible());
        ExampleWorkbench.project().refreshLocal(IResource.DEPTH_INFINITE, null);
        ExampleWorkbench.fillTheScreen();
        PlanEditor editor = ExampleWorkbench.openFromProjectExplorer(SamplePlans.HISTORY_FILE);
        Ui.page().setPartState(Ui.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.pump();
        Composite root = (Composite) editor.getActivePageInstance().getPartControl();
        assertEquals(List.of("Billing", "General", "Sales", "Technical Support"),
                Arrays.asList(Ui.combo(root, "Queue").getItems()));
        Ui.choose(Ui.combo(root, "Queue"), "Sales");
        Ui.pump();
        ChartComposite chart = Ui.findOne(root, ChartComposite.class, c -> true, "the chart");
        XYPlot plot = chart.getChart().getXYPlot();
        Collection<?> shaded = plot.getDomainMarkers(Layer.BACKGROUND);
        // The email blast's week, then the mail drop's and the reminder's weeks (one run over the Sunday between).
        assertEquals(2, shaded == null ? 0 : shaded.size(), "the weeks Autumn Upgrade 2026 lifted Sales are shaded");
        List<String> legend = new ArrayList<>();
        LegendItemCollection items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertTrue(legend.stream().anyMatch(l -> l.startsWith("Actual")), legend.toString());
        assertTrue(legend.stream().anyMatch(l -> l.startsWith("Fitted")), legend.toString());
        assertTrue(legend.stream().anyMatch(l -> l.startsWith("Forecast")), legend.toString());
        String forecast = Ui.findOne(root, Label.class, l -> "Forecast".equals(l.getData("name")), "the forecast")
                .getText();
        assertTrue(forecast.contains("lift of past campaigns (shaded) is taken out"), forecast);
        // The picture of the example's history in docs/USER-GUIDE.md.
        ExampleWorkbench.screenshot("example-history-editor");
        Ui.page().setPartState(Ui.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        Ui.page().closeEditor(editor, false);
    }

    @Test
    void forecastFillsTheSalesPlansBaselineFromTheHistoryAndUndoTakesItBack() throws Exception {
        Ui.waitUntil("the example project is there", 120, () -> ExampleWorkbench.project().isAccessible());
        ExampleWorkbench.project().refreshLocal(IResource.DEPTH_INFINITE, null);
        PlanEditor editor = ExampleWorkbench.openFromProjectExplorer(ExampleWorkbench.STAFFING_FILE);
        StaffingPlan plan = (StaffingPlan) editor.getRoot();
        LocalDateTime tuesdayTen = LocalDateTime.of(2027, 3, 2, 10, 0);
        StaffingInterval interval = plan.getIntervals().stream().filter(i -> tuesdayTen.equals(i.getStart()))
                .findFirst().orElseThrow();
        double typed = interval.getBaseline();
        assertFalse(interval.eIsSet(UPPER_BOUND), "the example's baseline is typed, without bounds");

        String[] shown = new String[1];
        Ui.inDialog(FORECAST_DIALOG, () -> Ui.executeCommand(FORECAST_COMMAND), shell -> {
            assertEquals(SamplePlans.HISTORY_FILE, Ui.combo(shell, "History").getText());
            assertEquals("auto", Ui.combo(shell, "Method").getText());
            shown[0] = Ui.findOne(shell, Label.class, l -> "Result".equals(l.getData("name")), "the result")
                    .getText();
            ExampleWorkbench.screenshot("example-forecast-dialog");
            Ui.click(Ui.button(shell, "Fill Baseline"));
        });
        assertTrue(shown[0].startsWith("Method: "), shown[0]);
        assertTrue(shown[0].contains("Backtest: wMAPE"), shown[0]);
        double forecast = interval.getBaseline();
        assertTrue(interval.eIsSet(UPPER_BOUND) && interval.getUpperBound() >= forecast, interval.toString());
        // A Tuesday at 10:00 in March: about 900 x 1.05 (Tuesday) x 1.15 / 10.1 / 2 (the half hour), some 54 contacts.
        assertTrue(forecast > 40 && forecast < 70, "Sales on " + tuesdayTen + ": " + forecast);
        assertEquals("Forecast baseline of " + plan.getIntervals().size() + " intervals",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        ExampleWorkbench.screenshot("example-forecast-filled");

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.pump();
        assertEquals(typed, interval.getBaseline(), 1e-9, "one Undo restores the typed baseline");
        assertFalse(interval.eIsSet(UPPER_BOUND));
        assertFalse(editor.isDirty(), "nothing left to save");
        Ui.page().closeEditor(editor, false);
    }
}
