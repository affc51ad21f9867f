package tandem.checks.alignment.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignMemo;

/** Customer service was notified at least the lead time (default 14 days) before a campaign's first drop. */
public class NoticeCheck implements Check {

    static final String SHIFT_DAYS = "shiftDays";

    private final CampaignMemo memo = new CampaignMemo();

    @Override
    public void run(CheckContext context) {
        int required = context.parameters().intValue("noticeDays");
        memo.forEachCampaign(context, (kept, campaign) -> check(kept, campaign, required));
    }

    private static void check(CheckContext context, Campaign campaign, int required) {
        LocalDate launch = Campaigns.launch(campaign);
        if (launch == null) {
            return;
        }
        LocalDate notified = campaign.getServiceNotifiedOn();
        if (notified == null) {
            context.report(campaign, "Customer service has not been notified of campaign '" + Campaigns.name(campaign)
                    + "' (first drop on " + launch + "); it needs " + required + " days' notice.");
            return;
        }
        long notice = ChronoUnit.DAYS.between(notified, launch);
        if (notice < required) {
            String when = notice >= 0 ? days(notice) + " before" : days(-notice) + " after";
            context.report(campaign, "Customer service heard about campaign '" + Campaigns.name(campaign) + "' "
                    + when + " its first drop on " + launch + "; it needs " + required + ".",
                    Map.of(SHIFT_DAYS, Long.toString(required - notice)));
        }
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
