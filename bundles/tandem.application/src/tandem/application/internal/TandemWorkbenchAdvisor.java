package tandem.application.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Starts the workbench on the workspace with the Planning perspective. */
public class TandemWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        // The Project Explorer and the Problems view look these images up by key; the IDE application normally
        // declares them, and Tandem does not use the IDE application.
        declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
        declare(configurer, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
        declare(configurer, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
        declare(configurer, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
        // Problems with a quick fix (most of Tandem's) show these, and the Quick Fix dialog its banner.
        declare(configurer, "IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.png");
        declare(configurer, "IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.png");
        declare(configurer, "IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.png");
        declare(configurer, "IMG_DLGBAN_QUICKFIX_DLG", "icons/full/wizban/quick_fix.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
        ImageDescriptor image = ImageDescriptor.createFromURL(
                org.eclipse.core.runtime.FileLocator.find(org.eclipse.core.runtime.Platform.getBundle(IDE_BUNDLE),
                        new org.eclipse.core.runtime.Path(path), null));
        configurer.declareImage(key, image, true);
    }

    /** How long the user-interface thread sleeps at most while the workbench opens its windows. */
    private static final int WAKE_MILLIS = 50;

    /**
     * Opens the windows as the workbench does, while a timer wakes the user-interface thread every 50 ms.
     * <p>
     * The workbench opens its windows on a thread of its own and meanwhile lets the user-interface thread sleep until
     * that thread wakes it. SWT's {@code Display.sleep()} on GTK loses a wake-up that comes just as the thread goes to
     * sleep (it clears its wake flag after the other thread has set it), and then sleeps until the event loop's next
     * timer, which at start can be seconds away: about one start in ten found its window 6 s late, the thread dump
     * showing the user-interface thread asleep in {@code WorkbenchAdvisor.openWindows} after the opening thread had
     * ended (docs/PERFORMANCE.md, "Workbench start"). The timer bounds such a sleep to 50 ms and stops once the
     * windows are open.
     */
    @Override
    public boolean openWindows() {
        Display display = Display.getCurrent();
        if (display == null) {
            return super.openWindows();
        }
        boolean[] opened = {false};
        Runnable[] wake = new Runnable[1];
        wake[0] = () -> {
            if (!opened[0]) {
                display.timerExec(WAKE_MILLIS, wake[0]);
            }
        };
        display.timerExec(WAKE_MILLIS, wake[0]);
        try {
            return super.openWindows();
        } finally {
            opened[0] = true;
            display.timerExec(-1, wake[0]);
        }
    }

    /**
     * Shows the Welcome view on the first start of a workspace only; it is not part of the perspective, so once
     * closed it stays closed (Window &gt; Show View brings it back).
     */
    @Override
    public void postStartup() {
        super.postStartup();
        org.eclipse.core.runtime.preferences.IEclipsePreferences preferences =
                org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(WELCOME_NODE);
        if (preferences.getBoolean(WELCOME_SHOWN, false)) {
            return;
        }
        preferences.putBoolean(WELCOME_SHOWN, true);
        try {
            preferences.flush();
            org.eclipse.ui.IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench()
                    .getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                window.getActivePage().showView(WelcomeView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            }
        } catch (org.osgi.service.prefs.BackingStoreException | org.eclipse.ui.PartInitException e) {
            ILog.of(TandemWorkbenchAdvisor.class).warn("Could not show the Welcome view: " + e.getMessage());
        }
    }

    /** Preference node and key (instance scope: per workspace) remembering that the Welcome view was shown. */
    static final String WELCOME_NODE = "tandem.application";
    static final String WELCOME_SHOWN = "welcomeShown";

    @Override
    public String getInitialWindowPerspectiveId() {
        return PlanningPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TandemWindowAdvisor(configurer);
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(TandemWorkbenchAdvisor.class).log(e.getStatus());
        }
        super.postShutdown();
    }
}
