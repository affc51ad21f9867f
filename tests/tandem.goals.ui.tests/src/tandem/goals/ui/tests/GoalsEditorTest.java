package tandem.goals.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.goals.model.Goal;
import tandem.goals.model.Metric;
import tandem.goals.model.smart.Criterion;
import tandem.goals.ui.internal.GoalsEditor;
import tandem.goals.ui.internal.GoalsPage;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A service leader turns "we want better service" into a SMART goal in the running workbench: the SMART indicator
 * says what each criterion still needs, and every field filled in (or undone) shows in it at once.
 */
class GoalsEditorTest {

    private IProject project;

    @BeforeEach
    void createProjectWithSetup() throws Exception {
        project = PlanProjects.open("plans");
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        Resource resource = PlanDocuments.createResourceSet().createResource(
                URI.createPlatformResourceURI(project.getFile("acme.center").getFullPath().toString(), true));
        resource.getContents().add(center);
        PlanDocuments.save(resource);
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void aWishBecomesASmartGoalFieldByField() throws Exception {
        GoalsEditor editor = createWithWizard("service.goals");
        Composite pages = editor.getPageContainer();
        GoalsPage page = (GoalsPage) editor.findPage(GoalsPage.ID);
        Table goals = Ui.table(pages, "Goals");
        Ui.click(Ui.button(Ui.section(pages, "Goals"), "Add"));
        Ui.type(Ui.cellEditor(goals), "Billing FCR");
        Goal goal = editor.getGoalSet().getGoals().get(0);
        assertEquals("Billing FCR", goal.getName());

        for (Criterion criterion : Criterion.values()) {
            awaitVerdict(page, criterion, false);
        }
        assertEquals("no statement: say what should change, where and by how much", line(page, Criterion.SPECIFIC));
        assertEquals("needs a baseline, a numeric target, a unit and a data source",
                line(page, Criterion.MEASURABLE));
        assertEquals("no deadline: give the date by which the target is reached", line(page, Criterion.TIME_BOUND));
        assertEquals("no owner: name the person who answers for the goal", line(page, Criterion.OWNED));

        Ui.type(Ui.text(pages, "Statement:"), "Improve customer service");
        Ui.choose(Ui.combo(pages, "Metric:"), "first contact resolution");
        assertEquals(Metric.FIRST_CONTACT_RESOLUTION, goal.getMetric());
        awaitLine(page, Criterion.SPECIFIC, "no scope: link the queues, channels or campaigns it covers");
        Ui.check(Ui.table(pages, "Queues"), "Billing", true);
        awaitLine(page, Criterion.SPECIFIC, "'Improve customer service' is vague: it names no metric and no number");
        awaitLine(page, Criterion.RELEVANT, "serves queue 'Billing'");
        Ui.type(Ui.text(pages, "Statement:"), "Raise first contact resolution on billing calls from 70% to 80%");
        awaitLine(page, Criterion.SPECIFIC, "first contact resolution for queue 'Billing'");
        awaitVerdict(page, Criterion.SPECIFIC, true);

        Ui.type(Ui.text(pages, "Unit:"), "%");
        Ui.type(Ui.text(pages, "Baseline:"), "70");
        Ui.type(Ui.text(pages, "Target:"), "80");
        Ui.type(Ui.text(pages, "Measured by:"), "ACD report");
        awaitLine(page, Criterion.MEASURABLE, "from 70% to 80%, measured by ACD report");

        LocalDate today = LocalDate.now();
        LocalDate deadline = today.plusMonths(6);
        Ui.type(Ui.text(pages, "Deadline:"), deadline.toString());
        awaitVerdict(page, Criterion.TIME_BOUND, true);
        awaitLine(page, Criterion.ACHIEVABLE,
                "needs 1.7 points a month, within the 5 points a month first contact resolution usually moves");
        Ui.type(Ui.text(pages, "Owner:"), "Dana Reyes");
        awaitLine(page, Criterion.OWNED, "owned by Dana Reyes");
        for (Criterion criterion : Criterion.values()) {
            awaitVerdict(page, criterion, true);
        }

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        awaitVerdict(page, Criterion.OWNED, false);
        assertEquals("", Ui.text(pages, "Owner:").getText(), "Undo empties the owner field");
        Ui.executeCommand("org.eclipse.ui.edit.redo");
        awaitVerdict(page, Criterion.OWNED, true);

        Table readings = Ui.table(pages, "Readings");
        Ui.click(Ui.button(Ui.section(pages, "Readings"), "Add"));
        Ui.type(Ui.cellEditor(readings), today.minusMonths(2).toString());
        Ui.type(Ui.text(pages, "Reading value:"), "72");
        Ui.click(Ui.button(Ui.section(pages, "Readings"), "Add"));
        Ui.type(Ui.cellEditor(readings), today.minusMonths(1).toString());
        Ui.type(Ui.text(pages, "Reading value:"), "75");
        assertEquals(2, goal.getReadings().size());
        assertEquals(75, goal.getReadings().get(1).getValue());
        Ui.waitUntil("the chart plots both readings", () -> page.chartedReadings() == 2);
        assertEquals(80.0, page.chartedTarget(), "the chart draws the target line");
        assertEquals(java.util.List.of(today.minusMonths(2) + " 72.0", today.minusMonths(1) + " 75.0"), page.chartedPoints(),
                "JFreeChart's dataset holds the readings in date order");
        assertEquals(today.minusMonths(1) + ": 75", page.chartTooltip(1));
        assertEquals("org.jfree.chart.swt.ChartComposite", page.chartControl().getClass().getName());
        assertTrue(page.chartControl().getSize().y >= 300, "a chart one can read: " + page.chartControl().getSize());
        Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.pump();
        Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "goals-chart.png"));
        Label progress = Ui.findOne(pages, Label.class, l -> "Progress".equals(l.getData("name")), "progress");
        Ui.waitUntil("the progress is shown", () -> progress.getText().startsWith("50% of the way from 70 to 80."));
        assertTrue(progress.getText().endsWith("on track."), progress.getText());

        Ui.executeCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        String saved = Files.readString(project.getFile("service.goals").getLocation().toFile().toPath());
        assertTrue(saved.contains("statement=\"Raise first contact resolution on billing calls from 70% to 80%\""),
                saved);
        assertTrue(saved.contains("acme.center#"), "the queue is referenced in its own file: " + saved);
    }

    private static String line(GoalsPage page, Criterion criterion) {
        return page.smartLine(criterion).getText();
    }

    private static void awaitLine(GoalsPage page, Criterion criterion, String text) {
        Ui.waitUntil(criterion.label() + " reads '" + text + "' (it reads '" + line(page, criterion) + "')",
                () -> text.equals(line(page, criterion)));
    }

    private static void awaitVerdict(GoalsPage page, Criterion criterion, boolean passed) {
        Ui.waitUntil(criterion.label() + (passed ? " passes" : " fails"),
                () -> Boolean.valueOf(passed).equals(page.smartLine(criterion).getData("passed")));
    }

    private GoalsEditor createWithWizard(String fileName) {
        return PlanProjects.createWithWizard("tandem.goals.ui.newGoalSet", project, fileName, GoalsEditor.class);
    }
}
