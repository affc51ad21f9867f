package tandem.staffing.model.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.model.forecast.Plans.MONDAY;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.core.model.Queue;
import tandem.staffing.erlang.ErlangC;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingPlan;

/**
 * An outbound wave is outbound workload on the queue's staffing, by hand: 2,000 dials × 25% connected × 306 s =
 * 153,000 agent seconds; dialled from 09:00 to 11:00, each of the four half hours gets 38,250 s, which is 21.25 busy
 * agents, 25 agents at the textbook occupancy target of 85%. Added to the textbook's 14 inbound agents for 100 calls,
 * 39 agents, 56 heads at 30% shrinkage (ceil(39 / 0.7)); without calls, 25 agents, 36 heads.
 */
class OutboundWorkloadTest {

    private final Queue billing = Plans.queueOpenOnMondays("Billing", 8, 12);

    private static Drop wave(StaffingPlan plan, Queue queue, LocalTime from, LocalTime to) {
        CampaignFactory factory = CampaignFactory.eINSTANCE;
        CampaignCalendar calendar = factory.createCampaignCalendar();
        calendar.setName("Spring");
        Campaign campaign = factory.createCampaign();
        campaign.setName("Upgrade calls");
        campaign.getQueues().add(queue);
        Drop wave = factory.createDrop();
        wave.setKind(DropKind.OUTBOUND_WAVE);
        wave.setDate(MONDAY);
        wave.setAudienceSize(2_000);
        wave.setResponseRate(0.05); // read for other drops: 100 inbound contacts, which a wave must not bring
        wave.setConnectRate(0.25);
        wave.setOutboundAhtSeconds(306);
        wave.setTime(from);
        wave.setDiallingEnd(to);
        campaign.getDrops().add(wave);
        calendar.getCampaigns().add(campaign);
        plan.getCampaignCalendars().add(calendar);
        return wave;
    }

    private StaffingPlan plan() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Plans.row(plan, MONDAY, 9, 0).setBaseline(100);
        Plans.row(plan, MONDAY, 9, 30).setBaseline(100);
        return plan;
    }

    @Test
    void aPlanWithOnlyAnOutboundWaveHasNoInboundLiftAndRequiresTheWavesAgentsOnTopOfTheInboundOnes() {
        StaffingPlan plan = plan();
        wave(plan, billing, LocalTime.of(9, 0), LocalTime.of(11, 0));
        StaffingForecast forecast = StaffingForecast.of(plan);

        for (int i = 0; i < forecast.size(); i++) {
            assertEquals(0, forecast.liftOf(i), "no inbound lift at " + forecast.interval(i).start());
        }
        StaffingForecast.Summary day = forecast.summary(0, forecast.size());
        assertEquals(0, day.liftContacts());
        assertEquals(153_000, day.outboundSeconds(), 1e-6);

        IntervalForecast nine = forecast.interval(Plans.indexOf(plan, MONDAY, 9, 0));
        assertEquals(0, nine.lift());
        assertEquals(100, nine.total(), "inbound contacts are the baseline alone");
        assertEquals(38_250, nine.outboundSeconds(), 1e-6);
        assertEquals(25, nine.outboundAgents(), 1e-9);
        assertEquals(39, nine.requiredAgents(), 1e-9, "14 inbound + 25 outbound");
        assertEquals(56, nine.requiredHeads());
        assertEquals(20, nine.baselineRequiredHeads(), "the calls alone");
        assertEquals(56, forecast.requiredHeads(Plans.indexOf(plan, MONDAY, 9, 0)));

        IntervalForecast ten = forecast.interval(Plans.indexOf(plan, MONDAY, 10, 30));
        assertEquals(25, ten.requiredAgents(), 1e-9);
        assertEquals(36, ten.requiredHeads());
        IntervalForecast eight = forecast.interval(Plans.indexOf(plan, MONDAY, 8, 30));
        assertEquals(0, eight.outboundSeconds(), "before dialling starts");
        assertEquals(0, eight.requiredHeads());
        assertEquals(0, forecast.interval(Plans.indexOf(plan, MONDAY, 11, 0)).outboundSeconds(), "dialling stopped");

        assertArrayEquals(new int[] { Plans.indexOf(plan, MONDAY, 9, 0), Plans.indexOf(plan, MONDAY, 9, 30),
                Plans.indexOf(plan, MONDAY, 10, 0), Plans.indexOf(plan, MONDAY, 10, 30) }, forecast.liftedIntervals(),
                "the intervals the campaign touches");
        assertEquals(List.of("Upgrade calls"), forecast.campaignsLifting(Plans.indexOf(plan, MONDAY, 10, 0)));
    }

    @Test
    void theInboundPredictionGetsTheScheduledAgentsTheOutboundWorkLeaves() {
        StaffingPlan plan = plan();
        wave(plan, billing, LocalTime.of(9, 0), LocalTime.of(11, 0));
        int nine = Plans.indexOf(plan, MONDAY, 9, 0);
        plan.getIntervals().get(nine).setScheduled(56); // 39 agents on the phones: 25 dial, 14 answer
        StaffingForecast forecast = StaffingForecast.of(plan);
        IntervalForecast interval = forecast.interval(nine);
        assertEquals(39, interval.scheduledAgents());
        assertTrue(interval.gap() >= 0);
        var inbound = ErlangC.predict(new Workload(100, 1800, 180), 14, 20);
        assertEquals(inbound.serviceLevel(), interval.predictedServiceLevel(), 1e-12);
        double occupancy = (inbound.occupancy() * 14 + 21.25) / 39;
        assertEquals(occupancy, interval.occupancy(), 1e-12);
        assertEquals(occupancy, forecast.predictedOccupancy(nine), 1e-12);
    }

    @Test
    void agentsBusyWithOutboundCallsCountForTheOccupancy() {
        StaffingPlan plan = plan();
        wave(plan, billing, LocalTime.of(9, 0), LocalTime.of(11, 0));
        int tenThirty = Plans.indexOf(plan, MONDAY, 10, 30);
        plan.getIntervals().get(tenThirty).setScheduled(30); // 21 agents for 21.25 agents' work
        StaffingForecast forecast = StaffingForecast.of(plan);
        assertEquals(1, forecast.predictedOccupancy(tenThirty));
        StaffingForecast.Busy busy = forecast.busierThan(0.85);
        assertEquals(1, busy.intervals());
        assertEquals(tenThirty, busy.first());
        assertTrue(forecast.interval(tenThirty).understaffed(), "36 heads required");
    }

    @Test
    void anIntervalThatOverlapsTheWindowInPartGetsItsPart() {
        StaffingPlan plan = plan();
        wave(plan, billing, LocalTime.of(9, 15), LocalTime.of(10, 15));
        StaffingForecast forecast = StaffingForecast.of(plan);
        assertEquals(38_250, forecast.outboundSecondsOf(Plans.indexOf(plan, MONDAY, 9, 0)), 1e-6, "a quarter");
        assertEquals(76_500, forecast.outboundSecondsOf(Plans.indexOf(plan, MONDAY, 9, 30)), 1e-6, "a half");
        assertEquals(38_250, forecast.outboundSecondsOf(Plans.indexOf(plan, MONDAY, 10, 0)), 1e-6, "a quarter");
        assertEquals(0, forecast.outboundSecondsOf(Plans.indexOf(plan, MONDAY, 10, 30)));
    }

    @Test
    void aWaveWithoutWindowSpreadsLikeInboundLiftOverTheOpeningHours() {
        StaffingPlan plan = plan();
        wave(plan, billing, null, null);
        StaffingForecast forecast = StaffingForecast.of(plan);
        for (int i = 0; i < forecast.size(); i++) {
            int hour = forecast.interval(i).start().getHour();
            assertEquals(hour >= 8 && hour < 12 ? 153_000 / 8.0 : 0, forecast.outboundSecondsOf(i), 1e-6,
                    "at " + forecast.interval(i).start());
        }
    }

    @Test
    void aWaveOfAnotherQueueGivesThePlanNoWork() {
        StaffingPlan plan = plan();
        wave(plan, Plans.queue("Sales"), LocalTime.of(9, 0), LocalTime.of(11, 0));
        StaffingForecast forecast = StaffingForecast.of(plan);
        assertEquals(0, forecast.summary(0, forecast.size()).outboundSeconds());
        assertEquals(20, forecast.interval(Plans.indexOf(plan, MONDAY, 9, 0)).requiredHeads());
    }

    @Test
    void theServiceAScheduleDeliversForAGoalLeavesOutTheAgentsBusyDialling() {
        StaffingPlan plan = plan();
        wave(plan, billing, LocalTime.of(9, 0), LocalTime.of(11, 0));
        int nine = Plans.indexOf(plan, MONDAY, 9, 0);
        plan.getIntervals().get(nine).setScheduled(20); // 14 agents: enough for the calls alone, none left for them
        StaffingForecast forecast = StaffingForecast.of(plan);
        ScheduledService service = new ScheduledService(forecast, ScheduledService.Measure.SERVICE_LEVEL, 20);
        ScheduledService.Delivered delivered = service.over(MONDAY, MONDAY, 0.8);
        assertEquals(2, delivered.intervals());
        assertEquals(2, delivered.shortIntervals(), "9:00 falls short as well as 9:30, where nobody is scheduled");
        assertEquals(0, delivered.value(), 1e-12, "nobody is left to answer the calls");
        assertEquals(56, service.headsToMeet(nine, 0.8), "14 agents for the calls + 25 for the wave, after shrinkage");
    }
}
