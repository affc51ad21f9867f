package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.lift.ContactLift;
import tandem.staffing.model.StaffingPlan;

/**
 * The daily contact lift of the campaign calendars a staffing plan links, from {@link ContactLift}: every drop of
 * every campaign of the linked calendars, over the plan's dates. Calendars that cannot be found (a deleted file)
 * add nothing.
 */
final class CampaignLift {

    private CampaignLift() {
    }

    /** Lift of the plan's linked calendars over the plan's date range. */
    static LiftPerDay of(StaffingPlan plan) {
        LocalDate from = plan.getStartDate();
        LocalDate to = plan.getEndDate();
        if (from == null || to == null || to.isBefore(from)) {
            return LiftPerDay.NONE;
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (CampaignCalendar calendar : plan.getCampaignCalendars()) {
            if (calendar != null && !calendar.eIsProxy()) {
                campaigns.addAll(calendar.getCampaigns());
            }
        }
        return campaigns.isEmpty() ? LiftPerDay.NONE : LiftPerDay.of(ContactLift.of(campaigns, from, to));
    }
}
