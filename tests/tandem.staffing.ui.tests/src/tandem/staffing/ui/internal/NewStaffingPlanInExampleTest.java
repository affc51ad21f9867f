package tandem.staffing.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.checks.Severity;
import tandem.samples.SamplePlans;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * In the example project, whose setup is {@code meadowlark.center}, the New Staffing Plan wizard offers the setup's
 * queues, creates no second setup, and the plan it creates passes the project's checks.
 */
class NewStaffingPlanInExampleTest {

    private IProject project;

    @BeforeEach
    void writeExample() throws Exception {
        project = PlanProjects.open("example");
        SamplePlans.writeTo(Path.of(project.getLocationURI()));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void theWizardOffersTheSetupsQueuesAndCreatesAPlanWithoutErrors() throws Exception {
        Shell shell = PlanProjects.openNewWizard("tandem.staffing.ui.newStaffingPlan", project);
        Ui.type(Ui.text(shell, "File name:"), "chat-2027.staffing");
        Ui.click(Ui.button(shell, "Next >"));
        Combo queue = Ui.findOne(shell, Combo.class, c -> "Queue".equals(c.getData("name")), "queue choice");
        assertTrue(queue.isVisible(), "the setup's queues are offered");
        assertEquals(4, queue.getItemCount(), List.of(queue.getItems()).toString());
        assertTrue(List.of(queue.getItems()).stream().allMatch(item -> item.endsWith("(meadowlark.center)")),
                List.of(queue.getItems()).toString());
        assertFalse(Ui.findAll(shell, Label.class, l -> l.isVisible()).stream()
                .anyMatch(l -> l.getText().contains("New queue")), "the page does not ask for a new queue");
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the staffing editor is open", () -> Ui.page().getActiveEditor() instanceof StaffingEditor);

        StaffingPlan plan = ((StaffingEditor) Ui.page().getActiveEditor()).getPlan();
        assertEquals("meadowlark.center", plan.getQueue().eResource().getURI().lastSegment());
        assertFalse(project.getFile(NewStaffingPlanWizard.NEW_SETUP).exists(), "no second setup");
        long setups = java.util.Arrays.stream(project.members())
                .filter(r -> "center".equals(r.getFileExtension())).count();
        assertEquals(1, setups, "one setup in the project");

        CheckReport report = new CheckRunner(Checklists.all(), CheckSettings.defaults(), SamplePlans.AS_OF)
                .run(PlanSets.loadAll(List.of(Path.of(project.getLocationURI()))));
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.elementUri() != null && f.elementUri().toString().contains("chat-2027.staffing"))
                .toList();
        assertEquals(List.of(), errors.stream().map(Finding::message).toList(), "the new plan passes the checks");
    }

    @Test
    void anUnreadableSetupIsReportedAndNotReplaced() throws Exception {
        java.nio.file.Files.writeString(Path.of(project.getFile(SamplePlans.SETUP_FILE).getLocationURI()),
                "<not a setup");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Shell shell = PlanProjects.openNewWizard("tandem.staffing.ui.newStaffingPlan", project);
        Ui.type(Ui.text(shell, "File name:"), "chat-2027.staffing");
        Ui.click(Ui.button(shell, "Next >"));
        org.eclipse.jface.wizard.WizardDialog dialog = (org.eclipse.jface.wizard.WizardDialog) shell.getData();
        String message = dialog.getCurrentPage().getErrorMessage();
        assertTrue(message != null && message.contains("meadowlark.center"), String.valueOf(message));
        assertFalse(Ui.button(shell, "Finish").isEnabled(), "no plan without the setup's queue");
        assertFalse(Ui.findOne(shell, org.eclipse.swt.widgets.Text.class,
                t -> "Queue name".equals(t.getData("name")), "queue name").isVisible(), "no new queue offered");
        shell.close();
        Ui.pump();
        assertFalse(project.getFile(NewStaffingPlanWizard.NEW_SETUP).exists(), "no second setup");
    }

    @Test
    void theWizardProposesTheDefaultsOfThePreferences() throws Exception {
        tandem.core.ui.preferences.TandemPreferences.instance()
                .putDouble(tandem.core.ui.preferences.TandemPreferences.NEW_PLAN_SHRINKAGE, 25);
        try {
            Shell shell = PlanProjects.openNewWizard("tandem.staffing.ui.newStaffingPlan", project);
            Ui.type(Ui.text(shell, "File name:"), "chat-2027.staffing");
            Ui.click(Ui.button(shell, "Next >"));
            assertEquals("25", Ui.text(shell, "Shrinkage:").getText());
            assertEquals("80", Ui.text(shell, "Service level target:").getText());
            Ui.type(Ui.text(shell, "Shrinkage:"), "75");
            org.eclipse.jface.wizard.WizardDialog dialog = (org.eclipse.jface.wizard.WizardDialog) shell.getData();
            assertEquals("The shrinkage must be between 1 and 60, was 75", dialog.getCurrentPage().getErrorMessage());
            assertFalse(Ui.button(shell, "Finish").isEnabled());
            shell.close();
            Ui.pump();
        } finally {
            tandem.core.ui.preferences.TandemPreferences.instance()
                    .remove(tandem.core.ui.preferences.TandemPreferences.NEW_PLAN_SHRINKAGE);
        }
    }
}
