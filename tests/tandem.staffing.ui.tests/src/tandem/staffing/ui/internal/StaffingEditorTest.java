package tandem.staffing.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.grid.CellGrid;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.shifts.Activities;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.staffing.ui.internal.IntervalTable.Column;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A planner opens a staffing plan, sees the required heads and the under-staffed intervals, schedules agents in the
 * table, sees gap and predicted service level follow, tries another shrinkage, and undoes it all.
 */
class StaffingEditorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** The 08:00 row of a plan of 30-minute intervals starting at midnight. */
    private static final int EIGHT = 16;

    private IProject project;
    private Queue billing;

    @BeforeEach
    void createProject() throws Exception {
        project = PlanProjects.open("plans");
        ResourceSet set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        save(set, "acme.center", center);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    private IFile save(ResourceSet set, String name, org.eclipse.emf.ecore.EObject root) throws Exception {
        IFile file = project.getFile(name);
        Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    /** Monday in 30-minute intervals; 100 contacts at 08:00 need 14 agents (80% in 20 s, cap 85%), 20 heads. */
    private IFile textbookPlan() throws Exception {
        StaffingPlan plan = StaffingPlans.create("Billing Monday", billing, 30, MONDAY, MONDAY);
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(180);
        plan.getIntervals().get(EIGHT).setBaseline(100);
        return save(billing.eResource().getResourceSet(), "monday.staffing", plan);
    }

    private StaffingEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.pump();
        return assertInstanceOf(StaffingEditor.class, part);
    }

    private static String cell(Table table, int row, Column column) {
        return table.getItem(row).getText(column.ordinal());
    }

    @Test
    void theEditorShowsRequiredHeadsAndUnderstaffedIntervals() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        Table table = Ui.table(editor.getPageContainer(), "Intervals");
        assertEquals(48, table.getItemCount());
        assertEquals("Mon 2026-03-02 08:00", cell(table, EIGHT, Column.START));
        assertEquals("100", cell(table, EIGHT, Column.TOTAL));
        assertEquals("14", cell(table, EIGHT, Column.REQUIRED_AGENTS));
        assertEquals("20", cell(table, EIGHT, Column.REQUIRED_HEADS));
        assertEquals("-20", cell(table, EIGHT, Column.GAP));
        assertEquals("0.0%", cell(table, EIGHT, Column.SERVICE_LEVEL), "nobody scheduled");
        assertEquals(Colors.UNDERSTAFFED, background(table, EIGHT), "under-staffed rows are red");
        assertEquals("0", cell(table, EIGHT + 2, Column.REQUIRED_HEADS));
        assertNotEquals(Colors.UNDERSTAFFED, background(table, EIGHT + 2));

        Label summary = editor.getPlanPage().getSummary();
        assertTrue(summary.getText().startsWith("Mon 2026-03-02: 1 of 48 intervals under-staffed"), summary.getText());
        assertTrue(summary.getText().contains("peak 20 heads required"), summary.getText());
    }

    /**
     * GTK printed one "Gtk-CRITICAL gtk_box_gadget_distribute: assertion 'size >= 0' failed in GtkScrollbar" each time
     * a staffing plan opened: the intervals table, still 0x0 with its rows wanting a scroll bar, when the page around
     * it got its size. No list or table may be squeezed so while the editor opens.
     */
    @Test
    void openingTheEditorSqueezesNoScrollBar() throws Exception {
        IFile file = textbookPlan();
        List<String> squeezed;
        try (tandem.test.support.ui.Layouts.SqueezeWatch watch = tandem.test.support.ui.Layouts
                .watchSqueezedScrollBars(Ui.display())) {
            StaffingEditor editor = open(file);
            Ui.table(editor.getPageContainer(), "Intervals");
            Ui.pump();
            squeezed = watch.squeezed();
        }
        assertEquals(List.of(), squeezed, "lists and tables laid out smaller than their scroll bars");
    }

    /** In the default window the plan page fits the editor: nothing runs off its right edge. */
    @Test
    void thePlanPageFitsTheEditorAtTheDefaultWindowSize() throws Exception {
        org.eclipse.swt.widgets.Shell window = Ui.page().getWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Point size = window.getSize();
        window.setSize(1274, 771);
        try {
            StaffingEditor editor = open(textbookPlan());
            Ui.pump();
            org.eclipse.ui.forms.widgets.ScrolledForm form = editor.getPlanPage().getManagedForm().getForm();
            assertTrue(form.getContent().getSize().x <= form.getClientArea().width, "the page is "
                    + form.getContent().getSize().x + " pixels wide in an editor of " + form.getClientArea().width);
            Label summary = editor.getPlanPage().getSummary();
            org.eclipse.swt.graphics.Rectangle shown = summary.getDisplay().map(summary.getParent(), form,
                    summary.getBounds());
            assertTrue(shown.x + shown.width <= form.getClientArea().width
                    && summary.getSize().y >= summary.computeSize(summary.getSize().x, SWT.DEFAULT).y,
                    "the summary '" + summary.getText() + "' shows whole: " + shown + " in " + form.getClientArea());
            Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "staffing-plan-1274.png"),
                    window.getBounds());
        } finally {
            window.setSize(size);
        }
    }

    @Test
    void schedulingInTheTableUpdatesGapAndServiceLevelAndUndoes() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        StaffingPlan plan = editor.getPlan();
        IntervalTable intervals = editor.getPlanPage().getTable();
        Table table = intervals.getViewer().getTable();

        intervals.getViewer().editElement(intervals.row(EIGHT), Column.SCHEDULED.ordinal());
        Ui.type(Ui.cellEditor(table), "20");
        Ui.waitUntil("the gap closes", () -> "0".equals(cell(table, EIGHT, Column.GAP)));
        assertEquals(20, plan.getIntervals().get(EIGHT).getScheduled());
        assertEquals("20", cell(table, EIGHT, Column.SCHEDULED));
        assertEquals("88.8%", cell(table, EIGHT, Column.SERVICE_LEVEL), "20 heads keep 14 agents on the phones");
        assertEquals("7.8", cell(table, EIGHT, Column.ASA));
        assertEquals("7.8", cell(table, EIGHT, Column.ASA_ANSWERED), "Erlang C answers every caller");
        assertEquals("ASA all callers (s)", table.getColumn(Column.ASA.ordinal()).getText());
        assertEquals("ASA answered (s)", table.getColumn(Column.ASA_ANSWERED.ordinal()).getText());
        assertNotEquals(Colors.UNDERSTAFFED, background(table, EIGHT));
        assertTrue(editor.getPlanPage().getSummary().getText().contains(": 0 of 48 intervals under-staffed"));
        assertTrue(editor.isDirty());

        intervals.getViewer().editElement(intervals.row(EIGHT), Column.SCHEDULED.ordinal());
        Ui.type(Ui.cellEditor(table), "19");
        Ui.waitUntil("one head short", () -> "-1".equals(cell(table, EIGHT, Column.GAP)));
        assertEquals(Colors.UNDERSTAFFED, background(table, EIGHT));
        double serviceLevel = Double.parseDouble(cell(table, EIGHT, Column.SERVICE_LEVEL).replace("%", ""));
        assertTrue(serviceLevel < 80, "13 agents miss 80%: " + serviceLevel);

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.waitUntil("undo restores 20", () -> "0".equals(cell(table, EIGHT, Column.GAP)));
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.waitUntil("undo restores nobody", () -> "-20".equals(cell(table, EIGHT, Column.GAP)));
        assertEquals(0, plan.getIntervals().get(EIGHT).getScheduled());
        assertEquals(Colors.UNDERSTAFFED, background(table, EIGHT));
        assertFalse(editor.isDirty(), "back to the saved plan");
    }

    @Test
    void changingShrinkageOrAhtUpdatesTheRequiredHeadsAtOnce() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        Table table = editor.getPlanPage().getTable().getViewer().getTable();
        Ui.type(Ui.text(editor.getPageContainer(), "Shrinkage:"), "0");
        Ui.waitUntil("no shrinkage: heads = agents", () -> "14".equals(cell(table, EIGHT, Column.REQUIRED_HEADS)));
        assertEquals(0.0, editor.getPlan().getShrinkage());

        Ui.type(Ui.text(editor.getPageContainer(), "AHT (s):"), "360");
        Ui.waitUntil("twice the handle time needs more agents",
                () -> Integer.parseInt(cell(table, EIGHT, Column.REQUIRED_AGENTS)) > 20);

        Ui.type(Ui.text(editor.getPageContainer(), "Service level:"), "");
        Ui.waitUntil("without a target nothing is required",
                () -> Formats.NONE.equals(cell(table, EIGHT, Column.REQUIRED_HEADS)));
        assertTrue(editor.getPlanPage().getSummary().getText().contains("no staffing can be computed"),
                editor.getPlanPage().getSummary().getText());

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.waitUntil("undo brings the heads back", () -> "20".equals(cell(table, EIGHT, Column.REQUIRED_HEADS)));
        assertEquals(0.3, editor.getPlan().getShrinkage());
    }

    /** Baseline, AHT and scheduled heads of every row, to compare before and after. */
    private static List<String> inputs(StaffingPlan plan) {
        return plan.getIntervals().stream()
                .map(row -> row.getBaseline() + "/" + row.getAhtSeconds() + "/" + row.getScheduled()).toList();
    }

    @Test
    void pastingA3x2RangeFromASpreadsheetChangesExactlyThoseSixCellsAndOneUndoRestoresThem() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        StaffingPlan plan = editor.getPlan();
        CellGrid grid = editor.getPlanPage().getTable().getGrid();
        List<String> before = inputs(plan);

        grid.select(EIGHT, Column.BASELINE.ordinal(), EIGHT, Column.BASELINE.ordinal());
        assertTrue(grid.paste("110\t200\r\n120\t210\r\n130\t220\r\n"), "Excel's clipboard text");
        Ui.pump();

        List<String> after = inputs(plan);
        for (int i = 0; i < before.size(); i++) {
            String expected = switch (i - EIGHT) {
            case 0 -> "110.0/200.0/0";
            case 1 -> "120.0/210.0/0";
            case 2 -> "130.0/220.0/0";
            default -> before.get(i);
            };
            assertEquals(expected, after.get(i), "row " + i);
        }
        assertEquals("Set baseline and AHT of 3 intervals",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        assertArrayEquals(new int[] { EIGHT, 1, EIGHT + 2, 2 }, grid.range(), "the pasted range is selected");

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.pump();
        assertEquals(before, inputs(plan), "one undo restores the six cells");
        assertFalse(editor.isDirty());
    }

    @Test
    void aSingleValueFillsTheRangeAndTextACellCannotTakeChangesNothing() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        StaffingPlan plan = editor.getPlan();
        CellGrid grid = editor.getPlanPage().getTable().getGrid();
        grid.select(EIGHT, Column.BASELINE.ordinal(), EIGHT + 23, Column.BASELINE.ordinal());
        assertTrue(grid.paste("24"));
        Ui.pump(); // the table shows the new forecast
        assertEquals("Set baseline of 24 intervals",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        assertEquals(24, plan.getIntervals().get(EIGHT + 23).getBaseline());
        assertEquals(0, plan.getIntervals().get(EIGHT + 24).getBaseline());

        List<String> before = inputs(plan);
        grid.select(EIGHT, Column.BASELINE.ordinal(), EIGHT, Column.BASELINE.ordinal());
        assertFalse(grid.paste("5\t180\n6\tlots\n"), "'lots' is no AHT");
        assertEquals(before, inputs(plan), "nothing changes");

        grid.select(EIGHT, Column.SCHEDULED.ordinal(), EIGHT + 3, Column.SCHEDULED.ordinal());
        Ui.type(cellEditorFor(editor, EIGHT, Column.SCHEDULED), "7");
        grid.select(EIGHT, Column.SCHEDULED.ordinal(), EIGHT + 3, Column.SCHEDULED.ordinal());
        assertTrue(grid.fillDown());
        assertEquals("Set scheduled heads of 3 intervals",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        assertEquals(7, plan.getIntervals().get(EIGHT + 3).getScheduled());
        assertEquals(0, plan.getIntervals().get(EIGHT + 4).getScheduled());
    }

    @Test
    void typingInTheCurrentCellEditsItAndEnterMovesDown() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        StaffingPlan plan = editor.getPlan();
        IntervalTable intervals = editor.getPlanPage().getTable();
        Table table = intervals.getViewer().getTable();
        intervals.getGrid().select(EIGHT, Column.SCHEDULED.ordinal(), EIGHT, Column.SCHEDULED.ordinal());
        table.setFocus();
        Event key = new Event();
        key.character = '2';
        key.keyCode = '2';
        table.notifyListeners(SWT.KeyDown, key);
        Text text = Ui.cellEditor(table);
        assertEquals("2", text.getText(), "the typed character replaces the cell's value");
        Ui.type(text, "20");
        Ui.waitUntil("the gap closes", () -> "0".equals(cell(table, EIGHT, Column.GAP)));
        assertEquals(20, plan.getIntervals().get(EIGHT).getScheduled());
        assertEquals("Set scheduled heads of Mon 2026-03-02 08:00",
                editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        assertArrayEquals(new int[] { EIGHT + 1, Column.SCHEDULED.ordinal() }, intervals.getGrid().current(),
                "Enter moves down");
    }

    @Test
    void theTableOpensOnTheFirstOpenIntervalAndGreysClosedHours() throws Exception {
        tandem.core.model.OpeningHours hours = openOnMondays(8, 18);
        ((ContactCenter) billing.eContainer()).getOpeningHours().add(hours);
        billing.setOpeningHours(hours);
        billing.eResource().save(null);
        StaffingEditor editor = open(textbookPlan());
        IntervalTable intervals = editor.getPlanPage().getTable();
        assertEquals(EIGHT, intervals.getViewer().getTable().getSelectionIndex(), "08:00, not midnight");
        assertArrayEquals(new int[] { EIGHT, Column.BASELINE.ordinal() }, intervals.getGrid().current());
        Table table = intervals.getViewer().getTable();
        Ui.pump();
        // Scrolled once laid out: 08:00 at the top, or as near it as the rows below let the table scroll.
        int visible = table.getClientArea().height / table.getItemHeight();
        int top = table.getTopIndex();
        assertTrue(top <= EIGHT && EIGHT < top + visible, "08:00 in view, top row " + top + " of " + visible);
        assertTrue(top > 0 || visible >= table.getItemCount(), "scrolled away from midnight, top row " + top);
        GC startGc = new GC(table);
        try {
            String start = cell(table, EIGHT, Column.START);
            assertTrue(table.getColumn(Column.START.ordinal()).getWidth() > startGc.textExtent(start).x,
                    "'" + start + "' is cut off");
        } finally {
            startGc.dispose();
        }
        assertEquals(Colors.CLOSED, table.getItem(EIGHT + 30).getForeground(Column.BASELINE.ordinal()), "23:00");
        assertNotEquals(Colors.CLOSED, table.getItem(EIGHT + 2).getForeground(Column.BASELINE.ordinal()));
        for (TableColumn column : table.getColumns()) {
            GC gc = new GC(table);
            try {
                assertTrue(column.getWidth() >= gc.textExtent(column.getText()).x, column.getText() + " is cut off");
            } finally {
                gc.dispose();
            }
        }
    }

    private static tandem.core.model.OpeningHours openOnMondays(int opens, int closes) {
        tandem.core.model.OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        tandem.core.model.WeeklyHours monday = CoreFactory.eINSTANCE.createWeeklyHours();
        monday.setDay(tandem.core.model.Weekday.MONDAY);
        monday.setOpens(java.time.LocalTime.of(opens, 0));
        monday.setCloses(java.time.LocalTime.of(closes, 0));
        hours.getWeeklyHours().add(monday);
        return hours;
    }

    private static Text cellEditorFor(StaffingEditor editor, int row, Column column) {
        IntervalTable intervals = editor.getPlanPage().getTable();
        // The element as the virtual table holds it (materialized), as a click on the row would find it.
        intervals.getViewer().editElement(intervals.getViewer().getElementAt(row), column.ordinal());
        return Ui.cellEditor(intervals.getViewer().getTable());
    }

    @Test
    void ratesShowAndAreTypedAsPercentages() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        Text serviceLevel = Ui.text(editor.getPageContainer(), "Service level:");
        assertEquals("80%", serviceLevel.getText());
        assertEquals("30%", Ui.text(editor.getPageContainer(), "Shrinkage:").getText());
        assertEquals("85%", Ui.text(editor.getPageContainer(), "Occupancy cap:").getText());

        Ui.type(serviceLevel, "90 %");
        Ui.waitUntil("the plan takes 90%", () -> Double.valueOf(0.9).equals(editor.getPlan().getServiceLevelShare()));
        Ui.type(serviceLevel, "80%");
        Ui.waitUntil("the plan takes 80%", () -> Double.valueOf(0.8).equals(editor.getPlan().getServiceLevelShare()));
        assertEquals("80%", serviceLevel.getText());
        Ui.type(Ui.text(editor.getPageContainer(), "Shrinkage:"), "0.18%");
        Ui.waitUntil("shrinkage 0.18%", () -> editor.getPlan().getShrinkage() == 0.0018);

        Ui.type(serviceLevel, "abc");
        Ui.pump();
        assertEquals(0.8, editor.getPlan().getServiceLevelShare(), "the model keeps its value");
        assertEquals("80%", serviceLevel.getText(), "the field shows the model's value again");
        FeatureField field = (FeatureField) serviceLevel.getData(FeatureField.class.getName());
        assertTrue(field.getProblem().startsWith("'abc' is not a percentage"), field.getProblem());
        assertTrue(field.getProblem().contains("Service level keeps 80%"), field.getProblem());

        Ui.type(serviceLevel, "75");
        Ui.waitUntil("a plain 75 is 75%", () -> Double.valueOf(0.75).equals(editor.getPlan().getServiceLevelShare()));
        assertNull(field.getProblem(), "a good value clears the message");
    }

    @Test
    void linkingARosterTakesTheScheduledHeadsFromItsScheduleReadOnlyAndUndoes() throws Exception {
        ResourceSet set = billing.eResource().getResourceSet();
        // 20 agents on Billing from 08:00 to 10:00; 5 of them on a break until 08:30: 15 heads at 08:00
        Roster roster = RosterFactory.eINSTANCE.createRoster();
        roster.setName("Week 10");
        for (int i = 0; i < 20; i++) {
            Agent agent = RosterFactory.eINSTANCE.createAgent();
            agent.setName("Agent " + i);
            roster.getAgents().add(agent);
            Shift shift = RosterFactory.eINSTANCE.createShift();
            shift.setAgent(agent);
            shift.setQueue(billing);
            shift.setStart(MONDAY.atTime(8, 0));
            shift.setLengthMinutes(120);
            if (i < 5) {
                shift.getActivities().add(Activities.of(ActivityKind.BREAK, MONDAY.atTime(8, 0), 30));
            }
            roster.getShifts().add(shift);
        }
        save(set, "week10.roster", roster);
        IFile planFile = textbookPlan();
        StaffingEditor editor = open(planFile);
        IntervalTable intervals = editor.getPlanPage().getTable();
        Table table = intervals.getViewer().getTable();
        assertEquals("0", cell(table, EIGHT, Column.SCHEDULED), "typed: nobody");
        Ui.type(Ui.text(editor.getPageContainer(), "Unplanned shrinkage:"), "30");
        assertEquals(0.3, editor.getPlan().getUnplannedShrinkage(), 1e-12);

        Combo rosters = Ui.combo(editor.getPageContainer(), "Roster");
        assertEquals(SettingsSection.NO_ROSTER, rosters.getText());
        Ui.choose(rosters, "Week 10 (week10.roster)");
        Ui.waitUntil("the schedule's heads show", () -> "15 \u2190".equals(cell(table, EIGHT, Column.SCHEDULED)));
        assertEquals("20", cell(table, EIGHT, Column.REQUIRED_HEADS), "14 agents at 30% unplanned shrinkage");
        assertEquals("-5", cell(table, EIGHT, Column.GAP));
        assertEquals("20 \u2190", cell(table, EIGHT + 1, Column.SCHEDULED));
        assertEquals(Colors.CLOSED, table.getItem(EIGHT).getForeground(Column.SCHEDULED.ordinal()));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> intervals.commandFor(intervals.row(EIGHT), Column.SCHEDULED, "20"));
        assertEquals("the scheduled heads of Mon 2026-03-02 08:00 come from roster 'Week 10': change the schedule in"
                + " the roster", refused.getMessage());
        assertEquals(0, editor.getPlan().getIntervals().get(EIGHT).getScheduled(), "the typed number is kept");
        Label planned = Ui.findOne(editor.getPageContainer(), Label.class,
                l -> "Planned shrinkage".equals(l.getData("name")), "planned shrinkage");
        // 80 agent-intervals on shift from 08:00 to 10:00, 5 of them on a break
        assertEquals("6.3% of scheduled time in breaks, lunch, meetings and training, from roster 'Week 10' (already"
                + " off its heads)", planned.getText());
        Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.section(editor.getPageContainer(), "Settings").setExpanded(true);
        editor.getPlanPage().getManagedForm().reflow(true);
        Ui.pump();
        table.setTopIndex(EIGHT - 1);
        Ui.pump();
        Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "staffing-linked-roster.png"));
        Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.waitUntil("undo unlinks the roster", () -> "0".equals(cell(table, EIGHT, Column.SCHEDULED)));
        assertNull(editor.getPlan().getRoster());
        assertEquals(SettingsSection.NO_ROSTER, rosters.getText());
        assertEquals("-20", cell(table, EIGHT, Column.GAP));
    }

    @Test
    void aLinkedCampaignCalendarLiftsTheForecastAndLinkingIsUndoable() throws Exception {
        ResourceSet set = billing.eResource().getResourceSet();
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring");
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName("Spring mailing");
        campaign.getQueues().add(billing);
        Drop drop = CampaignFactory.eINSTANCE.createDrop();
        drop.setDate(MONDAY);
        drop.setAudienceSize(48_000);
        drop.setResponseRate(0.01); // 480 contacts, spread evenly over the 48 intervals of the day: 10 each
        campaign.getDrops().add(drop);
        calendar.getCampaigns().add(campaign);
        save(set, "spring.campaigns", calendar);
        StaffingPlan plan = StaffingPlans.create("Billing Monday", billing, 30, MONDAY, MONDAY);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.getIntervals().get(EIGHT).setBaseline(90);
        plan.getCampaignCalendars().add(calendar);
        StaffingEditor editor = open(save(set, "linked.staffing", plan));

        Table table = editor.getPlanPage().getTable().getViewer().getTable();
        assertEquals("10", cell(table, EIGHT, Column.LIFT));
        assertEquals("100", cell(table, EIGHT, Column.TOTAL), "90 baseline + 10 from the mailing");
        assertEquals("20", cell(table, EIGHT, Column.REQUIRED_HEADS));
        assertEquals("10", cell(table, 2, Column.LIFT), "the queue has no opening hours: the whole day");
        assertTrue(editor.getPlanPage().getSummary().getText().contains("480 of them from campaigns"),
                editor.getPlanPage().getSummary().getText());
        org.eclipse.swt.widgets.List calendars = Ui.findOne(editor.getPageContainer(),
                org.eclipse.swt.widgets.List.class, l -> "Campaign calendars".equals(l.getData("name")), "calendars");
        assertEquals(List.of("Spring (spring.campaigns)"), List.of(calendars.getItems()));

        calendars.select(0);
        Ui.click(Ui.button(editor.getPageContainer(), "Unlink"));
        Ui.waitUntil("the lift is gone", () -> "0".equals(cell(table, EIGHT, Column.LIFT)));
        assertEquals(0, calendars.getItemCount());
        assertEquals("90", cell(table, EIGHT, Column.TOTAL));

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.waitUntil("undo links it again", () -> "10".equals(cell(table, EIGHT, Column.LIFT)));
        editor.setActivePage(ChartPage.ID);
        Ui.pump();
        StaffingChart.Bar eight = editor.getChartPage().getChart().bars().get(EIGHT);
        assertEquals(20, eight.requiredHeads());
        assertTrue(eight.liftHeads() > 0 && eight.baselineHeads() > 0, "the lift's heads stack on the baseline's");
    }

    @Test
    void anOutboundWaveShowsAsOutboundAgentsApartFromTheLiftAndRaisesTheRequiredHeads() throws Exception {
        ResourceSet set = billing.eResource().getResourceSet();
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring");
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName("Upgrade calls");
        campaign.getQueues().add(billing);
        Drop wave = CampaignFactory.eINSTANCE.createDrop();
        wave.setKind(DropKind.OUTBOUND_WAVE);
        wave.setDate(MONDAY);
        wave.setTime(LocalTime.of(8, 0));
        wave.setDiallingEnd(LocalTime.of(9, 0));
        wave.setAudienceSize(2_000); // × 25% connected × 306 s = 153,000 s over two half hours
        wave.setResponseRate(0.05);
        wave.setConnectRate(0.25);
        wave.setOutboundAhtSeconds(306);
        campaign.getDrops().add(wave);
        calendar.getCampaigns().add(campaign);
        save(set, "spring.campaigns", calendar);
        IFile file = textbookPlan();
        StaffingPlan plan = (StaffingPlan) set.getResource(URI.createPlatformResourceURI(file.getFullPath()
                .toString(), true), true).getContents().get(0);
        plan.getCampaignCalendars().add(calendar);
        PlanDocuments.save(plan.eResource());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        StaffingEditor editor = open(file);

        Table table = editor.getPlanPage().getTable().getViewer().getTable();
        assertEquals("Outbound agents", table.getColumn(Column.OUTBOUND.ordinal()).getText());
        assertEquals("0", cell(table, EIGHT, Column.LIFT), "the wave brings no calls");
        assertEquals("100", cell(table, EIGHT, Column.TOTAL));
        // 76,500 s in each half hour / 1,800 s / 85% = 50 agents; 14 + 50 = 64 agents, 92 heads at 30% shrinkage
        assertEquals("50", cell(table, EIGHT, Column.OUTBOUND));
        assertEquals("64", cell(table, EIGHT, Column.REQUIRED_AGENTS));
        assertEquals("92", cell(table, EIGHT, Column.REQUIRED_HEADS));
        assertEquals("50", cell(table, EIGHT + 1, Column.OUTBOUND));
        assertEquals("72", cell(table, EIGHT + 1, Column.REQUIRED_HEADS));
        assertEquals("0", cell(table, EIGHT + 2, Column.OUTBOUND), "dialling stopped at 09:00");
        assertTrue(editor.getPlanPage().getSummary().getText().contains("42.5 agent hours of outbound calls"),
                editor.getPlanPage().getSummary().getText());
        Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.section(editor.getPageContainer(), "Settings").setExpanded(false);
        editor.getPlanPage().getManagedForm().reflow(true);
        Ui.pump();
        Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "staffing-outbound.png"));
    }

    @Test
    void theChartShowsRequiredAgainstScheduledHeadsOfTheDayInView() throws Exception {
        IFile file = textbookPlan();
        StaffingPlan plan = (StaffingPlan) billing.eResource().getResourceSet().getResource(URI
                .createPlatformResourceURI(file.getFullPath().toString(), true), true).getContents().get(0);
        plan.getIntervals().get(EIGHT).setScheduled(15);
        plan.getIntervals().get(EIGHT + 1).setScheduled(3);
        PlanDocuments.save(plan.eResource());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        StaffingEditor editor = open(file);
        editor.setActivePage(ChartPage.ID);
        Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.pump();
        StaffingChart chart = editor.getChartPage().getChart();
        Ui.waitUntil("the chart is filled", () -> chart.refreshes() > 0 && !chart.points().isEmpty());
        List<StaffingChart.Bar> bars = chart.bars();
        assertEquals(48, bars.size());
        assertEquals(20, bars.get(EIGHT).requiredHeads());
        assertTrue(bars.get(EIGHT).understaffed());
        assertEquals(0, bars.get(EIGHT).liftHeads(), "no campaign linked");
        assertEquals(1, bars.stream().filter(StaffingChart.Bar::understaffed).count());

        // What JFreeChart draws: a bar per half hour, 20 heads required at 08:00 (100 calls, 180 s AHT, 80/20,
        // 85% occupancy cap, 30% shrinkage), 15 scheduled then; 3 scheduled at 08:30 where nothing is required.
        assertInstanceOf(org.jfree.chart.swt.ChartComposite.class, chart.getChartComposite());
        org.jfree.chart.plot.XYPlot xy = chart.getChartComposite().getChart().getXYPlot();
        org.jfree.data.xy.XYDataset required = xy.getDataset(0);
        org.jfree.data.xy.XYDataset scheduled = xy.getDataset(1);
        assertEquals(30, chart.bucket());
        assertEquals(48, required.getItemCount(0));
        double eight = MONDAY.atTime(8, 0).toEpochSecond(java.time.ZoneOffset.UTC) * 1000d;
        assertEquals(eight, required.getXValue(0, EIGHT));
        assertEquals(20, required.getYValue(0, EIGHT), 1e-9, "required heads at 08:00");
        assertEquals(20, required.getYValue(1, EIGHT), 1e-9, "all for the baseline: no lift");
        assertEquals(0, required.getYValue(0, EIGHT + 1), 1e-9);
        assertEquals(15, scheduled.getYValue(0, EIGHT), 1e-9);
        assertEquals(3, scheduled.getYValue(0, EIGHT + 1), 1e-9);
        assertEquals(0, scheduled.getYValue(0, EIGHT + 2), 1e-9);
        assertEquals(1, chart.understaffedMarkers(), "08:00 is the only under-staffed interval");
        assertEquals("Heads", xy.getRangeAxis().getLabel());
        assertEquals("Time", xy.getDomainAxis().getLabel());
        assertTrue(chart.tooltip(EIGHT).contains("required 20 heads"), chart.tooltip(EIGHT));
        assertTrue(chart.tooltip(EIGHT).contains("scheduled 15 heads"), chart.tooltip(EIGHT));
        assertTrue(chart.tooltip(EIGHT).startsWith("Mon 2026-03-02 08:00 \u2013 08:30"), chart.tooltip(EIGHT));
        Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "staffing-chart-day.png"));

        // Zoom in to the middle of the day, then pan to its start, then back to the whole day.
        chart.zoom(0.5, 0.5);
        assertEquals(List.of(MONDAY.atTime(6, 0), MONDAY.atTime(18, 0)), List.of(chart.range()));
        assertEquals(24, chart.points().size());
        chart.pan(-1);
        assertEquals(List.of(MONDAY.atStartOfDay(), MONDAY.atTime(12, 0)), List.of(chart.range()));
        chart.resetZoom();
        assertEquals(48, chart.points().size());

        // The month averages the plan's intervals per day: the plan has only Monday, 48 half hours.
        chart.setView(StaffingChart.View.MONTH);
        Ui.pump();
        assertEquals(List.of(LocalDate.of(2026, 3, 1).atStartOfDay(), LocalDate.of(2026, 4, 1).atStartOfDay()),
                List.of(chart.range()));
        assertEquals(StaffingChart.DAY, chart.bucket());
        required = xy.getDataset(0);
        assertEquals(1, required.getItemCount(0));
        assertEquals(MONDAY.atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC) * 1000d,
                required.getXValue(0, 0));
        assertEquals(20 / 48.0, required.getYValue(0, 0), 1e-9);
        assertEquals(20 / 48.0, required.getYValue(1, 0), 1e-9);
        assertEquals(18 / 48.0, xy.getDataset(1).getYValue(0, 0), 1e-9);
        assertEquals("Heads (mean per day)", xy.getRangeAxis().getLabel());
        assertEquals(1, chart.understaffedMarkers());
        Ui.screenshot(java.nio.file.Path.of("target", "screenshots", "staffing-chart-month.png"));

        chart.setView(StaffingChart.View.SEASON);
        assertEquals(List.of(LocalDate.of(2026, 1, 1).atStartOfDay(), LocalDate.of(2026, 4, 1).atStartOfDay()),
                List.of(chart.range()));
        assertEquals(1, chart.points().size());

        chart.setView(StaffingChart.View.DAY);
        int refreshed = chart.refreshes();
        editor.getPeriod().next();
        Ui.waitUntil("the chart follows the period", () -> chart.refreshes() > refreshed);
        assertTrue(chart.bars().isEmpty(), "Tuesday is not in the plan");
        assertEquals(0, xy.getDataset(0).getItemCount(0));
    }

    @Test
    void theChartIsExportedAsPng() throws Exception {
        StaffingEditor editor = open(textbookPlan());
        editor.setActivePage(ChartPage.ID);
        Ui.pump();
        StaffingChart chart = editor.getChartPage().getChart();
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("chart");
        java.nio.file.Path png = directory.resolve("monday.png");
        java.nio.file.Files.writeString(png, "old");
        chart.exportPng(png);
        byte[] bytes = java.nio.file.Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "a real picture: " + bytes.length + " bytes");
        assertEquals("\u0089PNG", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes, 16, 8); // IHDR: width, height
        int width = header.getInt();
        int height = header.getInt();
        assertTrue(width >= 800 && height >= 500, width + "x" + height);
        try (var left = java.nio.file.Files.list(directory)) {
            assertEquals(List.of(png), left.toList(), "no temporary file is left behind");
        }
        java.nio.file.Path missing = directory.resolve("no-such-folder").resolve("x.png");
        assertThrows(java.io.IOException.class, () -> chart.exportPng(missing));
    }

    @Test
    void aYearOfQuarterHoursIsOneVirtualTable() throws Exception {
        StaffingPlan year = StaffingPlans.create("Year", billing, 15, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        StaffingEditor editor = open(save(billing.eResource().getResourceSet(), "year.staffing", year));
        Table table = editor.getPlanPage().getTable().getViewer().getTable();
        assertEquals(35_040, table.getItemCount());
        assertTrue((table.getStyle() & SWT.VIRTUAL) != 0);

        editor.getPeriod().setLength(Period.Length.WEEK);
        editor.getPeriod().show(LocalDate.of(2026, 7, 15));
        Ui.pump();
        int monday = StaffingPlans.firstIndexAtOrAfter(editor.getPlan(), LocalDate.of(2026, 7, 13).atStartOfDay());
        assertEquals(monday, table.getTopIndex(), "the table scrolls to the week's Monday");
        assertEquals("Mon 2026-07-13 00:00", cell(table, monday, Column.START));
        assertTrue(editor.getPlanPage().getSummary().getText().startsWith("Week of Mon 2026-07-13: 0 of 672"),
                editor.getPlanPage().getSummary().getText());

        int october = StaffingPlans.firstIndexAtOrAfter(editor.getPlan(), LocalDate.of(2026, 10, 7).atTime(9, 30));
        editor.reveal(editor.getPlan().getIntervals().get(october));
        Ui.pump();
        assertEquals(LocalDate.of(2026, 10, 5), editor.getPeriod().first(), "a problem marker opens at its week");
        assertEquals(october, table.getSelectionIndex(), "and selects its interval");
    }

    @Test
    void theNewWizardCreatesAPlanForAQueueOfTheProject() throws Exception {
        Shell shell = PlanProjects.openNewWizard("tandem.staffing.ui.newStaffingPlan", project);
        Ui.type(Ui.text(shell, "File name:"), "spring.staffing");
        Ui.click(Ui.button(shell, "Next >"));
        Combo queue = Ui.findOne(shell, Combo.class, c -> "Queue".equals(c.getData("name")), "queue choice");
        assertEquals("Billing (acme.center)", queue.getText());
        select(Ui.findOne(shell, Combo.class, c -> "Interval".equals(c.getData("name")), "interval"), "30 minutes");
        Ui.type(Ui.text(shell, "First day:"), "2026-03-02");
        Ui.type(Ui.text(shell, "Last day:"), "2026-03-08");
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the staffing editor is open", () -> Ui.page().getActiveEditor() instanceof StaffingEditor);

        StaffingPlan plan = ((StaffingEditor) Ui.page().getActiveEditor()).getPlan();
        assertEquals("spring", plan.getName());
        assertEquals(30, plan.getIntervalMinutes());
        assertEquals(7 * 48, plan.getIntervals().size());
        assertEquals("Billing", plan.getQueue().getName());
        assertEquals(billing.getId(), plan.getQueue().getId(), "the plan refers to the setup's queue");
        assertTrue(plan.getIntervals().stream().allMatch(row -> row.getBaseline() == 0));
    }

    @Test
    void withoutASetupTheWizardCreatesOneWithTheNamedQueue() throws Exception {
        project.getFile("acme.center").delete(true, null);
        Shell shell = PlanProjects.openNewWizard("tandem.staffing.ui.newStaffingPlan", project);
        Ui.type(Ui.text(shell, "File name:"), "chat.staffing");
        Ui.click(Ui.button(shell, "Next >"));
        assertFalse(Ui.button(shell, "Finish").isEnabled(), "a queue name is needed");
        Ui.type(Ui.findOne(shell, org.eclipse.swt.widgets.Text.class, t -> "Queue name".equals(t.getData("name")),
                "queue name"), "Chat");
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the staffing editor is open", () -> Ui.page().getActiveEditor() instanceof StaffingEditor);
        StaffingPlan plan = ((StaffingEditor) Ui.page().getActiveEditor()).getPlan();
        assertEquals("Chat", plan.getQueue().getName());
        assertTrue(project.getFile(NewStaffingPlanWizard.NEW_SETUP).exists());
        assertNull(PlanDocuments.unresolvedReferences(plan.eResource()).stream().findFirst().orElse(null));
    }

    /** The background of a row's cells (the label provider colours each cell). */
    private static org.eclipse.swt.graphics.Color background(Table table, int row) {
        org.eclipse.swt.graphics.Color first = table.getItem(row).getBackground(0);
        for (Column column : Column.values()) {
            assertEquals(first, table.getItem(row).getBackground(column.ordinal()), "one colour for the whole row");
        }
        return first;
    }

    private static void select(Combo combo, String item) {
        combo.select(List.of(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        Ui.pump();
    }
}
