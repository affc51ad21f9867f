package tandem.application.internal;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Tandem workbench: plans are files in the projects of one workspace (by default ~/tandem-workspace). */
public class TandemApplication implements IApplication {

    /** The exit code when no display could be opened (the start scripts pass it on). */
    static final Integer EXIT_NO_DISPLAY = 3;

    /** The exit code when the workspace is in use by another Tandem (after saying so in a dialog). */
    static final Integer EXIT_WORKSPACE_IN_USE = 4;

    /** What a user without the workbench can still do, ending the messages that say why it cannot start. */
    private static final String WITHOUT_WORKBENCH =
            "tandem-cli checks plans, computes staffing and imports and exports Excel.";

    @Override
    public Object start(IApplicationContext context) throws IOException {
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            // A display that is set but cannot be reached (no X server there, or this user may not connect to it) is
            // the user's setup, not an internal error: say so in words instead of "An error has occurred".
            System.err.println(noDisplay(System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY")));
            return EXIT_NO_DISPLAY;
        } catch (UnsatisfiedLinkError e) {
            System.err.println("tandem: the workbench needs GTK 3 (on Debian and Ubuntu the package libgtk-3-0): "
                    + e.getMessage() + ". Without it, " + WITHOUT_WORKBENCH);
            return EXIT_NO_DISPLAY;
        }
        Location workspace = Platform.getInstanceLocation();
        try {
            if (!workspace.isSet()) {
                File folder = new File(System.getProperty("user.home"), "tandem-workspace");
                workspace.set(new URL("file", null, folder.getAbsolutePath() + File.separator), false);
            }
            if (!workspace.lock()) {
                MessageDialog.openError(null, "Tandem", "The workspace " + workspace.getURL().getFile()
                        + " is in use by another Tandem window. Close it, or start Tandem with -data <folder>.");
                return EXIT_WORKSPACE_IN_USE;
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

    static String noDisplay(String x11, String wayland) {
        String which = x11 != null && !x11.isEmpty() ? "the display " + x11
                : wayland != null && !wayland.isEmpty() ? "the Wayland display " + wayland : "a display";
        return "tandem: could not open " + which + ": is a display server running there, and may this user connect to"
                + " it (xhost, XAUTHORITY)? Without a display, " + WITHOUT_WORKBENCH;
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
