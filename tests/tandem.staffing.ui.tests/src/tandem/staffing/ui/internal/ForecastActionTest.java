package tandem.staffing.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.importer.CsvSource;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.importer.ImportSettings;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * Staffing > Forecast...: the dialog shows history, method and accuracy, Fill Baseline sets every interval's
 * baseline and bounds as one command, and one Undo restores the plan.
 */
class ForecastActionTest {

    /** Six weeks of history before it, weekdays 08:00-09:45 in quarter hours. */
    private static final LocalDate PLAN_MONDAY = LocalDate.of(2027, 3, 15);

    private IProject project;
    private Queue billing;
    private ResourceSet set;

    @BeforeEach
    void createProject() throws Exception {
        project = PlanProjects.open("forecasting");
        set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        save("acme.center", center);

        StringBuilder csv = new StringBuilder("queue,start,offered\n");
        for (LocalDate day = PLAN_MONDAY.minusWeeks(6); day.isBefore(PLAN_MONDAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int slot = 0; slot < 8; slot++) {
                LocalDateTime start = day.atTime(8, 0).plusMinutes(15L * slot);
                csv.append("Billing,").append(start).append(',').append(20 + slot + day.getDayOfWeek().getValue())
                        .append('\n');
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

    @Test
    void forecastFillsTheBaselineAsOneUndoableCommand() throws Exception {
        StaffingPlan created = StaffingPlans.create("Billing week", billing, 15, PLAN_MONDAY, PLAN_MONDAY.plusDays(4));
        created.setAhtSeconds(180);
        int eight = 32; // Monday 08:00 in quarter hours from midnight
        created.getIntervals().get(eight).setBaseline(3);
        IFile file = save("billing.staffing", created);
        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.pump();
        StaffingEditor editor = assertInstanceOf(StaffingEditor.class, part);
        StaffingPlan plan = editor.getPlan();
        StaffingInterval mondayEight = plan.getIntervals().get(eight);

        String[] shown = new String[1];
        Ui.inDialog(ForecastDialog.TITLE, () -> Ui.executeCommand(ForecastBaselineHandler.COMMAND), shell -> {
            assertEquals("acd.history", Ui.combo(shell, "History").getText());
            assertEquals("auto", Ui.combo(shell, "Method").getText());
            shown[0] = Ui.findOne(shell, Label.class, l -> "Result".equals(l.getData("name")), "the result")
                    .getText();
            // The whole result shows, its last line (the open intervals) too; nothing else is clipped either.
            assertEquals(List.of(), tandem.test.support.ui.Layouts.clipped(shell, shell.getDisplay().getBounds()));
            // The picture of the dialog in docs/USER-GUIDE.md comes from here.
            Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "forecast-dialog.png"));
            Ui.click(Ui.button(shell, "Fill Baseline"));
        });
        assertTrue(shown[0].startsWith("Method: mean("), shown[0]);
        assertTrue(shown[0].contains("Backtest: wMAPE 0.0% per interval"), shown[0]);
        assertTrue(shown[0].contains("40 open intervals"), shown[0]);

        // Monday 08:00 was 20 + 0 + 1 every week.
        assertEquals(21, mondayEight.getBaseline(), 1e-6);
        assertTrue(mondayEight.getLowerBound() <= 21 && mondayEight.getUpperBound() >= 21, mondayEight.toString());
        assertEquals(0, plan.getIntervals().get(eight + 8).getBaseline(), 1e-9, "10:00 is closed: no contacts");
        assertEquals("Forecast baseline of 480 intervals",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        assertTrue(editor.isDirty());

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(3, mondayEight.getBaseline(), 1e-9, "one Undo restores the plan");
        assertFalse(mondayEight.eIsSet(StaffingPackage.Literals.STAFFING_INTERVAL__UPPER_BOUND));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
        Ui.page().closeEditor(editor, false);
    }
}
