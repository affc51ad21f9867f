package tandem.checks.alignment.ivr;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.documents.Ids;
import tandem.core.model.Queue;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.Routes;

/**
 * Fix {@code alignment.ivr-ready.add-route} of a missing campaign entry point: adds to the IVR script the finding is
 * on (the first one checked) an entry point for the campaign (its code and a reference to it), live from the first
 * drop, which plays a prompt announcing the campaign and its offer and then routes to the campaign's first queue
 * (through the script's route to that queue when it has one). Applies only when the campaign has a queue; it is not
 * offered for entry points that exist but are not ready, since a second entry point with the same code would never
 * be chosen.
 */
public class IvrAddCampaignRoute implements QuickFix {

    @Override
    public String label(Finding finding) {
        String code = finding.data().get(IvrReadyCheck.CODE);
        String live = finding.data().get(IvrReadyCheck.LIVE_FROM);
        return "Add an entry point " + (code == null ? "" : "for code " + code + " ") + "to IVR script '"
                + finding.data().get(IvrReadyCheck.SCRIPT_NAME) + "'" + (live == null ? "" : ", live from " + live)
                + ", announcing '" + finding.data().get(IvrReadyCheck.CAMPAIGN_NAME) + "' and routing to queue '"
                + finding.data().get(IvrReadyCheck.QUEUE_NAME) + "'";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(IvrReadyCheck.CAMPAIGN);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        Campaign campaign = finding.resolve(IvrReadyCheck.CAMPAIGN, domain.getResourceSet(), Campaign.class)
                .orElse(null);
        if (!(element instanceof IvrScript script) || campaign == null || campaign.getQueues().isEmpty()) {
            return null;
        }
        Queue queue = campaign.getQueues().get(0);
        List<Node> added = new ArrayList<>();
        Route route = Routes.toQueue(script, queue);

        Prompt announcement = IvrFactory.eINSTANCE.createPrompt();
        announcement.setName(Campaigns.name(campaign) + " announcement");
        announcement.setText(announcementOf(campaign));
        announcement.setNext(route);
        Ids.assignIfMissing(announcement);
        added.add(announcement);
        if (route.eContainer() == null) {
            added.add(route);
        }

        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setName(Campaigns.name(campaign));
        entry.setCampaign(campaign);
        entry.setCampaignCode(Campaigns.code(campaign));
        entry.setLiveFrom(Campaigns.launch(campaign));
        entry.setFirstNode(announcement);
        Ids.assignIfMissing(entry);

        CompoundCommand command = new CompoundCommand(label(finding));
        command.append(AddCommand.create(domain, script, Literals.IVR_SCRIPT__NODES, added));
        command.append(AddCommand.create(domain, script, Literals.IVR_SCRIPT__ENTRY_POINTS, entry));
        return command;
    }

    /** "Thank you for calling about Spring promo. Half price on all headsets." */
    static String announcementOf(Campaign campaign) {
        String text = "Thank you for calling about " + Campaigns.name(campaign) + ".";
        String offer = campaign.getOffer() == null ? null : campaign.getOffer().getDescription();
        if (offer != null && !offer.isBlank()) {
            String trimmed = offer.trim();
            text += " " + trimmed + (trimmed.matches(".*[.!?]$") ? "" : ".");
        }
        return text;
    }
}
