package tandem.roster.ui.tests.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.roster.Coverage;
import tandem.roster.Requirement;
import tandem.roster.TimeGrid;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.Activities;
import tandem.roster.model.shifts.BreakRules;
import tandem.roster.ui.internal.RosterEditor;
import tandem.roster.ui.internal.schedule.CoverageSeries;
import tandem.roster.ui.internal.schedule.GanttCanvas;
import tandem.roster.ui.internal.schedule.SchedulePage;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A planner looks at a week's schedule in the roster editor's Schedule tab: agents by time, filtered by team and
 * day, the coverage of a queue under it; drags a shift to a later start, undoes it, and tries a move that would
 * leave too little rest.
 */
class ScheduleViewTest {

    private static final RosterFactory F = RosterFactory.eINSTANCE;
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private IProject project;
    private ResourceSet set;
    private ContactCenter center;
    private Queue sales;
    private Queue billing;
    private Team salesTeam;
    private Team careTeam;
    private StaffingPlan salesPlan;

    @BeforeEach
    void createProject() throws Exception {
        project = PlanProjects.open("schedules");
        set = PlanDocuments.createResourceSet();
        center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        sales = queue("Sales");
        billing = queue("Billing");
        salesTeam = team("Sales team");
        careTeam = team("Care team");
        save("acme.center", center);
        // Sales: 40 contacts a quarter hour from 08:00 to 16:00 on weekdays, 3 minutes each
        salesPlan = StaffingPlans.create("Sales week", sales, 15, MONDAY, SUNDAY);
        salesPlan.setAnswerWithinSeconds(20);
        salesPlan.setAhtSeconds(180);
        salesPlan.getIntervals().forEach(row -> {
            LocalDateTime start = row.getStart();
            if (start.getDayOfWeek().getValue() <= 5 && start.getHour() >= 8 && start.getHour() < 16) {
                row.setBaseline(40);
            }
        });
        save("sales.staffing", salesPlan);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        if (Ui.page().getActiveEditor() != null) {
            Ui.page().setPartState(Ui.page().getReference(Ui.page().getActiveEditor()), IWorkbenchPage.STATE_RESTORED);
        }
        PlanProjects.delete(project);
    }

    private Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        center.getQueues().add(queue);
        return queue;
    }

    private Team team(String name) {
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName(name);
        center.getTeams().add(team);
        return team;
    }

    private IFile save(String name, EObject root) throws Exception {
        IFile file = project.getFile(name);
        Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        return file;
    }

    /** A roster with the day template (06:00-14:00, 8 hours, a break and an unpaid lunch) and the default rules. */
    private Roster roster(String name) {
        Roster roster = F.createRoster();
        roster.setName(name);
        roster.setRules(F.createRosterRules());
        ShiftTemplate day = F.createShiftTemplate();
        day.setName("Day");
        day.setEarliestStart(LocalTime.of(6, 0));
        day.setLatestStart(LocalTime.of(14, 0));
        day.getLengthsMinutes().add(480);
        day.getBreaks().add(BreakRules.of(ActivityKind.LUNCH, 30, 210, 300, false));
        roster.getShiftTemplates().add(day);
        return roster;
    }

    private static Agent agent(Roster roster, String name, Team team, Queue queue) {
        Agent agent = F.createAgent();
        agent.setName(name);
        agent.setTeam(team);
        agent.setMaxHoursPerWeek(40);
        Skill skill = F.createSkill();
        skill.setQueue(queue);
        agent.getSkills().add(skill);
        roster.getAgents().add(agent);
        return agent;
    }

    /** Monday to Friday at the hour: a 15-minute break two hours in, lunch four hours in. */
    private static void weekdays(Roster roster, Agent agent, Queue queue, int hour) {
        for (int d = 0; d < 5; d++) {
            Shift shift = F.createShift();
            LocalDateTime start = MONDAY.plusDays(d).atTime(hour, 0);
            shift.setAgent(agent);
            shift.setStart(start);
            shift.setLengthMinutes(480);
            shift.setQueue(queue);
            shift.setTemplate(roster.getShiftTemplates().get(0));
            shift.getActivities().add(activity(ActivityKind.BREAK, start.plusHours(2), 15));
            shift.getActivities().add(activity(ActivityKind.LUNCH, start.plusHours(4), 30));
            roster.getShifts().add(shift);
        }
    }

    private static Activity activity(ActivityKind kind, LocalDateTime start, int minutes) {
        return Activities.of(kind, start, minutes);
    }

    /** Six Sales agents (Ana first, all at 08:00, Finn at 09:00) and four Care agents on Billing at 10:00. */
    private IFile teamsWeek() throws Exception {
        Roster roster = roster("Teams week");
        for (String name : List.of("Ana", "Ben", "Cleo", "Dan", "Eva", "Finn")) {
            weekdays(roster, agent(roster, name, salesTeam, sales), sales, name.equals("Finn") ? 9 : 8);
        }
        for (String name : List.of("Gus", "Hana", "Ivo", "Jo")) {
            weekdays(roster, agent(roster, name, careTeam, billing), billing, 10);
        }
        return save("teams.roster", roster);
    }

    private SchedulePage openSchedule(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.pump();
        RosterEditor editor = assertInstanceOf(RosterEditor.class, part);
        // the whole screen for the schedule, as a planner would give it
        Shell window = Ui.page().getWorkbenchWindow().getShell();
        window.setBounds(window.getDisplay().getBounds());
        Ui.page().setPartState(Ui.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.pump();
        CTabFolder tabs = (CTabFolder) editor.getPageContainer();
        for (int i = 0; i < tabs.getItemCount(); i++) {
            if (RosterEditor.SCHEDULE_TAB.equals(tabs.getItem(i).getText())) {
                tabs.setSelection(i);
                Event select = new Event();
                select.item = tabs.getItem(i);
                tabs.notifyListeners(SWT.Selection, select);
            }
        }
        Ui.pump();
        SchedulePage page = editor.getSchedulePage();
        Ui.waitUntil("the Gantt is laid out", () -> page.gantt().control().getSize().y > 300);
        return page;
    }

    private static RosterEditor editor() {
        return (RosterEditor) Ui.page().getActiveEditor();
    }

    private static Agent agentNamed(Roster roster, String name) {
        return roster.getAgents().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
    }

    private static Shift shiftOn(Roster roster, String name, LocalDate day) {
        return roster.getShifts().stream()
                .filter(s -> s.getAgent().getName().equals(name) && s.getStart().toLocalDate().equals(day))
                .findFirst().orElseThrow();
    }

    /**
     * Real mouse events through the window system: presses on {@code from} and moves in steps to {@code to}, holding
     * the button ({@link #release} drops).
     */
    private static void press(Control control, Point from, Point to) {
        Display display = control.getDisplay();
        Point start = control.toDisplay(from);
        Point end = control.toDisplay(to);
        post(display, SWT.MouseMove, start, 0);
        post(display, SWT.MouseDown, start, 1);
        for (int step = 1; step <= 8; step++) {
            post(display, SWT.MouseMove, new Point(start.x + (end.x - start.x) * step / 8, start.y), 0);
        }
    }

    private static void release(Control control, Point at) {
        post(control.getDisplay(), SWT.MouseUp, control.toDisplay(at), 1);
        Ui.pump();
    }

    private static void hover(Control control, Point at) {
        post(control.getDisplay(), SWT.MouseMove, control.toDisplay(at), 0);
        Ui.pump();
    }

    private static void post(Display display, int type, Point at, int button) {
        Event event = new Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        assertTrue(display.post(event), "the window system took the mouse event");
        // the event comes back from the X server: give it time to arrive before the next one
        long until = System.currentTimeMillis() + 80;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Point middleOf(Rectangle bar) {
        return new Point(bar.x + bar.width / 2, bar.y + bar.height / 2);
    }

    @Test
    void theGanttShowsTheAgentsFiltersThemAndTheCoverageMatches() throws Exception {
        SchedulePage page = openSchedule(teamsWeek());
        Roster roster = editor().getRoster();
        GanttCanvas gantt = page.gantt();
        assertEquals(10, gantt.rows().size(), "one row per agent");
        assertEquals(MONDAY, gantt.rows().from());
        assertEquals(7, gantt.rows().days(), "the first week of the schedule");
        assertEquals(5, gantt.rows().rows().get(0).shifts().size());
        Ui.screenshot(SCREENSHOTS.resolve("schedule-week.png"));

        Ui.choose(page.teamCombo(), "Care team");
        assertEquals(List.of("Gus", "Hana", "Ivo", "Jo"),
                gantt.rows().rows().stream().map(row -> row.name()).toList());
        Ui.choose(page.teamCombo(), "Sales team");
        assertEquals(6, gantt.rows().size());
        Ui.choose(page.daysCombo(), "    Mon 1 Mar");
        assertEquals(1, gantt.rows().days());
        assertEquals(MONDAY, gantt.rows().from());

        // a tooltip names the agent, the shift and what the agent does under the pointer
        Shift ana = shiftOn(roster, "Ana", MONDAY);
        Canvas canvas = gantt.control();
        Rectangle bar = gantt.bounds(ana);
        assertNotNull(bar, "Ana's Monday shift is in view");
        hover(canvas, new Point(gantt.x(MONDAY.atTime(9, 0)), bar.y + 4));
        assertEquals("Ana (Sales team)\nShift Mon 1 Mar 08:00\u201316:00\nOn the phones (Sales)", gantt.tip());
        hover(canvas, new Point(gantt.x(MONDAY.atTime(10, 7)), bar.y + 4));
        assertEquals("Ana (Sales team)\nShift Mon 1 Mar 08:00\u201316:00\nBreak 10:00\u201310:15", gantt.tip());
        Ui.screenshot(SCREENSHOTS.resolve("schedule-monday-sales.png"));

        // the curve of the day: Sales' required heads (its staffing plan) against its scheduled heads (Coverage)
        assertEquals("Sales", page.curve().queueCombo().getText());
        CoverageSeries series = page.curve().series();
        Queue salesInEditor = agentNamed(roster, "Ana").getSkills().get(0).getQueue();
        TimeGrid day = TimeGrid.of(MONDAY, MONDAY, 15);
        Coverage coverage = Coverage.of(roster, day, List.of(salesInEditor));
        Requirement required = Requirement.fromStaffing(List.of(salesPlan), MONDAY, MONDAY, 15);
        assertEquals(96, series.size());
        assertEquals(96, page.curve().scheduledSeries().getItemCount());
        assertEquals(96, page.curve().requiredSeries().getItemCount(), series.message());
        for (int t = 0; t < 96; t++) {
            assertEquals(coverage.heads(0, t), series.scheduled()[t], 1e-9, "scheduled at " + day.start(t));
            assertEquals(coverage.heads(0, t), page.curve().scheduledSeries().getY(t).doubleValue(), 1e-9);
            assertEquals(required.heads(0, t), page.curve().requiredSeries().getY(t).doubleValue(), 1e-9,
                    "required at " + day.start(t));
        }
        int eightThirty = 8 * 4 + 2;
        int nine = 9 * 4;
        assertEquals(5.0, series.scheduled()[eightThirty], "five at 08:00, Finn from 09:00");
        assertEquals(6.0, series.scheduled()[nine]);
        assertEquals(1.0, series.scheduled()[10 * 4], "those who started at 08:00 are on a break at 10:00: Finn is not");
        assertTrue(required.heads(0, nine) > 6, "40 contacts of 3 minutes need more than six agents");
        assertEquals(0.0, series.required()[4]);

        Ui.choose(page.curve().queueCombo(), "Billing");
        assertTrue(page.curve().series().message().contains("No staffing plan of the project staffs queue 'Billing'"),
                page.curve().series().message());
        assertEquals(4.0, page.curve().series().scheduled()[11 * 4]);
    }

    @Test
    void aShiftDraggedLaterMovesIsPinnedAndUndoes() throws Exception {
        SchedulePage page = openSchedule(teamsWeek());
        Roster roster = editor().getRoster();
        CommandStack stack = editor().getEditingDomain().getCommandStack();
        LocalDate wednesday = MONDAY.plusDays(2);
        Ui.choose(page.daysCombo(), "    Wed 3 Mar");
        GanttCanvas gantt = page.gantt();
        Shift shift = shiftOn(roster, "Ana", wednesday);
        Rectangle bar = gantt.bounds(shift);
        Point grab = middleOf(bar);
        int later = gantt.x(wednesday.atTime(9, 30)) - gantt.x(wednesday.atTime(8, 0));
        double eightBefore = page.curve().series().scheduled()[8 * 4];

        Point drop = new Point(grab.x + later, grab.y);
        press(gantt.control(), grab, drop);
        assertEquals("Move to Wed 3 Mar 09:30", gantt.tip());
        release(gantt.control(), drop);
        assertEquals(shift, ((org.eclipse.jface.viewers.IStructuredSelection) editor().getSite()
                .getSelectionProvider().getSelection()).getFirstElement(),
                "the shift pressed on is the selection the Properties view shows");

        assertEquals(wednesday.atTime(9, 30), shift.getStart(), page.message());
        assertTrue(shift.isPinned(), "a shift placed by hand is pinned");
        assertEquals(wednesday.atTime(11, 30), shift.getActivities().get(0).getStart(), "the break moves with it");
        assertEquals(wednesday.atTime(13, 30), shift.getActivities().get(1).getStart(), "and the lunch");
        assertEquals("Move shift of Ana to 09:30", stack.getUndoCommand().getLabel());
        assertEquals("Move shift of Ana to 09:30", page.message());
        Ui.waitUntil("the curve follows", () -> page.curve().series().scheduled()[8 * 4] == eightBefore - 1);
        Ui.screenshot(SCREENSHOTS.resolve("schedule-moved.png"));

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(wednesday.atTime(8, 0), shift.getStart());
        assertFalse(shift.isPinned());
        assertEquals(wednesday.atTime(10, 0), shift.getActivities().get(0).getStart());
        assertFalse(stack.canUndo(), "the move was one command");
        Ui.waitUntil("the curve follows the undo", () -> page.curve().series().scheduled()[8 * 4] == eightBefore);
    }

    @Test
    void aMoveThatLeavesTooLittleRestIsRefused() throws Exception {
        SchedulePage page = openSchedule(teamsWeek());
        Roster roster = editor().getRoster();
        CommandStack stack = editor().getEditingDomain().getCommandStack();
        Ui.choose(page.daysCombo(), "    Mon 1 Mar");
        GanttCanvas gantt = page.gantt();
        Shift shift = shiftOn(roster, "Ana", MONDAY);
        Point grab = middleOf(gantt.bounds(shift));
        // 14:00 to 22:00 leaves 10 hours before Tuesday's 08:00
        int later = gantt.x(MONDAY.atTime(14, 0)) - gantt.x(MONDAY.atTime(8, 0));

        Point drop = new Point(grab.x + later, grab.y);
        String why = "Ana's shift cannot move to Mon 1 Mar 14:00: Ana rests 10 h before 2027-03-02; at least 11 h"
                + " required";
        press(gantt.control(), grab, drop);
        assertEquals(why, gantt.tip(), "while dragged, the Gantt tells why it cannot go there");
        Ui.screenshot(SCREENSHOTS.resolve("schedule-dragging-refused.png"));
        release(gantt.control(), drop);

        assertEquals(why, page.message());
        assertEquals(why, gantt.tip(), "the refusal is the Gantt's tooltip too");
        assertEquals(MONDAY.atTime(8, 0), shift.getStart(), "nothing changed");
        assertFalse(shift.isPinned());
        assertFalse(stack.canUndo());
        assertFalse(editor().isDirty());
        Ui.screenshot(SCREENSHOTS.resolve("schedule-refused.png"));
    }

    @Test
    void aWeekOf500AgentsPaints() throws Exception {
        Roster roster = roster("Five hundred");
        List<Team> teams = List.of(salesTeam, careTeam, team("Team 3"), team("Team 4"), team("Team 5"));
        save("acme.center", center);
        for (int i = 0; i < 500; i++) {
            Agent agent = agent(roster, String.format("Agent %03d", i + 1), teams.get(i % 5), i % 2 == 0 ? sales
                    : billing);
            weekdays(roster, agent, agent.getSkills().get(0).getQueue(), 6 + i % 8);
        }
        IFile file = save("five-hundred.roster", roster);
        long opening = System.nanoTime();
        SchedulePage page = openSchedule(file);
        System.out.printf("500 agents, 2,500 shifts: editor open with the Schedule tab %.0f ms%n",
                (System.nanoTime() - opening) / 1e6);
        GanttCanvas gantt = page.gantt();
        assertEquals(500, gantt.rows().size());
        Canvas canvas = gantt.control();
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            gc.setFont(canvas.getFont());
            for (int run = 1; run <= 5; run++) {
                long started = System.nanoTime();
                gantt.paint(gc);
                System.out.printf("500 agents over a week, %d x %d pixels (%d rows in view), paint %d: %.2f ms%n",
                        size.x, size.y, gantt.visibleRows(), run, (System.nanoTime() - started) / 1e6);
            }
        } finally {
            gc.dispose();
            image.dispose();
        }
        long before = gantt.paints();
        long redrawing = System.nanoTime();
        canvas.redraw();
        Ui.waitUntil("the Gantt is painted again", () -> gantt.paints() > before);
        System.out.printf("500 agents: redraw to painted on screen %.1f ms%n", (System.nanoTime() - redrawing) / 1e6);
        long refreshing = System.nanoTime();
        page.refresh();
        System.out.printf("500 agents: refresh after a change (rows, filters, coverage curve) %.1f ms%n",
                (System.nanoTime() - refreshing) / 1e6);
        gantt.setTopRow(480);
        canvas.update();
        Agent last = roster.getAgents().get(499);
        Shift lastShift = editor().getRoster().getShifts().stream()
                .filter(s -> s.getAgent().getName().equals(last.getName())).findFirst().orElseThrow();
        assertNotNull(gantt.bounds(lastShift), "scrolled to the last agents");
        Ui.screenshot(SCREENSHOTS.resolve("schedule-500-agents.png"));
        Ui.choose(page.teamCombo(), "Team 3");
        assertEquals(100, gantt.rows().size());
    }
}
