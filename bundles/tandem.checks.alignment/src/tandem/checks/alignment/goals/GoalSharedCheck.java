package tandem.checks.alignment.goals;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignLinks;
import tandem.checks.alignment.CampaignMemo;
import tandem.core.model.CorePackage;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage;

/**
 * {@code alignment.shared-goal}: marketing and customer service pursue shared goals. Every campaign is relevant to
 * at least one SMART goal of the checked goal sets (the goal lists it among its campaigns), and every goal is
 * relevant to something: a campaign, a queue or the service definition.
 * <p>
 * When exactly one goal covers one of the campaign's queues, the finding is reported on that goal (the file the
 * fix changes) and the fix adds the campaign to it; otherwise it is reported on the campaign, without a fix.
 */
public class GoalSharedCheck implements Check {

    /** Finding data: the campaign's URI, when one goal covers its queues. */
    static final String CAMPAIGN = "campaign";
    static final String CAMPAIGN_NAME = "campaignName";

    private final CampaignMemo memo = new CampaignMemo(GoalsPackage.eNS_URI, CorePackage.eNS_URI);

    @Override
    public void run(CheckContext context) {
        List<Goal> goals = context.plans().all(Goal.class);
        CampaignLinks links = CampaignLinks.of(context.plans());
        memo.forEachCampaign(context, (kept, campaign) -> {
            if (links.goalsFor(campaign).isEmpty()) {
                reportUnshared(kept, campaign, links);
            }
        });
        for (Goal goal : goals) {
            boolean serviceDefinition = goal.getServiceDefinition() != null
                    && !goal.getServiceDefinition().isBlank();
            if (goal.getCampaigns().isEmpty() && goal.getQueues().isEmpty() && !serviceDefinition) {
                context.report(goal, "Goal '" + name(goal) + "' is relevant to nothing: link a campaign or a queue,"
                        + " or write the service definition it serves.");
            }
        }
    }

    private static void reportUnshared(CheckContext context, Campaign campaign, CampaignLinks links) {
        String message = "Campaign '" + Campaigns.name(campaign) + "' serves no SMART goal: link it to a goal that"
                + " marketing and customer service share.";
        List<Goal> covering = links.goalsCovering(campaign.getQueues());
        if (covering.size() == 1) {
            Goal goal = covering.get(0);
            context.report(goal, message + " Goal '" + name(goal) + "' covers its queues.",
                    Map.of(CAMPAIGN, EcoreUtil.getURI(campaign).toString(), CAMPAIGN_NAME,
                            Campaigns.name(campaign)));
        } else {
            context.report(campaign, message);
        }
    }

    static String name(Goal goal) {
        return goal.getName() == null ? "(unnamed)" : goal.getName();
    }
}
