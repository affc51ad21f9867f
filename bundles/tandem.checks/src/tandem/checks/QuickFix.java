package tandem.checks;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A resolution for findings of one check, contributed through {@code tandem.checks.quickfixes}. It changes the
 * model only through the command it returns, which the workbench executes on the editor's command stack, so Undo
 * reverts it.
 */
public interface QuickFix {

    /** What the fix does, with the values it proposes, e.g. "Raise scheduled heads to 23 in 4 intervals". */
    String label(Finding finding);

    /** Whether the fix can repair this finding (the default: every finding of its check). */
    default boolean appliesTo(Finding finding) {
        return true;
    }

    /**
     * The change, as a command on the editing domain that holds the element.
     *
     * @param element the finding's element, resolved in the domain's resource set
     * @return the command, or {@code null} when nothing can be done any more (the model changed meanwhile)
     */
    Command createCommand(EditingDomain domain, EObject element, Finding finding);
}
