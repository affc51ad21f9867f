package tandem.samples.ui.internal;

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
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

import tandem.samples.SamplePlans;

/**
 * Shows a new example project the way a planner should first see it: the Planning perspective with the project
 * in the Project Explorer, the campaign calendar open, and the Checklist view, so that it and the Problems view
 * fill with what would have gone wrong. The checks themselves run by the checks UI as soon as the project's files
 * appear in the workspace, in the background while this opens the editor; asking for them again here would check
 * the project twice.
 */
public final class Showcase {

    /** The Planning perspective of the Tandem application. */
    public static final String PLANNING_PERSPECTIVE = "tandem.application.planning";
    /** Checks > Checklist, contributed by the checks UI. */
    public static final String CHECKLIST_VIEW = "tandem.checks.ui.checklistView";

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
        showChecklist(window, page);
    }

    private static void showChecklist(IWorkbenchWindow window, IWorkbenchPage page) {
        // Without the checks UI the example is still there to look at; the checks run on save once installed.
        if (window.getWorkbench().getViewRegistry().find(CHECKLIST_VIEW) != null) {
            try {
                page.showView(CHECKLIST_VIEW);
            } catch (PartInitException e) {
                log("Could not show the checklist of the example", e);
            }
        }
    }

    private static void log(String message, Exception e) {
        ILog.of(Showcase.class).log(new Status(IStatus.WARNING, "tandem.samples.ui", message, e));
    }
}
