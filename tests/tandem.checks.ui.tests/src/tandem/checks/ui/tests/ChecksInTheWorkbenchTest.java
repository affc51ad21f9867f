package tandem.checks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.checks.CheckReport;
import tandem.checks.CheckSettings;
import tandem.checks.ui.CheckMarkers;
import tandem.checks.ui.internal.WorkspaceChecks;
import tandem.core.model.ContactCenter;
import tandem.core.ui.internal.center.ContactCenterEditor;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * Plans that break a rule show markers in the Problems view and items in the Checklist view; a quick fix from the
 * marker repairs the plan in its editor and the marker goes; Undo brings it back. At start-up only the projects that
 * changed since their last check are checked (a new {@link WorkspaceChecks} stands for the next session).
 */
class ChecksInTheWorkbenchTest {

    private IProject project;
    private IFile setup;

    @BeforeEach
    void createPlans() throws CoreException {
        project = PlanProjects.open("checked");
        setup = project.getFile("acme.center");
        setup.create(new ByteArrayInputStream("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <queues id="queue-1" name="Billing"/>
                  <queues id="queue-2" name="Sales" skill="sales"/>
                </core:ContactCenter>
                """.getBytes(StandardCharsets.UTF_8)), true, null);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    private IMarker[] skillMarkers() {
        try {
            return Arrays.stream(setup.findMarkers(CheckMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> "uitest.queue-skill".equals(m.getAttribute(CheckMarkers.RULE_ID, "")))
                    .toArray(IMarker[]::new);
        } catch (CoreException e) {
            return new IMarker[0];
        }
    }

    @Test
    void aFindingIsAMarkerWithAQuickFixThatCanBeUndone() throws Exception {
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the check has placed a marker", () -> skillMarkers().length == 1);
        // The project's own first check may still be running and write its markers again after Run Checks wrote
        // them: the handle taken before that would name a marker that no longer exists, whose element opening it
        // cannot find. Take the marker that stays.
        waitForTheChecks();
        IMarker marker = skillMarkers()[0];
        assertEquals("Queue 'Billing' has no skill", // the finding's message without its full stop
                marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "a declared problem marker type");
        assertEquals("Contact center 'Acme' / Queue 'Billing'", marker.getAttribute(IMarker.LOCATION, ""));

        IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Ui.waitUntil("the Problems view lists the finding", () -> treeContains(problems, "Queue 'Billing' has no skill"));

        Ui.page().showView("tandem.checks.ui.checklistView");
        Tree checklistTree = Ui.findOne(Ui.page().getWorkbenchWindow().getShell(), Tree.class,
                t -> "Checklists".equals(t.getData("name")), "checklist tree");
        Ui.waitUntil("the Checklist view shows the failing item",
                () -> itemText(checklistTree, "Every queue has a skill").equals("fail (1)"));
        assertTrue(Ui.expandAll(checklistTree).stream().noneMatch(i -> i.getText(0).startsWith("Example Readiness")),
                "the example third-party checklist is not installed in this test runtime");

        IDE.openEditor(Ui.page(), marker);
        Ui.pump();
        ContactCenterEditor opened = (ContactCenterEditor) Ui.page().getActiveEditor();
        org.eclipse.swt.widgets.Table queues = Ui.table(opened.getPageContainer(), "Queues");
        assertEquals(0, queues.getSelectionIndex(), "opening the marker selects the queue it is about");
        org.eclipse.swt.graphics.Image error = org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
                .getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_ERROR_TSK);
        Ui.waitUntil("the row of the queue shows the error", () -> queues.getItem(0).getImage() == error);
        assertTrue(queues.getItem(1).getImage() != error, "the other queue is fine");

        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, resolutions.length);
        assertEquals("Give the queue the general skill", resolutions[0].getLabel());
        resolutions[0].run(marker);
        Ui.pump();

        ContactCenterEditor editor = (ContactCenterEditor) Ui.page().getActiveEditor();
        ContactCenter center = editor.getContactCenter();
        assertEquals("general", center.getQueues().get(0).getSkill(), "the fix changed the model in the editor");
        assertTrue(editor.isDirty());
        Ui.waitUntil("the marker is gone after the fix", () -> skillMarkers().length == 0);
        Ui.waitUntil("the row no longer shows the error", () -> queues.getItem(0).getImage() != error);
        Ui.waitUntil("the Checklist view shows the item passing",
                () -> itemText(checklistTree, "Every queue has a skill").equals("pass"));

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(null, center.getQueues().get(0).getSkill(), "Undo reverts the fix");
        Ui.waitUntil("the marker is back after Undo", () -> skillMarkers().length == 1);
    }

    @Test
    void oneQuickFixRepairsTheSimilarProblemsTooAndOneUndoRevertsThem() throws Exception {
        setup.setContents(new ByteArrayInputStream("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <queues id="queue-1" name="Monday"/>
                  <queues id="queue-2" name="Tuesday"/>
                  <queues id="queue-3" name="Wednesday"/>
                  <queues id="queue-4" name="Thursday"/>
                  <queues id="queue-5" name="Friday"/>
                  <queues id="queue-6" name="Saturday" skill="weekend"/>
                </core:ContactCenter>
                """.getBytes(StandardCharsets.UTF_8)), true, false, null);
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the check has placed five markers", () -> skillMarkers().length == 5);
        IMarker[] markers = skillMarkers();
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(markers[0]);
        org.eclipse.ui.views.markers.WorkbenchMarkerResolution resolution = org.junit.jupiter.api.Assertions
                .assertInstanceOf(org.eclipse.ui.views.markers.WorkbenchMarkerResolution.class, resolutions[0],
                        "the Quick Fix dialog can offer the similar problems");
        IMarker[] others = resolution.findOtherMarkers(markers);
        assertEquals(4, others.length, "the four other queues without a skill");

        resolution.run(markers, new org.eclipse.core.runtime.NullProgressMonitor());
        Ui.pump();
        ContactCenterEditor editor = (ContactCenterEditor) Ui.page().getActiveEditor();
        ContactCenter center = editor.getContactCenter();
        assertEquals(List.of("general", "general", "general", "general", "general", "weekend"),
                center.getQueues().stream().map(q -> q.getSkill()).toList());
        Ui.waitUntil("the markers are gone after the fix", () -> skillMarkers().length == 0);
        assertEquals("Undo Give the queue the general skill (5 problems)",
                "Undo " + editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertTrue(center.getQueues().stream().limit(5).allMatch(q -> q.getSkill() == null), "one Undo reverts all five");
    }

    @Test
    void savingAFixedPlanKeepsTheMarkersAway() throws Exception {
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the check has placed a marker", () -> skillMarkers().length == 1);
        IMarker marker = skillMarkers()[0];
        IDE.getMarkerHelpRegistry().getResolutions(marker)[0].run(marker);
        Ui.pump();
        Ui.executeCommand("org.eclipse.ui.file.save");
        Ui.page().closeAllEditors(false);
        Ui.waitUntil("no marker after saving the fix", () -> skillMarkers().length == 0);
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitForJobs();
        assertEquals(0, skillMarkers().length);
    }

    @Test
    void aPlanChangedOnDiskIsCheckedAgainAndADeletedOneLosesItsMarkers() throws Exception {
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the check has placed a marker", () -> skillMarkers().length == 1);
        // Another tool (or git pull) changes the file: the check runs again on the new content only.
        setup.setContents(new ByteArrayInputStream("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <queues id="queue-1" name="Billing" skill="billing"/>
                  <queues id="queue-2" name="Sales" skill="sales"/>
                  <queues id="queue-3" name="Claims"/>
                </core:ContactCenter>
                """.getBytes(StandardCharsets.UTF_8)), true, false, null);
        Ui.waitUntil("the marker names the new queue without a skill", () -> skillMarkers().length == 1
                && skillMarkers()[0].getAttribute(IMarker.MESSAGE, "").equals("Queue 'Claims' has no skill"));
        setup.delete(true, null);
        Ui.waitUntil("no marker is left on the deleted plan", () -> {
            try {
                return project.findMarkers(CheckMarkers.TYPE, true, IResource.DEPTH_INFINITE).length == 0;
            } catch (CoreException e) {
                return false;
            }
        });
    }

    @Test
    void theProjectSettingsSayAsOfWhichDayTheChecksRun() throws Exception {
        project.getFile(CheckSettings.FILE_NAME).create(new ByteArrayInputStream(
                (CheckSettings.AS_OF + " = 2027-02-15\n").getBytes(StandardCharsets.UTF_8)), true, null);
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the checks ran as of the day in the project's settings",
                () -> asOfMessage().equals("Checked as of 2027-02-15"));
        // A teammate's change to the settings (a git pull, say) applies without Run Checks.
        project.getFile(CheckSettings.FILE_NAME).setContents(new ByteArrayInputStream(
                (CheckSettings.AS_OF + " = 2027-03-01\n").getBytes(StandardCharsets.UTF_8)), true, false, null);
        Ui.waitUntil("the checks ran again as of the new day", () -> asOfMessage().equals("Checked as of 2027-03-01"));
        assertEquals(1, skillMarkers().length, "the other findings are still there");
    }

    @Test
    void thePreferencePageSetsTheDayChecksRunAsOf() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("tandem.checks");
        try {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                    Ui.page().getWorkbenchWindow().getShell(), "tandem.checks.ui.preferences", null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Text asOf = Ui.text(dialog.getShell(), "Check as of");
            Ui.type(asOf, "next spring");
            IPreferencePage page = (IPreferencePage) dialog.getSelectedPage();
            assertFalse(page.isValid(), "a day that is not a date is refused");
            assertEquals("Check as of: 'next spring' is not a date such as 2027-02-15",
                    ((org.eclipse.jface.preference.PreferencePage) page).getErrorMessage());
            Ui.type(asOf, "2027-02-15");
            assertTrue(page.isValid());
            Ui.click(Ui.button(dialog.getShell(), "Apply and Close"));
            assertEquals("2027-02-15", preferences.get(CheckSettings.AS_OF, null));

            Ui.executeCommand("tandem.checks.ui.runChecks");
            Ui.waitUntil("the checks ran as of the day in the preferences",
                    () -> asOfMessage().equals("Checked as of 2027-02-15"));
        } finally {
            preferences.remove(CheckSettings.AS_OF);
            preferences.flush();
        }
    }

    /** Checks the project now, as Run Checks does, and waits until its markers are written. */
    private void checkedOnce() {
        WorkspaceChecks.get().checkAll();
        waitForTheChecks();
    }

    private static WorkspaceChecks nextSession() {
        WorkspaceChecks next = new WorkspaceChecks();
        next.checkChanged();
        waitForTheChecks();
        return next;
    }

    /** Not {@code join()}: the checks read the unsaved contents of editors in this, the UI, thread. */
    private static void waitForTheChecks() {
        Ui.waitUntil("the checks have run", () -> Job.getJobManager().find(WorkspaceChecks.class).length == 0);
    }

    @Test
    void aProjectUnchangedSinceItsLastCheckIsNotCheckedAgain() throws Exception {
        checkedOnce();
        long marker = skillMarkers()[0].getId();
        WorkspaceChecks next = nextSession();
        assertEquals(marker, skillMarkers()[0].getId(), "the marker was not written again");
        CheckReport report = next.report(project);
        assertNotNull(report, "the report is read back from the markers");
        assertEquals(CheckReport.Outcome.FAIL, report.outcome("uitest.queue-skill"));
        assertEquals(WorkspaceChecks.get().report(project).outcomes(), report.outcomes(),
                "every check's outcome as the last check recorded it");
        assertEquals("Queue 'Billing' has no skill", report.findingsOf("uitest.queue-skill").get(0).message(),
                "the message as its marker holds it");
    }

    @Test
    void aProjectWhoseMarkersWentIsCheckedAgain() throws Exception {
        checkedOnce();
        skillMarkers()[0].delete();
        nextSession();
        assertEquals(1, skillMarkers().length, "the check ran and put the marker back");
    }

    @Test
    void aProjectNeverCheckedIsChecked() throws Exception {
        checkedOnce();
        long marker = skillMarkers()[0].getId();
        Files.delete(project.getWorkingLocation("tandem.checks.ui").append("last-check.properties").toFile().toPath());
        WorkspaceChecks next = nextSession();
        assertNotEquals(marker, skillMarkers()[0].getId(), "the check ran and wrote its marker anew");
        assertEquals(CheckReport.Outcome.FAIL, next.report(project).outcome("uitest.queue-skill"));
    }

    private String asOfMessage() {
        try {
            return Arrays.stream(setup.findMarkers(CheckMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> "uitest.as-of".equals(m.getAttribute(CheckMarkers.RULE_ID, "")))
                    .map(m -> m.getAttribute(IMarker.MESSAGE, "")).findFirst().orElse("");
        } catch (CoreException e) {
            return "";
        }
    }

    @Test
    void theChecklistsContextMenuFixesGoesToTheElementAndShowsTheProblem() throws Exception {
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the check has placed a marker", () -> skillMarkers().length == 1);
        Ui.page().showView("tandem.checks.ui.checklistView");
        Tree tree = Ui.findOne(Ui.page().getWorkbenchWindow().getShell(), Tree.class,
                t -> "Checklists".equals(t.getData("name")), "checklist tree");
        Ui.waitUntil("the Checklist view lists the finding", () -> Ui.expandAll(tree).stream()
                .anyMatch(item -> item.getText(0).equals("Queue 'Billing' has no skill.")));
        TreeItem finding = Ui.expandAll(tree).stream()
                .filter(item -> item.getText(0).equals("Queue 'Billing' has no skill.")).findFirst().orElseThrow();
        Ui.select(finding);
        assertEquals(List.of("Quick Fix... on", "Go to Element on", "Show in Problems on"), menu(tree));

        menuItem(tree, "Go to Element").notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event());
        Ui.pump();
        ContactCenterEditor opened = (ContactCenterEditor) Ui.page().getActiveEditor();
        assertEquals(0, Ui.table(opened.getPageContainer(), "Queues").getSelectionIndex(),
                "Go to Element selects the queue the finding is about");

        Ui.page().showView("tandem.checks.ui.checklistView");
        Ui.select(finding);
        menuItem(tree, "Show in Problems").notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event());
        Ui.pump();
        assertTrue(Ui.page().getActivePart() != null
                && IPageLayout.ID_PROBLEM_VIEW.equals(Ui.page().getActivePart().getSite().getId()),
                "the Problems view is shown");

        Ui.page().showView("tandem.checks.ui.checklistView");
        Ui.select(finding);
        org.eclipse.swt.widgets.MenuItem quickFix = menuItem(tree, "Quick Fix...");
        Ui.inDialog("Quick Fix", () -> quickFix.notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event()), shell -> {
                    org.eclipse.swt.widgets.Table fixes = Ui.findOne(shell, org.eclipse.swt.widgets.Table.class,
                            t -> true, "list of fixes");
                    assertEquals(List.of("Give the queue the general skill"), Ui.rows(fixes));
                    Ui.click(Ui.button(shell, "OK"));
                });
        Ui.pump();
        assertEquals("general", opened.getContactCenter().getQueues().get(0).getSkill(), "the fix ran");
    }

    /** The items of a control's context menu as "text on/off" (enabled or not), after it was filled. */
    private static List<String> menu(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.widgets.Menu menu = control.getMenu();
        assertNotNull(menu, "the view has a context menu");
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        Ui.pump();
        List<String> items = Arrays.stream(menu.getItems())
                .filter(item -> (item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) == 0)
                .map(item -> item.getText().replace("&", "") + (item.isEnabled() ? " on" : " off")).toList();
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        return items;
    }

    private static org.eclipse.swt.widgets.MenuItem menuItem(org.eclipse.swt.widgets.Control control,
            String text) {
        org.eclipse.swt.widgets.Menu menu = control.getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        Ui.pump();
        return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private static boolean treeContains(IViewPart view, String text) {
        for (Tree tree : Ui.findAll(view.getSite().getShell(), Tree.class, t -> true)) {
            if (Ui.expandAll(tree).stream().anyMatch(item -> item.getText(0).equals(text))) {
                return true;
            }
        }
        return false;
    }

    private static String itemText(Tree tree, String item) {
        for (TreeItem checklist : tree.getItems()) {
            checklist.setExpanded(true);
            for (TreeItem check : checklist.getItems()) {
                if (check.getText(0).equals(item)) {
                    return check.getText(1);
                }
            }
        }
        return "";
    }
}
