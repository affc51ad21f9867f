package tandem.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;

import tandem.checks.ui.CheckMarkers;
import tandem.core.documents.PlanDocuments;
import tandem.core.ui.editors.PlanEditor;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Node;
import tandem.samples.SamplePlans;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.ui.Ui;

/**
 * The product with its first-run example, as the end-to-end test sees it: the example project and its plans, the
 * check markers, the Problems view and the Project Explorer, the screenshots, and the notes the session before the
 * restart leaves for the one after it.
 */
final class ExampleWorkbench {

    static final String PLANNING_PERSPECTIVE = "tandem.application.planning";
    static final String IVR_EDITOR = "tandem.ivr.ui.ivrEditor";
    static final String STAFFING_EDITOR = "tandem.staffing.ui.staffingEditor";
    static final String ROSTER_EDITOR = "tandem.roster.ui.rosterEditor";
    static final String RUN_CHECKS = "tandem.checks.ui.runChecks";
    /** The Problems view's Quick Fix (Ctrl+1); the command keeps its historic JDT id. */
    static final String QUICK_FIX = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";

    /** The staffing plan the test exports and imports: the one the TV spot leaves short of agents. */
    static final String STAFFING_FILE = SamplePlans.STAFFING_FILES.get(0);

    static final String IVR_RULE = "quickfix.ivr-no-disconnect";
    static final String BILLING_MENU = "menu-billing-menu";
    static final String IVR_FINDING = "Menu 'Billing menu' hangs up on callers it does not understand: its no-match"
            + " handling ends in Disconnect 'Goodbye'"; // as a marker: without the closing full stop
    static final String IVR_FIX = "Put callers who are not understood through to queue 'General' instead of hanging"
            + " up";

    /** The example's deliberate problems as "rule in file" (the user guide's table). */
    static final Set<String> DELIBERATE_PROBLEMS = Set.of(
            "alignment.notice in " + SamplePlans.CALENDAR_FILE,
            "alignment.offer-inventory in " + SamplePlans.CALENDAR_FILE,
            IVR_RULE + " in " + SamplePlans.IVR_FILE,
            "alignment.staffing-covers-lift in " + STAFFING_FILE,
            "alignment.trained-before-launch in " + SamplePlans.TRAINING_FILE,
            "alignment.training-in-peak in " + SamplePlans.TRAINING_FILE,
            "quickfix.goal-time-bound in " + SamplePlans.GOALS_FILE);

    /** What the checks find once the IVR is fixed: every deliberate problem but the IVR's. */
    static final Set<String> PROBLEMS_AFTER_THE_FIX = DELIBERATE_PROBLEMS.stream()
            .filter(problem -> !problem.startsWith(IVR_RULE + " ")).collect(Collectors.toSet());

    /** Checks of the whole example may take a while on a loaded machine. */
    private static final long CHECKS_SECONDS = 90;

    private ExampleWorkbench() {
    }

    static IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(SamplePlans.DEFAULT_PROJECT_NAME);
    }

    static IFile file(String name) {
        return project().getFile(name);
    }

    /** Lets the workbench window fill the (virtual) screen, so that screenshots show all of it. */
    static void fillTheScreen() {
        Shell window = Ui.page().getWorkbenchWindow().getShell();
        window.setBounds(Ui.display().getBounds());
        Ui.pump();
    }

    /** Where the build wants the test's output: the module's target folder. */
    static Path output() {
        return Path.of(System.getProperty("tandem.e2e.output", "target"));
    }

    /** Saves a picture of the screen as {@code e2e-screenshots/<name>.png}. */
    static void screenshot(String name) {
        Ui.screenshot(output().resolve("e2e-screenshots").resolve(name + ".png"));
    }

    // ---- checks and markers

    /** The example's check markers as "rule in file". */
    static Set<String> markers() {
        Set<String> found = new TreeSet<>();
        for (IMarker marker : checkMarkers()) {
            found.add(marker.getAttribute(CheckMarkers.RULE_ID, "?") + " in " + marker.getResource().getName());
        }
        return found;
    }

    static List<IMarker> checkMarkers() {
        try {
            return List.of(project().findMarkers(CheckMarkers.TYPE, false, IResource.DEPTH_INFINITE));
        } catch (CoreException e) {
            return List.of(); // the project is on its way or gone: no markers
        }
    }

    static List<IMarker> markersOf(String rule) {
        return checkMarkers().stream().filter(m -> rule.equals(m.getAttribute(CheckMarkers.RULE_ID, ""))).toList();
    }

    /** Waits until no check runs and the example's markers are exactly these; fails showing the difference. */
    static void awaitMarkers(String what, Set<String> expected) {
        try {
            Ui.waitUntil(what, CHECKS_SECONDS,
                    () -> Job.getJobManager().isIdle() && markers().equals(new TreeSet<>(expected)));
        } catch (AssertionError e) {
            assertEquals(new TreeSet<>(expected), markers(), "the check markers of the example");
            throw e;
        }
    }

    /** Checks > Run Checks, and waits until a check of the example that started after it has finished. */
    static void runChecks() {
        // The checks run in a job per project, named for the Progress view (its family is internal to checks.ui).
        String name = "Checking plans in " + project().getName();
        Set<Job> started = ConcurrentHashMap.newKeySet();
        AtomicBoolean finished = new AtomicBoolean();
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                if (name.equals(event.getJob().getName())) {
                    started.add(event.getJob());
                }
            }

            @Override
            public void done(IJobChangeEvent event) {
                if (started.contains(event.getJob())) {
                    finished.set(true);
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            Ui.executeCommand(RUN_CHECKS);
            Ui.waitUntil("the checks of the example have run", CHECKS_SECONDS, finished::get);
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
    }

    // ---- views

    static IViewPart problemsView() {
        try {
            return Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        } catch (PartInitException e) {
            throw new AssertionError("The Problems view does not open: " + e.getMessage(), e);
        }
    }

    /** The item of the Problems view whose description is this text, every group expanded. */
    static TreeItem problemItem(IViewPart problems, String text) {
        Tree tree = problemsTree(problems);
        Ui.expandAll(tree); // pumps events: the view may replace its items meanwhile, so look for them afterwards
        List<TreeItem> items = new ArrayList<>();
        collectItems(tree.getItems(), items);
        return items.stream().filter(item -> item.getText(0).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("The Problems view does not list '" + text + "'"));
    }

    /** The Problems view's tree: the view's viewer is its selection provider. */
    static Tree problemsTree(IViewPart problems) {
        if (problems.getSite().getSelectionProvider() instanceof TreeViewer viewer) {
            return viewer.getTree();
        }
        throw new AssertionError("The Problems view shows no tree");
    }

    /** The first column (the description) of every item the Problems view lists, every group expanded. */
    static List<String> problemTexts(IViewPart problems) {
        Tree tree = problemsTree(problems);
        Ui.expandAll(tree);
        List<TreeItem> items = new ArrayList<>();
        collectItems(tree.getItems(), items);
        return items.stream().map(item -> item.getText(0)).toList();
    }

    private static void collectItems(TreeItem[] items, List<TreeItem> all) {
        for (TreeItem item : items) {
            all.add(item);
            collectItems(item.getItems(), all);
        }
    }

    /** Every finding's message, as the Problems view must list them. */
    static List<String> markerMessages() {
        return checkMarkers().stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    /**
     * Opens a plan of the example as a planner does: in the Project Explorer, expand the project and double-click
     * the file. Answers the editor, once it is the active one.
     */
    static PlanEditor openFromProjectExplorer(String fileName) {
        IViewPart explorer;
        try {
            explorer = Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        } catch (PartInitException e) {
            throw new AssertionError("The Project Explorer does not open: " + e.getMessage(), e);
        }
        Tree tree = ((CommonNavigator) explorer).getCommonViewer().getTree();
        Ui.expandAll(tree);
        TreeItem item = Ui.treeItem(tree, fileName);
        Ui.doubleClick(item);
        IFile file = file(fileName);
        Ui.waitUntil("the editor on " + fileName + " is the active editor",
                () -> Ui.page().getActiveEditor() != null && Ui.page().getActiveEditor() == editorOn(file));
        return editorOn(file);
    }

    /** The plan editor open on the file, or {@code null}. */
    static PlanEditor editorOn(IFile file) {
        for (IEditorReference reference : Ui.page().getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)) {
                    return reference.getEditor(true) instanceof PlanEditor editor ? editor : null;
                }
            } catch (PartInitException e) {
                // an editor whose input cannot be restored is not the one on this file
            }
        }
        return null;
    }

    /** The item with this text in a tree of wizards (File > Export, File > Import), categories expanded. */
    static TreeItem wizardItem(Tree wizards, String category, String name) {
        for (TreeItem item : Ui.expandAll(wizards)) {
            if (item.getText().equals(name) && item.getParentItem() != null
                    && item.getParentItem().getText().equals(category)) {
                return item;
            }
        }
        throw new AssertionError("No wizard '" + category + " > " + name + "' among " + Ui.expandAll(wizards)
                .stream().map(TreeItem::getText).toList());
    }

    // ---- plans

    /** The billing menu's no-match final action: the Goodbye hang-up in the example, an agent queue once fixed. */
    static Node billingNoMatchEnd(IvrScript script) {
        Menu menu = (Menu) script.getNodes().stream().filter(node -> BILLING_MENU.equals(node.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("the IVR script has no " + BILLING_MENU));
        assertTrue(menu.getNoMatch() != null, "the billing menu has its no-match handling");
        return menu.getNoMatch().getFinalAction();
    }

    /** The plan as saved in the workspace, read as every Tandem tool reads it. */
    static EObject loadFromDisk(String fileName) {
        try {
            return PlanDocuments.load(PlanDocuments.createResourceSet(),
                    URI.createPlatformResourceURI(file(fileName).getFullPath().toString(), true)).getContents()
                    .get(0);
        } catch (IOException e) {
            throw new AssertionError(fileName + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A few figures that tell a staffing plan's rows apart: their number and the sums of two columns. */
    static Properties figures(StaffingPlan plan) {
        long scheduled = 0;
        double baseline = 0;
        for (StaffingInterval interval : plan.getIntervals()) {
            scheduled += interval.getScheduled();
            baseline += interval.getBaseline();
        }
        Properties figures = new Properties();
        figures.setProperty("staffing.rows", Integer.toString(plan.getIntervals().size()));
        figures.setProperty("staffing.scheduled", Long.toString(scheduled));
        figures.setProperty("staffing.baseline", String.format(Locale.ROOT, "%.3f", baseline));
        figures.setProperty("staffing.first", String.valueOf(plan.getIntervals().get(0).getStart()));
        figures.setProperty("staffing.last",
                String.valueOf(plan.getIntervals().get(plan.getIntervals().size() - 1).getStart()));
        return figures;
    }

    // ---- what the session before the restart leaves for the one after it

    private static Path notes() {
        return output().resolve("e2e-before-restart.properties");
    }

    static void writeNotes(Properties notes) {
        try (OutputStream out = Files.newOutputStream(notes())) {
            notes.store(out, "What the end-to-end test expects to find after the restart");
        } catch (IOException e) {
            throw new AssertionError("Could not write " + notes() + ": " + e.getMessage(), e);
        }
    }

    static Properties readNotes() {
        Properties notes = new Properties();
        try (InputStream in = Files.newInputStream(notes())) {
            notes.load(in);
        } catch (IOException e) {
            throw new AssertionError("The session before the restart left no notes in " + notes(), e);
        }
        return notes;
    }
}
