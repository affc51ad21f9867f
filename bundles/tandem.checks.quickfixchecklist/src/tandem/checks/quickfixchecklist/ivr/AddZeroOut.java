package tandem.checks.quickfixchecklist.ivr;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.model.Queue;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Route;

/**
 * Fix of {@code quickfix.ivr-zero-out}: key 0 of the menu puts the caller through to the general queue (the
 * script's route to it, or a new one). A menu without key 0 gets a new option "0 / agent, representative"; an
 * existing key 0 is pointed at the route, since a second key 0 could never be chosen.
 */
public class AddZeroOut implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Let key 0 put callers through to queue '" + finding.data().get(GeneralQueue.QUEUE_NAME) + "'";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return GeneralQueue.isNamedIn(finding);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Menu menu)) {
            return null;
        }
        Queue queue = GeneralQueue.resolve(domain, finding);
        IvrScript script = Scripts.of(menu);
        if (queue == null || script == null) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(label(finding));
        Route route = GeneralQueue.routeTo(queue, script, domain, command);
        MenuOption zero = ZeroOutCheck.keyZero(menu);
        if (zero != null) {
            command.append(SetCommand.create(domain, zero, Literals.MENU_OPTION__TARGET, route));
        } else {
            MenuOption option = IvrFactory.eINSTANCE.createMenuOption();
            option.setKey("0");
            option.setPhrases("agent, representative");
            option.setTarget(route);
            command.append(AddCommand.create(domain, menu, Literals.MENU__OPTIONS, option));
        }
        return command;
    }
}
