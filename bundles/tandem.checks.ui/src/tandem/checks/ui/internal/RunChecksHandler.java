package tandem.checks.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Checks > Run Checks: checks every open project now and shows the Checklist view. */
public class RunChecksHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        WorkspaceChecks.get().checkAll();
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ChecklistView.ID);
        } catch (PartInitException | org.eclipse.core.commands.ExecutionException e) {
            // The markers in the Problems view still show the results.
        }
        return null;
    }
}
