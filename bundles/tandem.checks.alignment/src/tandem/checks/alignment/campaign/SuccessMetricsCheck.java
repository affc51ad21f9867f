package tandem.checks.alignment.campaign;

import java.time.LocalDate;
import java.util.Map;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.campaign.model.SuccessMetrics;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignMemo;

/**
 * Each campaign has success metrics (a response-rate, conversion or acquisition target), a survey plan, and a
 * feedback review date after launch.
 */
public class SuccessMetricsCheck implements Check {

    static final String PROPOSED_REVIEW = "proposedReviewDate";

    private final CampaignMemo memo = new CampaignMemo();

    @Override
    public void run(CheckContext context) {
        int reviewAfter = context.parameters().intValue("reviewAfterDays");
        memo.forEachCampaign(context, (kept, campaign) -> check(kept, campaign, reviewAfter));
    }

    private static void check(CheckContext context, Campaign campaign, int reviewAfter) {
        SuccessMetrics metrics = campaign.getSuccessMetrics();
        String name = Campaigns.name(campaign);
        if (metrics == null || metrics.getTargetResponseRate() <= 0 && metrics.getTargetConversions() <= 0
                && metrics.getTargetAcquisitions() <= 0) {
            context.report(campaign, "Campaign '" + name + "' has no success metric (a target response rate,"
                    + " conversions or acquisitions).");
        }
        if (metrics == null || metrics.getSurveyPlan() == null || metrics.getSurveyPlan().isBlank()) {
            context.report(campaign, "Campaign '" + name + "' has no survey plan.");
        }
        LocalDate launch = Campaigns.launch(campaign);
        LocalDate review = metrics == null ? null : metrics.getFeedbackReviewDate();
        if (review == null || launch != null && !review.isAfter(launch)) {
            String message = review == null ? "Campaign '" + name + "' has no feedback review date."
                    : "Campaign '" + name + "' reviews feedback on " + review + ", not after its launch on "
                            + launch + ".";
            context.report(campaign, message, launch == null ? Map.of()
                    : Map.of(PROPOSED_REVIEW, launch.plusDays(reviewAfter).toString()));
        }
    }
}
