package tandem.samples.ui.internal;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

import tandem.samples.SamplePlans;

/**
 * Shows a new example project the way a planner should first see it: the Planning perspective with the project
 * in the Project Explorer, the campaign calendar open, and the checks run, so that the Problems and Checklist views
 * fill with what would have gone wrong.
 */
public final class Showcase {

    /** The Planning perspective of the Tandem application. */
    public static final String PLANNING_PERSPECTIVE = "tandem.application.planning";
    /** Checks > Run Checks, contributed by the checks UI. */
    public static final String RUN_CHECKS = "tandem.checks.ui.runChecks";

    private Showcase() {
    }

    /** Presents the project in the window; parts that are not installed are left out. Call in the UI thread. */
    public static void present(IWorkbenchWindow window, IProject project) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        IPerspectiveDescriptor planning = window.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(PLANNING_PERSPECTIVE);
        if (planning != null && !planning.equals(page.getPerspective())) {
            page.setPerspective(planning);
        }
        try {
            IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
            if (explorer instanceof ISetSelectionTarget target) {
                target.selectReveal(new StructuredSelection(project));
            }
            page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            log("Could not show the views of the example", e);
        }
        IFile calendar = project.getFile(SamplePlans.CALENDAR_FILE);
        try {
            IDE.openEditor(page, calendar, true);
        } catch (PartInitException e) {
            log("Could not open " + calendar.getFullPath(), e);
        }
        runChecks(window);
    }

    private static void runChecks(IWorkbenchWindow window) {
        IHandlerService handlers = window.getService(IHandlerService.class);
        try {
            handlers.executeCommand(RUN_CHECKS, null);
        } catch (CommandException e) {
            // Without the checks UI the example is still there to look at; the checks run on save once installed.
            log("Could not run the checks on the example", e);
        }
    }

    private static void log(String message, Exception e) {
        ILog.of(Showcase.class).log(new Status(IStatus.WARNING, "tandem.samples.ui", message, e));
    }
}
