package tandem.roster.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import tandem.core.documents.ElementPaths;
import tandem.core.ui.preferences.TandemPreferences;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.core.validation.ModelValidation;
import tandem.roster.model.Roster;
import tandem.staffing.model.StaffingPlan;

/**
 * Roster &gt; Generate Schedule...: checks the roster (an error names the element and nothing runs), asks for the
 * days, plans and time limit, and starts the generation job for the active roster editor.
 */
public class GenerateScheduleHandler extends AbstractHandler {

    public static final String COMMAND = "tandem.roster.ui.generateSchedule";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof RosterEditor editor && editor.getRoster() != null) {
            open(HandlerUtil.getActiveShell(event), editor);
        }
        return null;
    }

    /** Opens the dialog for the editor and starts the run the planner chose; answers it, or {@code null}. */
    static ScheduleGeneration open(Shell shell, RosterEditor editor) {
        if (editor.generation() != null) {
            MessageDialog.openInformation(shell, GenerateScheduleDialog.TITLE, "A schedule of "
                    + editor.getRoster().getName() + " is being generated already; wait for it or cancel it.");
            return null;
        }
        Roster roster = editor.getRoster();
        List<String> errors = errorsOf(roster);
        if (!errors.isEmpty()) {
            MessageDialog.openError(shell, GenerateScheduleDialog.TITLE, "The roster " + roster.getName()
                    + " has errors to correct before a schedule can be generated:\n\n- " + String.join("\n- ",
                            errors.subList(0, Math.min(12, errors.size()))));
            return null;
        }
        ProjectDocuments.Found<StaffingPlan> plans = ProjectDocuments.find(editor.getEditingDomain().getResourceSet(),
                editor.getResource().getURI(), "staffing", StaffingPlan.class);
        GenerateScheduleDialog dialog = new GenerateScheduleDialog(shell, roster, plans.roots(), plans.unreadable(),
                TandemPreferences.weekStart(), LocalDate.now());
        if (dialog.open() != Window.OK || dialog.getChoice() == null) {
            return null;
        }
        ScheduleGeneration job = ScheduleGeneration.start(editor, dialog.getChoice());
        editor.generationStarted(job);
        return job;
    }

    /** The roster's errors, each naming the element. */
    static List<String> errorsOf(Roster roster) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic child : ModelValidation.validate(roster).getChildren()) {
            if (child.getSeverity() < Diagnostic.ERROR) {
                continue;
            }
            String where = child.getData().isEmpty() || !(child.getData().get(0) instanceof EObject e) ? ""
                    : ElementPaths.of(e);
            errors.add(ElementPaths.withMessage(where, child.getMessage()));
        }
        return errors;
    }
}
