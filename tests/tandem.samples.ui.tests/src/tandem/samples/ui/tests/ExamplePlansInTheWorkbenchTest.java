package tandem.samples.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.checks.ui.CheckMarkers;
import tandem.samples.SamplePlans;
import tandem.samples.ui.internal.FirstRun;
import tandem.samples.ui.internal.NewExamplePlansWizard;
import tandem.test.support.ui.Ui;

/**
 * A new planner sees the value at once: the workbench's first start on an empty workspace creates the example
 * project, opens its campaign calendar and runs the checks; File > New > Example Plans does the same for another
 * project. Either way the Problems view holds the deliberate problems and the Checklist view shows failing items.
 * <p>
 * This test runtime starts like the product: with {@code -Dtandem.firstRunSample=true} on a new workspace (see the
 * pom).
 */
@TestMethodOrder(OrderAnnotation.class)
class ExamplePlansInTheWorkbenchTest {

    /** The check markers of the example: rule and file. One line per rule; add one when a new rule finds a problem. */
    private static final Set<String> EXPECTED_MARKERS = new TreeSet<>(List.of(
            "alignment.notice in " + SamplePlans.CALENDAR_FILE,
            "alignment.offer-inventory in " + SamplePlans.CALENDAR_FILE,
            "quickfix.ivr-no-disconnect in " + SamplePlans.IVR_FILE,
            "alignment.staffing-covers-lift in sales-2027.staffing",
            "alignment.trained-before-launch in " + SamplePlans.TRAINING_FILE,
            "alignment.training-in-peak in " + SamplePlans.TRAINING_FILE,
            "quickfix.goal-time-bound in " + SamplePlans.GOALS_FILE));

    private static final String CALENDAR_EDITOR = "tandem.campaign.ui.campaignEditor";
    private static final String CHECKLIST_VIEW = "tandem.checks.ui.checklistView";

    @BeforeEach
    void firstRunIsOver() throws InterruptedException {
        Job.getJobManager().join(FirstRun.class, null);
    }

    private static IProject example() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(SamplePlans.DEFAULT_PROJECT_NAME);
    }

    @Test
    @Order(1)
    void theFirstStartShowsTheExampleCheckedInThePlanningPerspective() throws Exception {
        IProject project = example();
        // The workbench offers the example from its early start-up, in the background: it may still be on its way.
        Ui.waitUntil("the first start created the example project", project::isOpen);
        Job.getJobManager().join(FirstRun.class, null);
        Ui.waitUntil("the campaign calendar of the example is open",
                () -> editorOn(project.getFile(SamplePlans.CALENDAR_FILE)) != null);
        IWorkbenchPage page = Ui.page();
        assertEquals("tandem.application.planning", page.getPerspective().getId());
        assertEquals(CALENDAR_EDITOR, editorOn(project.getFile(SamplePlans.CALENDAR_FILE)).getSite().getId());
        for (String view : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, CHECKLIST_VIEW)) {
            assertNotNull(page.findView(view), view + " is open");
        }
        // The Problems and Checklist views share a folder of the perspective; the checklist tells the story.
        assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROJECT_EXPLORER)), "the project is in sight");
        assertTrue(page.isPartVisible(page.findView(CHECKLIST_VIEW)), "the checklist is in sight");
        for (String name : SamplePlans.fileNames()) {
            assertTrue(project.getFile(name).exists(), name + " is in the project");
        }
        awaitDeliberateProblems(project);
        assertTrue(InstanceScope.INSTANCE.getNode(FirstRun.NODE).getBoolean(FirstRun.OFFERED, false),
                "the workspace remembers that the example was offered");
    }

    @Test
    @Order(2)
    void theProductIsTandemWithItsOwnAboutText() {
        IProduct product = Platform.getProduct();
        assertEquals("tandem.application.product", product.getId());
        assertEquals("Tandem", product.getName());
        String about = product.getProperty("aboutText");
        assertTrue(about.startsWith("Tandem\nContact-center planning workbench"), "translated, not a key: " + about);
    }

    @Test
    @Order(2)
    void theWizardCreatesTheProjectOpensTheCalendarAndRunsTheChecks() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(NewExamplePlansWizard.ID);
        assertNotNull(descriptor, "File > New lists the example plans");
        assertEquals("tandem", descriptor.getCategory().getId());
        NewExamplePlansWizard wizard = (NewExamplePlansWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(Ui.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.pump();

        Text name = Ui.text(dialog.getShell(), "Project name");
        Button finish = Ui.button(dialog.getShell(), "Finish");
        String suggested = example().exists() ? SamplePlans.DEFAULT_PROJECT_NAME + " 2"
                : SamplePlans.DEFAULT_PROJECT_NAME;
        assertEquals(suggested, name.getText(), "a name no project has yet");
        assertTrue(finish.isEnabled());
        IProject taken = ResourcesPlugin.getWorkspace().getRoot().getProject("Taken");
        taken.create(null);
        name.setText("Taken");
        Ui.pump();
        assertFalse(finish.isEnabled(), "a name in use is refused");
        name.setText("  ");
        Ui.pump();
        assertFalse(finish.isEnabled(), "a project needs a name");
        name.setText("Wizard Example");
        Ui.pump();
        Ui.click(finish);

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Wizard Example");
        assertTrue(project.isOpen(), "the wizard created and opened the project");
        assertEquals(project, wizard.getCreatedProject());
        IFile calendar = project.getFile(SamplePlans.CALENDAR_FILE);
        Ui.waitUntil("the campaign calendar is the active editor", () -> Ui.page().getActiveEditor() != null
                && Ui.page().getActiveEditor() == editorOn(calendar));
        assertEquals(CALENDAR_EDITOR, Ui.page().getActiveEditor().getSite().getId());

        awaitDeliberateProblems(project);
        List<String> messages = new ArrayList<>();
        for (IMarker marker : project.findMarkers(CheckMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
            messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
        }
        IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Ui.waitUntil("the Problems view lists every finding", () -> treeTexts(problems).containsAll(messages));

        Ui.page().showView(CHECKLIST_VIEW);
        Tree checklist = Ui.findOne(Ui.page().getWorkbenchWindow().getShell(), Tree.class,
                t -> "Checklists".equals(t.getData("name")), "checklist tree");
        for (String item : List.of("Customer service notified in time", "Enough inventory for the offer",
                "IVR never disconnects on no-match / no-input", "Staffing covers the campaign lift",
                "Agents trained before the launch")) {
            Ui.waitUntil("the Checklist view shows '" + item + "' failing",
                    () -> itemStatus(checklist, item).startsWith("fail"));
        }
        Ui.waitUntil("the Checklist view warns about the training in Spring Upgrade's peak",
                () -> itemStatus(checklist, "Training stays out of campaign peaks").startsWith("warn"));
        Ui.waitUntil("the Checklist view warns about the goal without a deadline",
                () -> itemStatus(checklist, "Goals are time-bound").startsWith("warn"));
        assertEquals("pass", itemStatus(checklist, "Success metrics, survey plan and feedback review"),
                "the rest of the plans fit");
        taken.delete(true, null);
    }

    @Test
    @Order(3)
    void theExampleIsOfferedOncePerWorkspaceEvenWhenTheWorkspaceIsEmptyAgain() throws Exception {
        Ui.page().closeAllEditors(false);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
        assertNull(FirstRun.offerIfFirstRun(), "nothing to do on a later start");
        Ui.waitForJobs();
        assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
    }

    private static void awaitDeliberateProblems(IProject project) {
        try {
            // Markers are replaced while a check runs: compare only when no check is running.
            Ui.waitUntil("the checks have marked the deliberate problems",
                    () -> Job.getJobManager().isIdle() && markers(project).equals(EXPECTED_MARKERS));
        } catch (AssertionError e) {
            assertEquals(EXPECTED_MARKERS, markers(project), "the check markers of " + project.getName());
            throw e;
        }
    }

    /** The project's check markers as "rule in file". */
    private static Set<String> markers(IProject project) {
        Set<String> found = new TreeSet<>();
        try {
            for (IMarker marker : project.findMarkers(CheckMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
                found.add(marker.getAttribute(CheckMarkers.RULE_ID, "?") + " in " + marker.getResource().getName());
            }
        } catch (CoreException e) {
            return Set.of();
        }
        return found;
    }

    private static IEditorPart editorOn(IFile file) {
        for (IEditorReference reference : Ui.page().getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)) {
                    return reference.getEditor(true);
                }
            } catch (PartInitException e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> treeTexts(IViewPart view) {
        List<String> texts = new ArrayList<>();
        for (Tree tree : Ui.findAll(view.getSite().getShell(), Tree.class, Tree::isVisible)) {
            Ui.expandAll(tree).forEach(item -> texts.add(item.getText(0)));
        }
        return texts;
    }

    private static String itemStatus(Tree tree, String item) {
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
