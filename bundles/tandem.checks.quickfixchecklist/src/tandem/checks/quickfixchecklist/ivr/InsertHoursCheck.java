package tandem.checks.quickfixchecklist.ivr;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.documents.Ids;
import tandem.core.model.OpeningHours;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.FlowEdge;

/**
 * Fix of {@code quickfix.ivr-after-hours}, one compound command: calls that reach the route without an opening-hours
 * check now go through a new check of the queue's hours, whose closed branch plays "We are closed. Our opening
 * hours are ..." and hangs up; opening-hours checks on the way whose closed branch is silent get that message in
 * front of it.
 */
public class InsertHoursCheck implements QuickFix {

    @Override
    public String label(Finding finding) {
        String message = '"' + finding.data().get(AfterHoursCheck.CLOSED_MESSAGE) + '"';
        String silent = finding.data().get(AfterHoursCheck.SILENT_CHECK);
        return silent == null ? "Check the opening hours before the route; when closed, say " + message
                : "Say " + message + " on the closed branch of " + silent;
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(AfterHoursCheck.CLOSED_MESSAGE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Route route) || Scripts.of(route) == null) {
            return null;
        }
        IvrScript script = Scripts.of(route);
        AfterHours.Gap gap = AfterHours.of(script).get(route);
        if (gap == null) {
            return null;
        }
        List<Command> redirections = new ArrayList<>();
        List<Node> added = new ArrayList<>();
        Disconnect goodbye = script.getNodes().stream().filter(Disconnect.class::isInstance)
                .map(Disconnect.class::cast).findFirst().orElse(null);
        boolean hangsUp = !gap.unchecked().isEmpty() || gap.silent().stream().anyMatch(h -> h.getClosed() == null);
        if (goodbye == null && hangsUp) {
            goodbye = node(IvrFactory.eINSTANCE.createDisconnect(), "Goodbye", added);
        }
        String queueName = route.getQueue().getName() == null ? "Queue" : route.getQueue().getName();
        if (!gap.unchecked().isEmpty()) {
            HoursCheck check = node(IvrFactory.eINSTANCE.createHoursCheck(), queueName + " opening hours", added);
            check.setQueue(route.getQueue());
            check.setOpen(route);
            check.setClosed(closedMessage(queueName, AfterHours.hoursOf(route), goodbye, added));
            for (FlowEdge edge : gap.unchecked()) {
                redirections.add(SetCommand.create(domain, edge.owner(), edge.slot(), check));
            }
        }
        for (HoursCheck silent : gap.silent()) {
            Node after = silent.getClosed() == null ? goodbye : silent.getClosed();
            String name = silent.getName() == null ? queueName : silent.getName();
            Message message = closedMessage(name, AfterHours.hoursOf(silent, route), after, added);
            redirections.add(SetCommand.create(domain, silent, Literals.HOURS_CHECK__CLOSED, message));
        }
        // The new nodes join the script first; the redirections then point into the script.
        CompoundCommand command = new CompoundCommand(label(finding));
        if (!added.isEmpty()) {
            command.append(AddCommand.create(domain, script, Literals.IVR_SCRIPT__NODES, added));
        }
        redirections.forEach(command::append);
        return command;
    }

    private static Message closedMessage(String name, OpeningHours hours, Node next, List<Node> added) {
        Message message = node(IvrFactory.eINSTANCE.createMessage(), name + " closed", added);
        message.setText(OpeningHoursText.closedMessage(hours));
        message.setNext(next);
        return message;
    }

    private static <T extends Node> T node(T node, String name, List<Node> added) {
        node.setName(name);
        Ids.assignIfMissing(node);
        added.add(node);
        return node;
    }
}
