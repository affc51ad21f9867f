package tandem.forecast;

import tandem.campaign.model.lift.DailyLift;
import tandem.core.model.Queue;

/** The campaign model's lift of one queue as a {@link DayLift}. */
public final class CampaignLifts {

    private CampaignLifts() {
    }

    public static DayLift of(DailyLift lift, Queue queue) {
        return day -> day.isBefore(lift.from()) || day.isAfter(lift.to()) ? 0 : lift.contacts(queue, day);
    }
}
