package tandem.checks.alignment.goals;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage.Literals;

/** Links the campaign to the one goal that covers its queues (the goal the finding is on). */
public class GoalLinkCampaign implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Link campaign '" + finding.data().get(GoalSharedCheck.CAMPAIGN_NAME) + "' to the goal";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(GoalSharedCheck.CAMPAIGN);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        Campaign campaign = finding.resolve(GoalSharedCheck.CAMPAIGN, domain.getResourceSet(), Campaign.class)
                .orElse(null);
        if (!(element instanceof Goal goal) || campaign == null || goal.getCampaigns().contains(campaign)) {
            return null;
        }
        return AddCommand.create(domain, goal, Literals.GOAL__CAMPAIGNS, campaign);
    }
}
