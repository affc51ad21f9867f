package tandem.application.internal;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Tandem workbench: plans are files in the projects of one workspace (by default ~/tandem-workspace). */
public class TandemApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws IOException {
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        try {
            if (!workspace.isSet()) {
                File folder = new File(System.getProperty("user.home"), "tandem-workspace");
                workspace.set(new URL("file", null, folder.getAbsolutePath() + File.separator), false);
            }
            if (!workspace.lock()) {
                MessageDialog.openError(null, "Tandem", "The workspace " + workspace.getURL().getFile()
                        + " is in use by another Tandem window. Close it, or start Tandem with -data <folder>.");
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new TandemWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (workspace.isLocked()) {
                workspace.release();
            }
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
