package tandem.staffing.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.model.forecast.Plans.MONDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.staffing.erlang.ServiceLevelTarget;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingPlan;

/**
 * The derived figures of a plan, worked by hand: a queue open 08:00-12:00 on a Monday has eight 30-minute
 * intervals; a campaign lift of 320 contacts that day puts 40 into each of them; the 08:00 interval's baseline of 60
 * then makes the textbook 100 contacts, which need 14 agents for 80% in 20 s under an 85% occupancy cap, 20 heads
 * at 30% shrinkage.
 */
class StaffingForecastTest {

    private final Queue billing = Plans.queueOpenOnMondays("Billing", 8, 12);

    private StaffingPlan mondayPlan() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Plans.row(plan, MONDAY, 8, 0).setBaseline(60);
        return plan;
    }

    private LiftPerDay lift(double contacts) {
        return (queue, day) -> queue == billing && day.equals(MONDAY) ? contacts : 0;
    }

    @Test
    void campaignLiftSpreadsOverTheOpenIntervalsAndAddsToTheBaseline() {
        StaffingPlan plan = mondayPlan();
        StaffingForecast forecast = StaffingForecast.of(plan, lift(320));
        assertEquals(48, forecast.size());
        double totalLift = 0;
        for (int i = 0; i < forecast.size(); i++) {
            IntervalForecast interval = forecast.interval(i);
            int hour = interval.start().getHour();
            assertEquals(hour >= 8 && hour < 12 ? 40 : 0, interval.lift(), 1e-9, "lift at " + interval.start());
            totalLift += interval.lift();
        }
        assertEquals(320, totalLift, 1e-9, "spreading keeps the day's lift");

        IntervalForecast eight = forecast.interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(60, eight.baseline());
        assertEquals(100, eight.total(), 1e-9);
        assertEquals(14, eight.requiredAgents());
        assertEquals(20, eight.requiredHeads());
        assertEquals(heads(60), eight.baselineRequiredHeads(), "the baseline alone needs fewer heads");
        assertTrue(eight.baselineRequiredHeads() < eight.requiredHeads());

        IntervalForecast nine = forecast.interval(Plans.indexOf(plan, MONDAY, 9, 0));
        assertEquals(40, nine.total(), 1e-9);
        assertEquals(heads(40), nine.requiredHeads());
        assertEquals(0, nine.baselineRequiredHeads(), "without the campaign nobody is needed at 09:00");

        IntervalForecast night = forecast.interval(Plans.indexOf(plan, MONDAY, 2, 0));
        assertEquals(0, night.total());
        assertEquals(0, night.requiredHeads());
        assertEquals("", night.problem());
    }

    @Test
    void theScheduleGivesTheGapAndThePredictedServiceLevel() {
        StaffingPlan plan = mondayPlan();
        Plans.row(plan, MONDAY, 8, 0).setScheduled(20);
        StaffingForecast forecast = StaffingForecast.of(plan, lift(320));
        IntervalForecast enough = forecast.interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(0, enough.gap());
        assertFalse(enough.understaffed());
        assertEquals(14, enough.scheduledAgents(), 1e-9, "20 heads at 30% shrinkage are 14 agents");
        assertEquals(0.88835, enough.predictedServiceLevel(), 5e-6, "the textbook service level of 14 agents");
        assertEquals(7.836, enough.predictedAsaSeconds(), 5e-4);

        Plans.row(plan, MONDAY, 8, 0).setScheduled(19);
        IntervalForecast short1 = StaffingForecast.of(plan, lift(320)).interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(-1, short1.gap());
        assertTrue(short1.understaffed());
        assertEquals(13, short1.scheduledAgents(), "19 heads at 30% shrinkage keep 13 whole agents");
        assertTrue(short1.predictedServiceLevel() < 0.8, "one head short misses the target: "
                + short1.predictedServiceLevel());
    }

    @Test
    void theSummaryCountsTheUnderstaffedIntervals() {
        StaffingPlan plan = mondayPlan();
        Plans.row(plan, MONDAY, 8, 0).setScheduled(20);
        Plans.row(plan, MONDAY, 8, 30).setScheduled(50);
        StaffingForecast forecast = StaffingForecast.of(plan, lift(320));
        StaffingForecast.Summary day = forecast.summary(0, forecast.size());
        assertEquals(48, day.intervals());
        assertEquals(6, day.understaffed(), "the other six open intervals have nobody scheduled");
        assertEquals(20, day.peakRequiredHeads());
        assertEquals(380, day.contacts(), 1e-9);
        assertEquals(320, day.liftContacts(), 1e-9);
    }

    @Test
    void theIntradayProfileDecidesTheSpread() {
        StaffingPlan plan = Plans.textbook(billing, 60, MONDAY, MONDAY);
        List<Double> profile = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            profile.add(hour == 9 ? 2.0 : hour == 10 || hour == 11 ? 1.0 : 0.0);
        }
        plan.getIntradayProfile().addAll(profile);
        StaffingForecast forecast = StaffingForecast.of(plan, lift(100));
        assertEquals(50, forecast.liftOf(9), 1e-9, "shares are relative: 2 of 4");
        assertEquals(25, forecast.liftOf(10), 1e-9);
        assertEquals(25, forecast.liftOf(11), 1e-9);
        assertEquals(0, forecast.liftOf(8), "the profile overrides the opening hours");
    }

    @Test
    void withoutOpeningHoursTheLiftSpreadsOverTheWholeDay() {
        StaffingPlan plan = Plans.textbook(Plans.queue("Chat"), 60, MONDAY, MONDAY.plusDays(1));
        StaffingForecast forecast = StaffingForecast.of(plan,
                (queue, day) -> day.equals(MONDAY) ? 240 : day.equals(MONDAY.plusDays(1)) ? 48 : 0);
        assertEquals(48, forecast.size());
        assertEquals(10, forecast.liftOf(0), 1e-9);
        assertEquals(10, forecast.liftOf(23), 1e-9);
        assertEquals(2, forecast.liftOf(24), 1e-9, "Tuesday has its own lift");
    }

    @Test
    void liftIsAskedOncePerDayOfThePlan() {
        StaffingPlan plan = Plans.textbook(billing, 15, MONDAY, MONDAY.plusDays(2));
        List<LocalDate> asked = new ArrayList<>();
        StaffingForecast.of(plan, (queue, day) -> {
            asked.add(day);
            return 0;
        });
        asked.sort(null);
        assertEquals(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)), asked);
    }

    @Test
    void patienceSwitchesToErlangAWithWholeAgentsOnThePhones() {
        StaffingPlan plan = mondayPlan();
        plan.setAveragePatienceSeconds(120.0);
        Plans.row(plan, MONDAY, 8, 0).setScheduled(19);
        IntervalForecast eight = StaffingForecast.of(plan, lift(320)).interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(13, eight.scheduledAgents(), "19 heads x 0.7 = 13.3: 13 whole agents");
        assertEquals(13, eight.predicted().agents());
        assertTrue(eight.predicted().abandonment() > 0);
        double required = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20)).withOccupancyCap(0.85)
                .withPatience(120).requiredAgents(new Workload(100, 1800, 180));
        assertEquals(required, eight.requiredAgents());
    }

    @Test
    void anIntervalsOwnAhtOverridesThePlans() {
        StaffingPlan plan = mondayPlan();
        Plans.row(plan, MONDAY, 8, 0).setAhtSeconds(360.0);
        IntervalForecast eight = StaffingForecast.of(plan, lift(320)).interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(360, eight.ahtSeconds());
        assertEquals(20, eight.predicted().trafficErlangs(), 1e-9, "100 contacts x 360 s / 1800 s");
    }

    @Test
    void thePlansAbandonmentTargetIsHonoured() {
        StaffingPlan plan = mondayPlan();
        plan.setAveragePatienceSeconds(60.0);
        int eight = Plans.indexOf(plan, MONDAY, 8, 0);
        double withoutTarget = StaffingForecast.of(plan, lift(320)).interval(eight).requiredAgents();
        plan.setAbandonmentTarget(0.01);
        IntervalForecast forecast = StaffingForecast.of(plan, lift(320)).interval(eight);
        assertTrue(forecast.requiredAgents() > withoutTarget, "at most 1% abandoning needs more agents");
        tandem.staffing.erlang.Workload workload = new tandem.staffing.erlang.Workload(forecast.total(), 1800,
                forecast.ahtSeconds());
        int agents = (int) forecast.requiredAgents();
        assertTrue(tandem.staffing.erlang.ErlangA.predict(workload, agents, 60, 20).abandonment() <= 0.01);
        assertTrue(tandem.staffing.erlang.ErlangA.predict(workload, agents - 1, 60, 20).abandonment() > 0.01);

        plan.setAveragePatienceSeconds(null);
        assertEquals("the abandonment target needs the callers' average patience (Erlang A): give it, or clear the"
                + " abandonment target", StaffingForecast.of(plan, lift(320)).settingsProblem());
    }

    @Test
    void aPlanWithoutTargetShowsTheContactsButNoStaffing() {
        StaffingPlan plan = mondayPlan();
        plan.setServiceLevelShare(null);
        StaffingForecast forecast = StaffingForecast.of(plan, lift(320));
        assertEquals("the plan has no target: set a service level, an ASA or an abandonment target",
                forecast.settingsProblem());
        IntervalForecast eight = forecast.interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(100, eight.total(), 1e-9);
        assertTrue(Double.isNaN(eight.requiredHeads()));
        assertFalse(eight.understaffed());
        assertNull(eight.predicted());

        plan.setServiceLevelShare(0.8);
        plan.setShrinkage(1.0);
        assertEquals("shrinkage must be in [0, 1), was 1.0", StaffingForecast.of(plan).settingsProblem());
    }

    @Test
    void anAsaTargetAloneIsATarget() {
        StaffingPlan plan = mondayPlan();
        plan.setServiceLevelShare(null);
        plan.setAsaTargetSeconds(30.0);
        plan.setOccupancyCap(1);
        plan.setShrinkage(0);
        IntervalForecast eight = StaffingForecast.of(plan, lift(320)).interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(StaffingCalculator.forAsa(30).requiredAgents(new Workload(100, 1800, 180)),
                eight.requiredAgents());
        assertTrue(eight.predicted().asaSeconds() > 30, "nobody scheduled");
    }

    @Test
    void aBadRowIsReportedForThatIntervalOnly() {
        StaffingPlan plan = mondayPlan();
        Plans.row(plan, MONDAY, 9, 0).setBaseline(-50);
        StaffingForecast forecast = StaffingForecast.of(plan, lift(320));
        IntervalForecast nine = forecast.interval(Plans.indexOf(plan, MONDAY, 9, 0));
        assertTrue(nine.problem().startsWith("interval 2026-03-02T09:00: "), nine.problem());
        assertTrue(Double.isNaN(nine.requiredHeads()));
        assertEquals(20, forecast.interval(Plans.indexOf(plan, MONDAY, 8, 0)).requiredHeads());
    }

    private static double heads(double contacts) {
        StaffingCalculator calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20))
                .withOccupancyCap(0.85).withShrinkage(0.3);
        return calculator.scheduledHeads(calculator.requiredAgents(new Workload(contacts, 1800, 180)));
    }

    @Test
    void aPlanStaffingToTheUpperBoundRequiresAgentsForTheUpperBoundPlusLift() {
        StaffingPlan plan = mondayPlan();
        Plans.row(plan, MONDAY, 8, 0).setLowerBound(45.0);
        Plans.row(plan, MONDAY, 8, 0).setUpperBound(80.0);
        Plans.row(plan, MONDAY, 8, 30).setBaseline(60);
        int eight = Plans.indexOf(plan, MONDAY, 8, 0);
        int halfPast = Plans.indexOf(plan, MONDAY, 8, 30);
        IntervalForecast toForecast = StaffingForecast.of(plan, lift(320)).interval(eight);
        double halfPastBefore = StaffingForecast.of(plan, lift(320)).interval(halfPast).requiredAgents();
        assertEquals(14, toForecast.requiredAgents(), "by default the plan staffs to the forecast");

        plan.setStaffTo(tandem.staffing.model.StaffTo.UPPER_BOUND);
        StaffingForecast forecast = StaffingForecast.of(plan, lift(320));
        IntervalForecast toUpper = forecast.interval(eight);
        StaffingPlan same = mondayPlan();
        Plans.row(same, MONDAY, 8, 0).setBaseline(80);
        IntervalForecast eightyContacts = StaffingForecast.of(same, lift(320)).interval(eight);
        assertEquals(eightyContacts.requiredAgents(), toUpper.requiredAgents(), "80 + 40 contacts");
        assertTrue(toUpper.requiredAgents() > 14, toUpper.toString());
        assertEquals(heads(80), toUpper.baselineRequiredHeads());
        assertEquals(100, toUpper.total(), 1e-9, "the forecast shown stays baseline plus lift");
        assertEquals(toForecast.predicted(), toUpper.predicted(), "service is predicted for the forecast");
        assertEquals(halfPastBefore, forecast.interval(halfPast).requiredAgents(),
                "an interval without bounds staffs to its baseline");
    }
}
