package tandem.checks.alignment.campaign;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.model.Channel;
import tandem.core.model.Queue;

/**
 * Routes a campaign's contacts on an unserved channel to the contact center's queue on that channel, by adding the
 * queue to the campaign's queues. Offered only when the setup has such a queue.
 */
public class AddChannelQueue implements QuickFix {

    @Override
    public String label(Finding finding) {
        Channel channel = Channel.get(finding.data().get(UnservedChannelCheck.CHANNEL));
        return "Route the " + (channel == null ? "" : UnservedChannelCheck.describe(channel) + " ")
                + "contacts to queue '" + finding.data().get(UnservedChannelCheck.QUEUE_NAME) + "' (add it to campaign '"
                + finding.data().get(UnservedChannelCheck.CAMPAIGN_NAME) + "')";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(UnservedChannelCheck.QUEUE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Campaign campaign)) {
            return null;
        }
        Channel channel = Channel.get(finding.data().get(UnservedChannelCheck.CHANNEL));
        Queue queue = queueOf(domain, finding);
        if (channel == null || queue == null || queue.getChannel() != channel
                || !UnservedChannelCheck.onChannel(campaign.getQueues(), channel).isEmpty()) {
            return null; // the plans changed since the check: the fix no longer fits
        }
        return AddCommand.create(domain, campaign, Literals.CAMPAIGN__QUEUES, queue);
    }

    private static Queue queueOf(EditingDomain domain, Finding finding) {
        try {
            EObject found = domain.getResourceSet()
                    .getEObject(URI.createURI(finding.data().get(UnservedChannelCheck.QUEUE)), true);
            return found instanceof Queue queue && !queue.eIsProxy() ? queue : null;
        } catch (RuntimeException e) {
            return null; // the setup is gone or unreadable
        }
    }
}
