package tandem.staffing.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Staffing > Forecast...: opens the forecast dialog for the active staffing plan editor. */
public class ForecastBaselineHandler extends AbstractHandler {

    public static final String COMMAND = "tandem.staffing.ui.forecastBaseline";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof StaffingEditor editor && editor.getPlan() != null) {
            new ForecastDialog(HandlerUtil.getActiveShell(event), editor).open();
        }
        return null;
    }
}
