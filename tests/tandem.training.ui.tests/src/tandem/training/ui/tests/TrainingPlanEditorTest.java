package tandem.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.TrainingPlan;
import tandem.training.ui.internal.CalendarPage;
import tandem.training.ui.internal.KnowledgePage;
import tandem.training.ui.internal.TrainingPlanEditor;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A planner prepares the agents of two queues for a campaign in the running workbench: a course linked to the
 * campaign, sessions for both queues, completion marked, and the readiness date following every change.
 */
class TrainingPlanEditorTest {

    private IProject project;
    private String billingId;
    private String springId;

    @BeforeEach
    void createProjectWithSetupAndCampaigns() throws Exception {
        project = PlanProjects.open("plans");
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        for (String name : List.of("Billing", "Sales")) {
            Queue queue = CoreFactory.eINSTANCE.createQueue();
            queue.setName(name);
            center.getQueues().add(queue);
        }
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("2026");
        Campaign spring = CampaignFactory.eINSTANCE.createCampaign();
        spring.setName("Spring promo");
        spring.setStartDate(LocalDate.of(2026, 4, 1));
        calendar.getCampaigns().add(spring);
        ResourceSet set = PlanDocuments.createResourceSet();
        save(set, "acme.center", center);
        save(set, "2026.campaigns", calendar);
        billingId = center.getQueues().get(0).getId();
        springId = spring.getId();
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
    }

    private void save(ResourceSet set, String name, EObject root) throws Exception {
        Resource resource = set.createResource(
                URI.createPlatformResourceURI(project.getFile(name).getFullPath().toString(), true));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void aPlannerPreparesTwoQueuesForACampaignAndSeesWhenTheyAreReady() throws Exception {
        TrainingPlanEditor editor = createWithWizard("spring.training");
        TrainingPlan plan = editor.getTrainingPlan();
        Composite pages = editor.getPageContainer();

        Table courses = Ui.table(pages, "Courses");
        Ui.click(Ui.button(Ui.section(pages, "Courses"), "Add"));
        Ui.type(Ui.cellEditor(courses), "Spring offer");
        Course course = plan.getCourses().get(0);
        assertEquals("Spring offer", course.getName());

        Ui.check(Ui.table(pages, "Prepares for campaigns"), "Spring promo", true);
        assertEquals(1, course.getPreparesFor().size());
        assertEquals(springId, course.getPreparesFor().get(0).getId(), "the campaign comes from 2026.campaigns");
        Table readiness = Ui.table(pages, "Readiness");
        awaitCell(readiness, 3, "No queue or team is to be trained for this campaign yet.");

        Table audiences = Ui.table(pages, "Audiences");
        Ui.click(Ui.button(Ui.section(pages, "Audiences"), "Add"));
        Ui.choose(Ui.cellCombo(audiences), "Billing");
        Ui.type(Ui.text(pages, "Headcount:"), "20");
        Ui.click(Ui.button(Ui.section(pages, "Audiences"), "Add"));
        Ui.choose(Ui.cellCombo(audiences), "Sales");
        Ui.type(Ui.text(pages, "Headcount:"), "10");
        Audience billing = course.getAudiences().get(0);
        Audience sales = course.getAudiences().get(1);
        assertEquals(billingId, billing.getQueue().getId());
        assertEquals(10, sales.getHeadcount());
        awaitCell(readiness, 3, "Not ready: 20 agents of queue 'Billing', 10 agents of queue 'Sales' have no seat"
                + " in a session.");

        Table sessions = Ui.table(pages, "Sessions");
        addSession(pages, sessions, "2026-03-10", "14");
        addSession(pages, sessions, "2026-03-12", "12");
        addSession(pages, sessions, "2026-03-24", "12");
        Ui.choose(Ui.cellCombo(Ui.editCell(sessions, 2, 5)), "queue 'Sales', 10 agents");
        assertEquals(sales, course.getSessions().get(2).getAudience());
        Ui.waitUntil("the session shows whom it is kept for",
                () -> "queue 'Sales', 10 agents".equals(sessions.getItem(2).getText(5)));
        // 10 March: 14 Billing. 12 March: 6 Billing and 6 Sales. 24 March, kept for Sales: the other 4.
        awaitCell(readiness, 2, "2026-03-24");
        assertEquals("Spring promo", readiness.getItem(0).getText(0));
        assertEquals("2026-04-01", readiness.getItem(0).getText(1));
        assertEquals("Ready on 2026-03-24, 8 days before the first contact on 2026-04-01.",
                readiness.getItem(0).getText(3));
        Label seats = Ui.findOne(pages, Label.class, l -> "Seats".equals(l.getData("name")), "seats label");
        assertTrue(seats.getText().startsWith("Seats: 38 scheduled for 30 agents to train;"), seats.getText());

        Ui.choose(Ui.cellCombo(Ui.editCell(audiences, 1, 3)), "Completed");
        Ui.selectRow(audiences, 1);
        Ui.type(Ui.text(pages, "Completed:"), "10");
        Ui.type(Ui.text(pages, "Completed on:"), "2026-03-13");
        assertEquals(CompletionStatus.COMPLETED, sales.getStatus());
        assertEquals(LocalDate.of(2026, 3, 13), sales.getCompletionDate());
        awaitCell(readiness, 2, "2026-03-13");

        for (int i = 0; i < 3; i++) {
            Ui.executeCommand("org.eclipse.ui.edit.undo");
        }
        assertEquals(CompletionStatus.PLANNED, sales.getStatus(), "Undo takes the completion back");
        awaitCell(readiness, 2, "2026-03-24");
        for (int i = 0; i < 3; i++) {
            Ui.executeCommand("org.eclipse.ui.edit.redo");
        }
        awaitCell(readiness, 2, "2026-03-13");

        editor.setActivePage(CalendarPage.ID);
        Ui.pump();
        Ui.findOne(pages, org.eclipse.swt.widgets.Canvas.class, c -> "Session calendar".equals(c.getData("name")),
                "session calendar");
        CalendarPage calendar = (CalendarPage) editor.findPage(CalendarPage.ID);
        assertEquals(List.of("2026-03-09: 2", "2026-03-16: 0", "2026-03-23: 1"), calendar.shownWeeks().stream()
                .map(w -> w.monday() + ": " + w.sessions().size()).toList(), "sessions by week");

        assertNotNull(editor.getAdapter(IContentOutlinePage.class), "the editor has an outline");
        Ui.executeCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        IFile file = project.getFile("spring.training");
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("acme.center#" + billingId), saved);
        assertTrue(saved.contains("2026.campaigns#" + springId), saved);

        Ui.page().closeEditor(editor, false);
        Ui.pump();
        TrainingPlanEditor reopened = (TrainingPlanEditor) IDE.openEditor(Ui.page(), file);
        Ui.pump();
        awaitCell(Ui.table(reopened.getPageContainer(), "Readiness"), 2, "2026-03-13");
    }

    @Test
    void anFaqKeepsItsQuestionAnswerAndStableId() throws Exception {
        TrainingPlanEditor editor = createWithWizard("knowledge.training");
        editor.setActivePage(KnowledgePage.ID);
        Ui.pump();
        Composite pages = editor.getPageContainer();
        Table items = Ui.table(pages, "Knowledge items");
        Ui.click(Ui.button(Ui.section(pages, "Knowledge items"), "Add"));
        Ui.type(Ui.cellEditor(items), "Combining offers");
        Ui.choose(Ui.cellCombo(Ui.editCell(items, 0, 1)), "FAQ");
        KnowledgeItem faq = editor.getTrainingPlan().getKnowledgeItems().get(0);
        assertEquals(KnowledgeKind.FAQ, faq.getKind());
        assertTrue(faq.getId().startsWith("knowledge-item-"), faq.getId());

        Ui.type(Ui.text(pages, "Question:"), "Can I combine the spring offer with my loyalty discount?");
        Ui.type(Ui.text(pages, "Approved answer:"), "Yes: both discounts apply to the same order.");
        assertEquals("Yes: both discounts apply to the same order.", faq.getAnswer());
        Label id = Ui.findOne(pages, Label.class, l -> faq.getId().equals(l.getText()), "id label");
        assertNotNull(id);

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(null, faq.getAnswer(), "Undo takes the answer back");
        Ui.waitUntil("the answer field is empty again", () -> Ui.text(pages, "Approved answer:").getText().isEmpty());
    }

    private static void addSession(Composite pages, Table sessions, String date, String capacity) {
        Ui.click(Ui.button(Ui.section(pages, "Sessions"), "Add"));
        Ui.type(Ui.cellEditor(sessions), date);
        Ui.type(Ui.text(pages, "Capacity:"), capacity);
    }

    private static void awaitCell(Table table, int column, String text) {
        Ui.waitUntil(table.getData("name") + " shows '" + text + "'",
                () -> table.getItemCount() > 0 && text.equals(table.getItem(0).getText(column)));
    }

    private TrainingPlanEditor createWithWizard(String fileName) {
        return PlanProjects.createWithWizard("tandem.training.ui.newTrainingPlan", project, fileName,
                TrainingPlanEditor.class);
    }
}
