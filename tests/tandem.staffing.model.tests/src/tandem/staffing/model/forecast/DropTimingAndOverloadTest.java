package tandem.staffing.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.model.forecast.Plans.MONDAY;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.lift.DropResponse;
import tandem.core.model.Queue;
import tandem.staffing.erlang.ErlangA;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingPlan;

/**
 * A TV spot at 07:30 on a queue open 08:00-12:00 (hourly intervals): its response halves every 30 minutes, so the
 * hours get (1/2 - 1/8), (1/8 - 1/32), (1/32 - 1/128), (1/128 - 1/512) of it, that is 192, 48, 12 and 3 parts of 255;
 * and an interval with more traffic than agents shows what the agents achieve when callers hang up.
 */
class DropTimingAndOverloadTest {

    private final Queue billing = Plans.queueOpenOnMondays("Billing", 8, 12);

    private static LiftPerDay timed(Queue lifted, double contacts, DropResponse... responses) {
        return new LiftPerDay() {
            @Override
            public double contacts(Queue queue, LocalDate day) {
                return queue == lifted && day.equals(MONDAY) ? contacts : 0;
            }

            @Override
            public List<DropResponse> responses(Queue queue, LocalDate day) {
                return queue == lifted && day.equals(MONDAY) ? List.of(responses) : List.of();
            }
        };
    }

    @Test
    void aTvSpotsContactsFadeFromItsTimeInsteadOfSpreadingFlat() {
        StaffingPlan plan = Plans.textbook(billing, 60, MONDAY, MONDAY);
        StaffingForecast forecast = StaffingForecast.of(plan,
                timed(billing, 255, new DropResponse(LocalTime.of(7, 30), 30, 255)));
        assertEquals(0, forecast.liftOf(7), "closed at 07:00");
        assertEquals(192, forecast.liftOf(8), 1e-9);
        assertEquals(48, forecast.liftOf(9), 1e-9);
        assertEquals(12, forecast.liftOf(10), 1e-9);
        assertEquals(3, forecast.liftOf(11), 1e-9);
        assertEquals(0, forecast.liftOf(12), "closed at noon");
    }

    @Test
    void untimedContactsOfTheSameDayStillSpreadByTheProfile() {
        StaffingPlan plan = Plans.textbook(billing, 60, MONDAY, MONDAY);
        StaffingForecast forecast = StaffingForecast.of(plan,
                timed(billing, 255 + 40, new DropResponse(LocalTime.of(7, 30), 30, 255)));
        assertEquals(192 + 10, forecast.liftOf(8), 1e-9);
        assertEquals(3 + 10, forecast.liftOf(11), 1e-9);
    }

    @Test
    void aDropAfterHoursSpreadsOverTheDaySoTheDayKeepsItsTotal() {
        StaffingPlan plan = Plans.textbook(billing, 60, MONDAY, MONDAY);
        StaffingForecast forecast = StaffingForecast.of(plan,
                timed(billing, 100, new DropResponse(LocalTime.of(20, 0), 30, 100)));
        for (int hour = 8; hour < 12; hour++) {
            assertEquals(25, forecast.liftOf(hour), 1e-9, "hour " + hour);
        }
    }

    @Test
    void aDropMidMorningLiftsNothingBeforeIt() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        StaffingForecast forecast = StaffingForecast.of(plan,
                timed(billing, 100, new DropResponse(LocalTime.of(10, 0), 60, 100)));
        assertEquals(0, forecast.liftOf(Plans.indexOf(plan, MONDAY, 9, 30)));
        double ten = forecast.liftOf(Plans.indexOf(plan, MONDAY, 10, 0));
        double half = forecast.liftOf(Plans.indexOf(plan, MONDAY, 10, 30));
        assertEquals(Math.sqrt(2), ten / half, 1e-9, "half an hour at a one-hour half-life: a factor of root 2");
        double total = 0;
        for (int i = 0; i < forecast.size(); i++) {
            total += forecast.liftOf(i);
        }
        assertEquals(100, total, 1e-9);
    }

    @Test
    void anOverloadedIntervalShowsWhatItsAgentsAchieveWhenCallersHangUp() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Plans.row(plan, MONDAY, 8, 0).setBaseline(100);
        Plans.row(plan, MONDAY, 8, 0).setScheduled(10);
        IntervalForecast eight = StaffingForecast.of(plan, LiftPerDay.NONE)
                .interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertEquals(7, eight.scheduledAgents(), "10 heads at 30% shrinkage");
        assertTrue(eight.overloaded(), "10 Erlangs of traffic for 7 agents");

        Prediction expected = ErlangA.predict(new Workload(100, 1800, 180), 7,
                StaffingForecast.ASSUMED_PATIENCE_SECONDS, 20);
        assertEquals(expected.serviceLevel(), eight.predictedServiceLevel(), 1e-12);
        assertTrue(eight.predictedServiceLevel() > 0.05 && eight.predictedServiceLevel() < 0.5,
                "a realistic service level, not 0: " + eight.predictedServiceLevel());
        assertEquals(expected.asaAnsweredSeconds(), eight.predictedAsaAnsweredSeconds(), 1e-9);
        assertTrue(Double.isFinite(eight.predictedAsaSeconds()), "no infinite ASA");
        assertTrue(eight.predicted().note().startsWith("overloaded"), eight.predicted().note());
        assertTrue(eight.understaffed());
    }

    @Test
    void anIntervalWhoseCallersWouldWaitLongerThanAnyoneWaitsIsPredictedWithTheAssumedPatienceToo() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Plans.row(plan, MONDAY, 8, 0).setBaseline(100);
        Plans.row(plan, MONDAY, 8, 0).setScheduled(15); // 10 agents for 9.9 Erlangs: Erlang C's queue barely drains
        Plans.row(plan, MONDAY, 8, 0).setAhtSeconds(178.2);
        IntervalForecast eight = StaffingForecast.of(plan, LiftPerDay.NONE)
                .interval(Plans.indexOf(plan, MONDAY, 8, 0));
        Workload workload = new Workload(100, 1800, 178.2);
        Prediction erlangC = tandem.staffing.erlang.ErlangC.predict(workload, 10, 20);
        assertTrue(erlangC.stable() && erlangC.asaSeconds() > StaffingForecast.ASSUMED_PATIENCE_SECONDS,
                "Erlang C: callers would wait " + erlangC.asaSeconds() + " s on average");
        assertFalse(eight.overloaded());
        assertEquals(ErlangA.predict(workload, 10, StaffingForecast.ASSUMED_PATIENCE_SECONDS, 20).serviceLevel(),
                eight.predictedServiceLevel(), 1e-12);
        assertTrue(eight.predictedServiceLevel() > erlangC.serviceLevel(), "callers who hang up free the line");
        assertTrue(eight.predicted().note().startsWith("short:"), eight.predicted().note());
    }

    @Test
    void anIntervalWithEnoughAgentsIsNotOverloaded() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Plans.row(plan, MONDAY, 8, 0).setBaseline(100);
        Plans.row(plan, MONDAY, 8, 0).setScheduled(20);
        IntervalForecast eight = StaffingForecast.of(plan, LiftPerDay.NONE)
                .interval(Plans.indexOf(plan, MONDAY, 8, 0));
        assertFalse(eight.overloaded());
        assertEquals(0.88835, eight.predictedServiceLevel(), 5e-6, "Erlang C as before");
        assertEquals("", eight.predicted().note());
    }
}
