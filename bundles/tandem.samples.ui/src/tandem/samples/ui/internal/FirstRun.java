package tandem.samples.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import tandem.samples.SamplePlans;

/**
 * The first-run experience: when the workbench starts for the first time on an empty workspace, a new planner gets
 * the example project, its campaign calendar open and the checks run, without having to find anything.
 * <p>
 * It happens only when the system property {@value #PROPERTY} is {@code true} (the product sets it; the workbench
 * tests of other bundles, which start on empty workspaces too, do not), and only once per workspace: the instance
 * preference {@value #OFFERED} remembers that the example was offered, even when the planner deletes it. Start-up is
 * never held up: the project is written by a background job once the window is open (the example's files are
 * copied from those {@code tandem.samples} ships), and the editor follows in the UI thread while the checks run.
 */
public class FirstRun implements IStartup {

    /** System property that switches the first-run example on ({@code -Dtandem.firstRunSample=true}). */
    public static final String PROPERTY = "tandem.firstRunSample";
    /** Preference node (instance scope, so per workspace) and key that remember the offer. */
    public static final String NODE = "tandem.samples.ui";
    public static final String OFFERED = "firstRunSampleOffered";

    @Override
    public void earlyStartup() {
        offerIfFirstRun();
    }

    /**
     * Creates and presents the example if this is the first run of an empty workspace and the property allows it.
     *
     * @return the job creating the example, or {@code null} when there is nothing to do
     */
    public static WorkspaceJob offerIfFirstRun() {
        if (!"true".equals(System.getProperty(PROPERTY)) || !PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        if (preferences.getBoolean(OFFERED, false)) {
            return null;
        }
        // Whatever the workspace holds, its first start decides: an example is never pushed on later.
        preferences.putBoolean(OFFERED, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            log(IStatus.WARNING, "Could not remember that the example plans were offered", e);
        }
        if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            return null;
        }
        WorkspaceJob job = new CreateExample(PlatformUI.getWorkbench());
        job.schedule();
        return job;
    }

    /** Writes the example in the background, then presents it in the UI thread. */
    private static final class CreateExample extends WorkspaceJob {
        private final IWorkbench workbench;

        CreateExample(IWorkbench workbench) {
            super("Creating the example plans");
            this.workbench = workbench;
            setRule(ResourcesPlugin.getWorkspace().getRoot());
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FirstRun.class;
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) {
            IProject project;
            try {
                project = ExampleProjects.create(SamplePlans.DEFAULT_PROJECT_NAME, monitor);
            } catch (CoreException e) {
                log(IStatus.WARNING, "Could not create the example plans on first run", e);
                return Status.OK_STATUS; // nothing for the planner to act on; the wizard remains
            }
            Display display = workbench.getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    IWorkbenchWindow window = windowOf(workbench);
                    if (window != null && project.isAccessible()) {
                        Showcase.present(window, project);
                    }
                });
            }
            return Status.OK_STATUS;
        }
    }

    private static IWorkbenchWindow windowOf(IWorkbench workbench) {
        if (workbench.isClosing()) {
            return null;
        }
        IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
        if (active != null) {
            return active;
        }
        IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
        return windows.length == 0 ? null : windows[0];
    }

    private static void log(int severity, String message, Exception e) {
        ILog.of(FirstRun.class).log(new Status(severity, NODE, message, e));
    }
}
