package tandem.checks.ui.tests;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.model.CorePackage;

/** Test quick fix. */
public class GiveGeneralSkill implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Give the queue the general skill";
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        return SetCommand.create(domain, element, CorePackage.Literals.QUEUE__SKILL, "general");
    }
}
