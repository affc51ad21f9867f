package tandem.checks.quickfixchecklist.ivr;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.model.Queue;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;

/**
 * Fix of {@code quickfix.ivr-no-disconnect}: the no-match or no-input final action becomes a route to the general
 * queue (the script's existing route to it, or a new one). Applies only when such a queue was found.
 */
public class RouteToGeneralQueue implements QuickFix {

    @Override
    public String label(Finding finding) {
        String callers = NoDisconnectCheck.NO_MATCH.equals(finding.data().get(NoDisconnectCheck.HANDLING))
                ? "callers who are not understood" : "callers who say nothing";
        return "Put " + callers + " through to queue '" + finding.data().get(GeneralQueue.QUEUE_NAME)
                + "' instead of hanging up";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return GeneralQueue.isNamedIn(finding) && finding.data().containsKey(NoDisconnectCheck.HANDLING);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof CallerInputNode node)) {
            return null;
        }
        RetryHandler handler = NoDisconnectCheck.NO_MATCH.equals(finding.data().get(NoDisconnectCheck.HANDLING))
                ? node.getNoMatch() : node.getNoInput();
        Queue queue = GeneralQueue.resolve(domain, finding);
        IvrScript script = Scripts.of(node);
        if (handler == null || queue == null || script == null) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(label(finding));
        Route route = GeneralQueue.routeTo(queue, script, domain, command);
        command.append(SetCommand.create(domain, handler, Literals.RETRY_HANDLER__FINAL_ACTION, route));
        return command;
    }
}
