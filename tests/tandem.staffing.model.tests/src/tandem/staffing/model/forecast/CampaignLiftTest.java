package tandem.staffing.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.model.forecast.Plans.MONDAY;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingPlan;

/**
 * The plan's linked campaign calendars lift its forecast: a mailing to 32,000 customers with a 1% response brings
 * 320 contacts on its day; the billing queue is open 08:00-12:00, so each of its eight 30-minute intervals gets 40,
 * and the 08:00 interval's 60 baseline contacts become the textbook 100 (14 agents, 20 heads).
 */
class CampaignLiftTest {

    private final Queue billing = Plans.queueOpenOnMondays("Billing", 8, 12);

    private static CampaignCalendar calendar(String name, Queue queue, long audience, double response,
            java.time.LocalDate day) {
        CampaignFactory factory = CampaignFactory.eINSTANCE;
        CampaignCalendar calendar = factory.createCampaignCalendar();
        calendar.setName(name);
        Campaign campaign = factory.createCampaign();
        campaign.setName(name + " mailing");
        campaign.getQueues().add(queue);
        Drop drop = factory.createDrop();
        drop.setDate(day);
        drop.setAudienceSize(audience);
        drop.setResponseRate(response);
        campaign.getDrops().add(drop);
        calendar.getCampaigns().add(campaign);
        return calendar;
    }

    @Test
    void aLinkedCalendarsDropIsSpreadOverTheOpenIntervals() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        plan.getIntervals().get(Plans.indexOf(plan, MONDAY, 8, 0)).setBaseline(60);
        plan.getCampaignCalendars().add(calendar("Spring", billing, 32_000, 0.01, MONDAY));
        StaffingForecast forecast = StaffingForecast.of(plan);

        IntervalForecast eight = forecast.interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(40, eight.lift(), 1e-9);
        assertEquals(100, eight.total(), 1e-9);
        assertEquals(14, eight.requiredAgents());
        assertEquals(20, eight.requiredHeads());
        assertEquals(40, forecast.interval(Plans.indexOf(plan, MONDAY, 11, 30)).lift(), 1e-9);
        assertEquals(0, forecast.interval(Plans.indexOf(plan, MONDAY, 12, 0)).lift(), "closed at noon");
        assertEquals(320, forecast.summary(0, forecast.size()).liftContacts(), 1e-9);
        assertEquals(List.of("Spring mailing"), forecast.campaignsLifting(Plans.indexOf(plan, MONDAY, 8, 0)));
        assertEquals(List.of(), forecast.campaignsLifting(Plans.indexOf(plan, MONDAY, 13, 0)));
    }

    @Test
    void liftsOfSeveralCalendarsAddUp() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        plan.getCampaignCalendars().add(calendar("Spring", billing, 32_000, 0.01, MONDAY));
        plan.getCampaignCalendars().add(calendar("Loyalty", billing, 8_000, 0.02, MONDAY));
        assertEquals(60, StaffingForecast.of(plan).liftOf(Plans.indexOf(plan, MONDAY, 9, 0)), 1e-9,
                "(320 + 160) / 8 intervals");
    }

    @Test
    void onlyThePlansQueueAndDatesCount() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Queue other = Plans.queue("Sales");
        plan.getCampaignCalendars().add(calendar("Sales push", other, 32_000, 0.01, MONDAY));
        plan.getCampaignCalendars().add(calendar("Next week", billing, 32_000, 0.01, MONDAY.plusDays(7)));
        StaffingForecast forecast = StaffingForecast.of(plan);
        for (int i = 0; i < forecast.size(); i++) {
            assertEquals(0, forecast.liftOf(i), "no lift at " + forecast.interval(i).start());
        }
        assertTrue(forecast.campaignsLifting(Plans.indexOf(plan, MONDAY, 9, 0)).isEmpty());
    }
}
