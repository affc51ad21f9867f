package tandem.core.ui.wizards;

import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

/** Messages a wizard leaves behind when it has finished, so that a finished export or import is not silent. */
public final class StatusLine {

    private StatusLine() {
    }

    /**
     * Shows the text in the status line of the active view or editor of the workbench's active window (where the
     * user looks after a wizard closes); nothing when no part is active.
     */
    public static void tell(IWorkbench workbench, String text) {
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IWorkbenchPart part = page == null ? null : page.getActivePart();
        if (part == null) {
            return;
        }
        if (part.getSite() instanceof IViewSite view) {
            view.getActionBars().getStatusLineManager().setMessage(text);
        } else if (part.getSite() instanceof IEditorSite editor) {
            editor.getActionBars().getStatusLineManager().setMessage(text);
        }
    }
}
