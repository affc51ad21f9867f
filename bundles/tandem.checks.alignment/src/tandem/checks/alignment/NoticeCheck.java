package tandem.checks.alignment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import tandem.campaign.model.Campaign;
import tandem.checks.Check;
import tandem.checks.CheckContext;

/** Customer service was notified at least the lead time (default 14 days) before a campaign's first drop. */
public class NoticeCheck implements Check {

    static final String SHIFT_DAYS = "shiftDays";

    @Override
    public void run(CheckContext context) {
        int required = context.parameters().intValue("noticeDays");
        for (Campaign campaign : context.plans().all(Campaign.class)) {
            LocalDate launch = Launch.of(campaign);
            if (launch == null) {
                continue;
            }
            LocalDate notified = campaign.getServiceNotifiedOn();
            if (notified == null) {
                context.report(campaign, "Customer service has not been notified of campaign '" + Launch.name(campaign)
                        + "' (first drop on " + launch + "); it needs " + required + " days' notice.");
                continue;
            }
            long notice = ChronoUnit.DAYS.between(notified, launch);
            if (notice < required) {
                context.report(campaign, "Customer service heard about campaign '" + Launch.name(campaign) + "' "
                        + notice + " days before its first drop on " + launch + "; it needs " + required + ".",
                        Map.of(SHIFT_DAYS, Long.toString(required - notice)));
            }
        }
    }
}
