package tandem.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.roster.Coverage;
import tandem.roster.Requirement;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.Activities;
import tandem.roster.model.shifts.BreakRules;
import tandem.roster.ui.internal.GenerateScheduleHandler;
import tandem.roster.ui.internal.RosterEditor;
import tandem.roster.ui.internal.ScheduleGeneration;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A planner generates a week's schedule in the running workbench: the dialog refuses days outside the staffing plan
 * and names it, the job shows the coverage as it improves, the shifts arrive as one undoable change that keeps the
 * pinned shift, and Undo brings back the shifts exactly as they were.
 */
class GenerateScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final RosterFactory F = RosterFactory.eINSTANCE;

    private IProject project;
    private Queue sales;

    @BeforeEach
    void createProject() throws Exception {
        project = PlanProjects.open("schedules");
        ResourceSet set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        sales = CoreFactory.eINSTANCE.createQueue();
        sales.setName("Sales");
        center.getQueues().add(sales);
        StaffingPlan plan = StaffingPlans.create("Sales week 9", sales, 15, MONDAY, MONDAY.plusDays(6));
        plan.setAhtSeconds(240);
        for (StaffingInterval row : plan.getIntervals()) {
            LocalTime time = row.getStart().toLocalTime();
            boolean open = !time.isBefore(LocalTime.of(9, 0)) && time.isBefore(LocalTime.of(17, 0));
            row.setBaseline(open ? 6 : 0); // 1.6 erlangs: 3 agents
        }
        Roster roster = F.createRoster();
        roster.setName("Sales roster");
        roster.setRules(F.createRosterRules());
        ShiftTemplate day = F.createShiftTemplate();
        day.setName("Day");
        day.setEarliestStart(LocalTime.of(8, 0));
        day.setLatestStart(LocalTime.of(10, 0));
        day.getLengthsMinutes().add(480);
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 120, 180, true));
        roster.getShiftTemplates().add(day);
        for (int i = 1; i <= 6; i++) {
            Agent agent = F.createAgent();
            agent.setName("Agent " + i);
            agent.setMaxHoursPerWeek(40);
            Skill skill = F.createSkill();
            skill.setQueue(sales);
            agent.getSkills().add(skill);
            roster.getAgents().add(agent);
        }
        // Placed by hand: Agent 1 works Monday from 06:00, pinned; Agent 2 Tuesday from 12:00, not pinned.
        roster.getShifts().add(shift(roster.getAgents().get(0), MONDAY.atTime(6, 0), day, true));
        roster.getShifts().add(shift(roster.getAgents().get(1), MONDAY.plusDays(1).atTime(12, 0), day, false));
        save(set, "acme.center", center);
        save(set, "sales.staffing", plan);
        save(set, "sales.roster", roster);
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
    }

    private Shift shift(Agent agent, LocalDateTime start, ShiftTemplate template, boolean pinned) {
        Shift shift = F.createShift();
        shift.setAgent(agent);
        shift.setStart(start);
        shift.setLengthMinutes(480);
        shift.setQueue(sales);
        shift.setTemplate(template);
        shift.setPinned(pinned);
        shift.getActivities().add(Activities.of(ActivityKind.BREAK, start.plusHours(2), 15));
        return shift;
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

    private static void set(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.Modify, new Event());
        Ui.pump();
    }

    private static double underCoverage(Roster roster, Requirement requirement) {
        return Coverage.of(roster, requirement.grid(), requirement.queues()).underCoverage(requirement);
    }

    @Test
    void generatingAWeekCoversMoreKeepsThePinnedShiftAndUndoRestoresTheShifts() throws Exception {
        RosterEditor editor = (RosterEditor) IDE.openEditor(Ui.page(), project.getFile("sales.roster"));
        Ui.pump();
        Roster roster = editor.getRoster();
        Shift pinned = roster.getShifts().get(0);
        Shift typed = roster.getShifts().get(1);
        List<Shift> before = new ArrayList<>(roster.getShifts());
        StaffingPlan plan = (StaffingPlan) editor.getEditingDomain().getResourceSet()
                .getResource(URI.createPlatformResourceURI("/schedules/sales.staffing", true), true).getContents()
                .get(0);
        Requirement requirement = Requirement.fromStaffing(List.of(plan), MONDAY, MONDAY.plusDays(6), 15);
        double underBefore = underCoverage(roster, requirement);

        Ui.inDialog("Generate Schedule", () -> Ui.executeCommand(GenerateScheduleHandler.COMMAND), shell -> {
            Button generate = Ui.button(shell, "Generate");
            assertEquals("2027-03-01", Ui.text(shell, "From:").getText(), "the first week of the plan is proposed");
            assertEquals("2027-03-07", Ui.text(shell, "To:").getText());
            set(Ui.text(shell, "From:"), "2027-02-22");
            set(Ui.text(shell, "To:"), "2027-02-28");
            String refused = ((TitleAreaDialog) shell.getData()).getErrorMessage();
            assertNotNull(refused, "days before the plan are refused");
            assertTrue(refused.contains("outside staffing plan 'Sales week 9'"), refused);
            assertFalse(generate.isEnabled());
            set(Ui.text(shell, "From:"), "2027-03-01");
            set(Ui.text(shell, "To:"), "2027-03-07");
            set(Ui.text(shell, "Time limit (seconds):"), "3");
            assertTrue(generate.isEnabled(), ((TitleAreaDialog) shell.getData()).getErrorMessage());
            Ui.screenshot(Path.of("target", "screenshots", "generate-dialog.png"));
            Ui.click(generate);
        });
        ScheduleGeneration job = editor.generation();
        assertNotNull(job, "the generation runs as a job");
        Ui.waitUntil("the solver found a schedule", 20, () -> job.coverageText().startsWith("Best so far"));
        Ui.screenshot(Path.of("target", "screenshots", "generate-progress.png"));
        Ui.waitUntil("the schedule is applied", 60, () -> editor.generation() == null);
        assertTrue(job.coverageText().matches("Best so far: under-coverage [0-9.]+ agent-intervals, .*"),
                job.coverageText());

        CommandStack stack = editor.getEditingDomain().getCommandStack();
        assertEquals("Generate schedule 2027-03-01 to 2027-03-07", stack.getUndoCommand().getLabel());
        assertTrue(roster.getShifts().size() > 5, "a week of shifts: " + roster.getShifts().size());
        assertTrue(roster.getShifts().contains(pinned), "the pinned shift stays");
        assertEquals(MONDAY.atTime(6, 0), pinned.getStart());
        assertFalse(roster.getShifts().contains(typed), "the unpinned shift of the week is replaced");
        assertEquals(1, roster.getShifts().stream().filter(s -> s.getAgent() == pinned.getAgent()
                && s.getStart().toLocalDate().equals(MONDAY)).count(), "one shift per agent and day");
        double underAfter = underCoverage(roster, requirement);
        assertTrue(underAfter < underBefore / 2, "coverage improved: " + underBefore + " -> " + underAfter);
        assertTrue(editor.isDirty());
        Ui.screenshot(Path.of("target", "screenshots", "generate-applied.png"));

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(before, roster.getShifts(), "Undo restores the shifts as they were");
        assertSame(typed.getAgent(), roster.getAgents().get(1));
        assertEquals(MONDAY.plusDays(1).atTime(12, 0), typed.getStart());
        assertEquals(underBefore, underCoverage(roster, requirement), 1e-9);
        Ui.executeCommand("org.eclipse.ui.edit.redo");
        assertTrue(roster.getShifts().contains(pinned));
        assertEquals(underAfter, underCoverage(roster, requirement), 1e-9);

        Ui.executeCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        int shifts = roster.getShifts().size();
        Ui.page().closeEditor(editor, false);
        Ui.pump();
        RosterEditor reopened = (RosterEditor) IDE.openEditor(Ui.page(), project.getFile("sales.roster"));
        Ui.pump();
        Roster saved = reopened.getRoster();
        assertEquals(shifts, saved.getShifts().size(), "the generated schedule is saved with the roster");
        assertEquals(1, saved.getShifts().stream().filter(Shift::isPinned).count());
        assertTrue(saved.getShifts().stream().allMatch(s -> s.getQueue() != null && !s.getQueue().eIsProxy()
                && "Sales".equals(s.getQueue().getName())), "shifts refer to the setup's queue");
    }

    @Test
    void aRosterErrorIsNamedAndCancelKeepsTheBestScheduleFound() throws Exception {
        RosterEditor editor = (RosterEditor) IDE.openEditor(Ui.page(), project.getFile("sales.roster"));
        Ui.pump();
        Roster roster = editor.getRoster();
        Agent sixth = roster.getAgents().get(5);
        editor.execute(RemoveCommand.create(editor.getEditingDomain(), sixth, RosterPackage.Literals.AGENT__SKILLS,
                List.copyOf(sixth.getSkills())));
        List<Shift> before = new ArrayList<>(roster.getShifts());
        String[] message = { null };
        Ui.inDialog("Generate Schedule", () -> Ui.executeCommand(GenerateScheduleHandler.COMMAND), shell -> {
            List<Label> labels = Ui.findAll(shell, Label.class, l -> l.getText().contains("has no skills"));
            message[0] = labels.isEmpty() ? null : labels.get(0).getText();
            Ui.screenshot(Path.of("target", "screenshots", "generate-roster-error.png"));
            Ui.click(Ui.button(shell, "OK"));
        });
        assertNotNull(message[0], "the error dialog says what is wrong");
        assertTrue(message[0].contains("Agent 6"), message[0]);
        assertEquals(null, editor.generation(), "nothing runs");
        assertEquals(before, roster.getShifts(), "nothing changes");
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(1, sixth.getSkills().size());

        Ui.inDialog("Generate Schedule", () -> Ui.executeCommand(GenerateScheduleHandler.COMMAND), shell -> {
            set(Ui.text(shell, "From:"), "2027-03-01");
            set(Ui.text(shell, "To:"), "2027-03-07");
            set(Ui.text(shell, "Time limit (seconds):"), "120");
            Ui.click(Ui.button(shell, "Generate"));
        });
        ScheduleGeneration job = editor.generation();
        long started = System.currentTimeMillis();
        Ui.waitUntil("the solver halved the under-coverage", 60,
                () -> job.bestUnderCoverage() < job.underCoverageBefore() / 2);
        job.cancel(); // what Cancel in the progress does
        Ui.waitUntil("the canceled run is applied", 30, () -> editor.generation() == null);
        assertTrue(System.currentTimeMillis() - started < 60_000, "Cancel stops the search early");
        assertEquals("Generate schedule 2027-03-01 to 2027-03-07",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
                "the best schedule found is kept");
        Requirement requirement = job.result() == null ? null
                : Requirement.fromStaffing(List.of((StaffingPlan) editor.getEditingDomain().getResourceSet()
                        .getResource(URI.createPlatformResourceURI("/schedules/sales.staffing", true), true)
                        .getContents().get(0)), MONDAY, MONDAY.plusDays(6), 15);
        assertNotNull(requirement);
        assertTrue(underCoverage(roster, requirement) < job.underCoverageBefore() / 2,
                "the kept schedule covers better: " + underCoverage(roster, requirement));
    }
}
