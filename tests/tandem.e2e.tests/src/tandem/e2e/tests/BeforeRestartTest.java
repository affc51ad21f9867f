package tandem.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.e2e.tests.ExampleWorkbench.DELIBERATE_PROBLEMS;
import static tandem.e2e.tests.ExampleWorkbench.IVR_FINDING;
import static tandem.e2e.tests.ExampleWorkbench.IVR_FIX;
import static tandem.e2e.tests.ExampleWorkbench.IVR_RULE;
import static tandem.e2e.tests.ExampleWorkbench.STAFFING_FILE;
import static tandem.e2e.tests.ExampleWorkbench.awaitMarkers;
import static tandem.e2e.tests.ExampleWorkbench.billingNoMatchEnd;
import static tandem.e2e.tests.ExampleWorkbench.editorOn;
import static tandem.e2e.tests.ExampleWorkbench.file;
import static tandem.e2e.tests.ExampleWorkbench.markersOf;
import static tandem.e2e.tests.ExampleWorkbench.problemTexts;
import static tandem.e2e.tests.ExampleWorkbench.problemsView;
import static tandem.e2e.tests.ExampleWorkbench.project;
import static tandem.e2e.tests.ExampleWorkbench.screenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.core.ui.editors.PlanEditor;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Roster;
import tandem.samples.SamplePlans;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.ui.Ui;

/**
 * Issue #10, before the restart: a planner's first session with the product on a new workspace. The example comes
 * up checked; the planner opens the IVR script and a staffing plan from the Project Explorer, runs the checks,
 * repairs the IVR from the Problems view's Quick Fix, undoes and redoes the fix, exports the staffing plan to Excel
 * and imports the workbook back, saves and quits. {@link AfterRestartTest} then starts the product again on the
 * same workspace, reading what this session noted it must find. Each step leaves a screenshot in
 * {@code target/e2e-screenshots}.
 */
@TestMethodOrder(OrderAnnotation.class)
class BeforeRestartTest {

    private static PlanEditor ivrEditor;
    private static PlanEditor staffingEditor;
    private static Path workbook;
    private static int intervalRows;

    @Test
    @Order(1)
    void theProductStartsOnTheExampleInThePlanningPerspective() {
        ExampleWorkbench.fillTheScreen();
        Ui.waitUntil("the first start created the example project", 60, () -> project().isOpen());
        Ui.waitUntil("the first start opened the campaign calendar", 60,
                () -> editorOn(file(SamplePlans.CALENDAR_FILE)) != null);
        IWorkbenchPage page = Ui.page();
        assertEquals(ExampleWorkbench.PLANNING_PERSPECTIVE, page.getPerspective().getId());
        assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "the Project Explorer is open");
        assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "the Problems view is open");
        assertEquals(1, ResourcesPlugin.getWorkspace().getRoot().getProjects().length, "a new workspace");
        for (String name : SamplePlans.fileNames()) {
            assertTrue(file(name).exists(), name + " is in the example project");
        }
        awaitMarkers("the first start's checks have marked the example's problems", DELIBERATE_PROBLEMS);
        screenshot("01-first-start");
    }

    @Test
    @Order(2)
    void thePlannerOpensTheIvrScriptAndTheStaffingPlanFromTheProjectExplorer() {
        ivrEditor = ExampleWorkbench.openFromProjectExplorer(SamplePlans.IVR_FILE);
        assertEquals(ExampleWorkbench.IVR_EDITOR, ivrEditor.getSite().getId());
        assertInstanceOf(IvrScript.class, ivrEditor.getRoot());
        assertInstanceOf(Disconnect.class, billingNoMatchEnd(ivrScript()), "the example's billing menu hangs up");

        staffingEditor = ExampleWorkbench.openFromProjectExplorer(STAFFING_FILE);
        assertEquals(ExampleWorkbench.STAFFING_EDITOR, staffingEditor.getSite().getId());
        intervalRows = staffingPlan().getIntervals().size();
        assertTrue(intervalRows > 10_000, "a year of half hours, not " + intervalRows);
        assertEquals(intervalRows, Ui.table(staffingEditor.getPageContainer(), "Intervals").getItemCount(),
                "the editor's table has a row per interval");
        screenshot("02-plans-open");

        // The roster schedules the peak week: on Wednesday 24 March the Easter Flash Sale huddle (08:00-08:15)
        // takes every Sales agent off the phones.
        PlanEditor rosterEditor = ExampleWorkbench.openFromProjectExplorer(SamplePlans.ROSTER_FILE);
        assertEquals(ExampleWorkbench.ROSTER_EDITOR, rosterEditor.getSite().getId());
        Roster roster = assertInstanceOf(Roster.class, rosterEditor.getRoot());
        assertEquals(180, roster.getAgents().size(), "the example's agents");
        long salesAgents = roster.getAgents().stream().filter(a -> "team-sales".equals(a.getTeam().getId())).count();
        LocalDateTime huddle = LocalDateTime.of(2027, 3, 24, 8, 0);
        long salesInTraining = roster.getShifts().stream()
                .filter(shift -> "team-sales".equals(shift.getAgent().getTeam().getId()))
                .filter(shift -> shift.getActivities().stream().anyMatch(activity -> activity.getKind()
                        == ActivityKind.TRAINING && huddle.equals(activity.getStart())))
                .count();
        assertEquals(salesAgents, salesInTraining, "every Sales agent is in the huddle on the peak day");
        CTabFolder tabs = (CTabFolder) rosterEditor.getPageContainer();
        for (int i = 0; i < tabs.getItemCount(); i++) {
            if ("Schedule".equals(tabs.getItem(i).getText())) {
                tabs.setSelection(i);
                Event select = new Event();
                select.item = tabs.getItem(i);
                tabs.notifyListeners(SWT.Selection, select);
            }
        }
        assertEquals("Schedule", tabs.getSelection().getText(), "the roster editor has a Schedule tab");
        Ui.pump();
        screenshot("02b-roster-schedule");
    }

    @Test
    @Order(3)
    void runChecksMarksTheDeliberateProblemsInTheProblemsView() {
        ExampleWorkbench.runChecks();
        awaitMarkers("Run Checks has marked the example's problems", DELIBERATE_PROBLEMS);
        assertEquals(1, markersOf(IVR_RULE).size());
        assertEquals(IVR_FINDING, markersOf(IVR_RULE).get(0).getAttribute(IMarker.MESSAGE, ""));

        IViewPart problems = problemsView();
        List<String> messages = ExampleWorkbench.markerMessages();
        Ui.waitUntil("the Problems view lists every finding, the IVR's among them",
                () -> problemTexts(problems).containsAll(messages) && problemTexts(problems).contains(IVR_FINDING));
        screenshot("03-checks-run");
    }

    @Test
    @Order(4)
    void theQuickFixFromTheProblemsViewPutsCallersThroughToAnAgent() {
        IViewPart problems = problemsView();
        Ui.page().activate(problems);
        Ui.select(ExampleWorkbench.problemItem(problems, IVR_FINDING));

        Ui.inDialog("Quick Fix", () -> Ui.executeCommand(ExampleWorkbench.QUICK_FIX), dialog -> {
            Table fixes = Ui.findOne(dialog, Table.class, table -> Ui.rows(table).contains(IVR_FIX),
                    "list of fixes offering '" + IVR_FIX + "'");
            Ui.selectRow(fixes, Ui.rows(fixes).indexOf(IVR_FIX));
            // The dialog quotes the problem in a sentence of its own: one closing mark, not "'Goodbye'.'.".
            List<String> texts = new java.util.ArrayList<>();
            Ui.findAll(dialog, org.eclipse.swt.widgets.Text.class, t -> true).forEach(t -> texts.add(t.getText()));
            Ui.findAll(dialog, org.eclipse.swt.widgets.Label.class, l -> true).forEach(l -> texts.add(l.getText()));
            Ui.findAll(dialog, org.eclipse.swt.custom.CLabel.class, l -> true).forEach(l -> texts.add(l.getText()));
            assertTrue(texts.contains("Select the fix for '" + IVR_FINDING + "'."), texts::toString);
            assertTrue(texts.stream().noneMatch(text -> text.matches("(?s).*[.;:,]'[.;:,].*")), texts::toString);
            screenshot("04-quick-fix-dialog");
            Ui.click(Ui.button(dialog, "Finish"));
        });

        Route route = assertInstanceOf(Route.class, billingNoMatchEnd(ivrScript()),
                "callers who are not understood reach an agent");
        assertEquals("General", route.getQueue().getName());
        assertTrue(ivrEditor.isDirty(), "the fix waits in the editor to be saved");
        Ui.waitUntil("the IVR finding is gone", () -> markersOf(IVR_RULE).isEmpty());
        Ui.waitUntil("the Problems view no longer lists the IVR finding",
                () -> !problemTexts(problems).contains(IVR_FINDING));
        screenshot("05-quick-fix-applied");
    }

    @Test
    @Order(5)
    void undoTakesTheFixBackAndTheFindingReturns() {
        Ui.page().activate(ivrEditor);
        Ui.executeCommand("org.eclipse.ui.edit.undo");

        Node end = billingNoMatchEnd(ivrScript());
        assertInstanceOf(Disconnect.class, end, "the billing menu hangs up again");
        assertEquals("disconnect-goodbye", end.getId());
        assertFalse(ivrEditor.isDirty(), "back to the saved script");
        Ui.waitUntil("the IVR finding is back", () -> markersOf(IVR_RULE).size() == 1);
        IViewPart problems = problemsView();
        Ui.waitUntil("the Problems view lists the IVR finding again",
                () -> problemTexts(problems).contains(IVR_FINDING));
        Ui.page().activate(ivrEditor);
        screenshot("06-undo");
    }

    @Test
    @Order(6)
    void redoAppliesTheFixAgain() {
        Ui.page().activate(ivrEditor);
        Ui.executeCommand("org.eclipse.ui.edit.redo");

        Route route = assertInstanceOf(Route.class, billingNoMatchEnd(ivrScript()));
        assertEquals("General", route.getQueue().getName());
        assertTrue(ivrEditor.isDirty());
        Ui.waitUntil("the IVR finding is gone again", () -> markersOf(IVR_RULE).isEmpty());
        IViewPart problems = problemsView();
        Ui.waitUntil("the Problems view no longer lists the IVR finding",
                () -> !problemTexts(problems).contains(IVR_FINDING));
        Ui.page().activate(ivrEditor);
        screenshot("07-redo");
    }

    @Test
    @Order(7)
    void fileExportWritesTheStaffingPlanAsAnExcelWorkbook() throws IOException {
        workbook = ExampleWorkbench.output().resolve("e2e-export").resolve("sales-2027.xlsx");
        Files.createDirectories(workbook.getParent());
        Files.deleteIfExists(workbook);
        Ui.page().activate(staffingEditor);

        Ui.inDialog("Export", () -> Ui.executeCommand("org.eclipse.ui.file.export"), dialog -> {
            Tree wizards = Ui.findOne(dialog, Tree.class, Tree::isVisible, "tree of export wizards");
            Ui.select(ExampleWorkbench.wizardItem(wizards, "Tandem", "Plan as Excel Workbook"));
            Ui.click(Ui.button(dialog, "Next >"));
            assertEquals(SamplePlans.DEFAULT_PROJECT_NAME + "/" + STAFFING_FILE, Ui.text(dialog, "Plan:").getText(),
                    "the wizard exports the plan of the active editor");
            Ui.type(Ui.text(dialog, "Workbook:"), workbook.toString());
            assertTrue(Ui.rows(Ui.table(dialog, "Sheets")).contains("Intervals " + intervalRows),
                    "the wizard lists the sheets: " + Ui.rows(Ui.table(dialog, "Sheets")));
            screenshot("08-export-wizard");
            Ui.click(Ui.button(dialog, "Finish"));
        });

        assertTrue(Files.isRegularFile(workbook), workbook + " was written");
        assertTrue(Files.size(workbook) > 100_000, "a year of intervals, not " + Files.size(workbook) + " bytes");
        screenshot("09-exported");
    }

    @Test
    @Order(8)
    void fileImportOfTheWorkbookChangesNothingInTheOpenPlan() {
        EObject before = EcoreUtil.copy(staffingPlan());
        Ui.page().activate(staffingEditor);

        Ui.inDialog("Import", () -> Ui.executeCommand("org.eclipse.ui.file.import"), dialog -> {
            Tree wizards = Ui.findOne(dialog, Tree.class, Tree::isVisible, "tree of import wizards");
            Ui.select(ExampleWorkbench.wizardItem(wizards, "Tandem", "Plan from Excel Workbook"));
            Ui.click(Ui.button(dialog, "Next >"));
            assertEquals(SamplePlans.DEFAULT_PROJECT_NAME + "/" + STAFFING_FILE, Ui.text(dialog, "Plan:").getText(),
                    "the workbook goes into the plan of the active editor");
            Ui.type(Ui.text(dialog, "Workbook:"), workbook.toString());
            assertEquals(List.of(), Ui.rows(Ui.table(dialog, "Problems")));
            List<String> changes = Ui.rows(Ui.table(dialog, "Changes"));
            assertTrue(changes.contains("Intervals 0 0 " + intervalRows),
                    "every interval is unchanged (sheet, added, changed, unchanged): " + changes);
            assertTrue(changes.stream().allMatch(row -> row.matches("\\S+ 0 0 \\d+")), "nothing added or changed: "
                    + changes);
            screenshot("10-import-wizard");
            Ui.click(Ui.button(dialog, "Finish"));
        });

        assertTrue(EcoreUtil.equals(before, staffingPlan()), "the plan after the round trip is the plan before it");
        assertEquals(intervalRows, Ui.table(staffingEditor.getPageContainer(), "Intervals").getItemCount(),
                "the editor shows every interval");
        assertTrue(staffingEditor.isReadable());
        screenshot("11-imported");
    }

    @Test
    @Order(9)
    void saveAllWritesTheFixAndLeavesNothingUnsaved() {
        Ui.page().activate(ivrEditor);
        Ui.executeCommand("org.eclipse.ui.file.saveAll");
        Ui.waitUntil("no editor has unsaved changes",
                () -> Arrays.stream(Ui.page().getEditorReferences()).noneMatch(IEditorReference::isDirty));

        Node saved = billingNoMatchEnd((IvrScript) ExampleWorkbench.loadFromDisk(SamplePlans.IVR_FILE));
        assertInstanceOf(Route.class, saved, "the saved IVR script has the fix");
        Properties notes = ExampleWorkbench.figures(staffingPlan());
        assertEquals(notes, ExampleWorkbench.figures((StaffingPlan) ExampleWorkbench.loadFromDisk(STAFFING_FILE)),
                "the saved staffing plan is the one in the editor");
        notes.setProperty("ivr.billingNoMatchEnd", saved.getId());
        awaitMarkers("the saved fix leaves the other problems", ExampleWorkbench.PROBLEMS_AFTER_THE_FIX);
        ExampleWorkbench.writeNotes(notes);
        screenshot("12-saved");
    }

    /**
     * File &gt; Exit, as the planner ends the session: the workbench saves its state (the open editors) and the
     * workspace. Left to itself, the test harness would only stop the e4 workbench underneath, which saves neither
     * (Tycho's UI harness finishes through {@code E4Testable}, not through {@code IWorkbench.close()}).
     */
    @Test
    @Order(10)
    void thePlannerQuitsTandem() {
        Ui.executeCommand("org.eclipse.ui.file.exit");
        assertTrue(PlatformUI.getWorkbench().isClosing(), "File > Exit closes the workbench");
    }

    private static IvrScript ivrScript() {
        return (IvrScript) ivrEditor.getRoot();
    }

    private static StaffingPlan staffingPlan() {
        return (StaffingPlan) staffingEditor.getRoot();
    }
}
