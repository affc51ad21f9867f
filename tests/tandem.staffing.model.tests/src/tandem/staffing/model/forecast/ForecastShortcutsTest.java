package tandem.staffing.model.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.model.forecast.Plans.MONDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/**
 * The figures checks take from a forecast without computing whole intervals (required heads, predicted occupancy,
 * the lifted intervals, the intervals busier than a cap) agree with the intervals' own figures, also when the
 * rows are shuffled.
 */
class ForecastShortcutsTest {

    private final Queue billing = Plans.queueOpenOnMondays("Billing", 8, 18);

    /** A week of half hours with varied contacts and schedules, lifted on Monday and Tuesday. */
    private StaffingPlan week() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY.plusDays(6));
        Random random = new Random(11);
        for (StaffingInterval row : plan.getIntervals()) {
            row.setBaseline(random.nextInt(90));
            row.setScheduled(random.nextInt(30));
        }
        plan.getIntervals().get(20).setAhtSeconds(420.0);
        return plan;
    }

    private static LiftPerDay lift() {
        return (queue, day) -> day.equals(MONDAY) ? 400 : day.equals(MONDAY.plusDays(1)) ? 150 : 0;
    }

    @Test
    void requiredHeadsAndOccupancyAreThoseOfTheIntervals() {
        StaffingForecast shortcuts = StaffingForecast.of(week(), lift());
        StaffingForecast whole = StaffingForecast.of(shortcuts.plan(), lift());
        for (int i = 0; i < whole.size(); i++) {
            IntervalForecast interval = whole.interval(i);
            assertEquals(interval.requiredHeads(), shortcuts.requiredHeads(i), "heads at " + interval.start());
            assertEquals(interval.predicted().occupancy(), shortcuts.predictedOccupancy(i), "at " + interval.start());
            assertEquals(interval.scheduledAgents(), shortcuts.scheduledAgents(i));
        }
    }

    @Test
    void theLiftedIntervalsAreThoseWithLift() {
        StaffingForecast forecast = StaffingForecast.of(week(), lift());
        int[] expected = IntStream.range(0, forecast.size()).filter(i -> forecast.liftOf(i) > 0).toArray();
        assertEquals(20 + 48, expected.length,
                "Monday 08:00 to 18:00; on Tuesday the queue is closed, so the lift spreads over the whole day");
        assertArrayEquals(expected, forecast.liftedIntervals());
        assertEquals(400 + 150, IntStream.of(expected).mapToDouble(forecast::liftOf).sum(), 1e-9);
    }

    @Test
    void rowsShuffledAcrossDaysGetTheSameLiftAsInOrder() {
        StaffingPlan ordered = week();
        StaffingPlan shuffled = week();
        List<StaffingInterval> rows = new ArrayList<>(shuffled.getIntervals());
        Collections.shuffle(rows, new Random(3));
        shuffled.getIntervals().clear();
        shuffled.getIntervals().addAll(rows);

        StaffingForecast inOrder = StaffingForecast.of(ordered, lift());
        StaffingForecast outOfOrder = StaffingForecast.of(shuffled, lift());
        for (int i = 0; i < rows.size(); i++) {
            int at = Plans.indexOf(ordered, rows.get(i).getStart().toLocalDate(), rows.get(i).getStart().getHour(),
                    rows.get(i).getStart().getMinute());
            assertEquals(inOrder.liftOf(at), outOfOrder.liftOf(i), 1e-12, "at " + rows.get(i).getStart());
        }
        assertEquals(68, outOfOrder.liftedIntervals().length);
        int[] lifted = outOfOrder.liftedIntervals();
        for (int k = 1; k < lifted.length; k++) {
            assertTrue(lifted[k - 1] < lifted[k], "ascending");
        }
    }

    @Test
    void theIntervalsBusierThanACapAreCountedWithTheHighestOccupancyAndTheFirst() {
        StaffingForecast forecast = StaffingForecast.of(week(), lift());
        int count = 0;
        double highest = Double.NaN;
        int first = -1;
        for (int i = 0; i < forecast.size(); i++) {
            IntervalForecast interval = forecast.interval(i);
            if (interval.total() > 0 && interval.scheduledAgents() > 0 && interval.predicted().occupancy() > 0.85) {
                count++;
                highest = count == 1 ? interval.predicted().occupancy()
                        : Math.max(highest, interval.predicted().occupancy());
                first = first < 0 ? i : first;
            }
        }
        assertTrue(count > 10, "the random week has busy intervals: " + count);
        assertEquals(new StaffingForecast.Busy(count, highest, first), forecast.busierThan(0.85));
        assertEquals(new StaffingForecast.Busy(0, Double.NaN, -1), forecast.busierThan(1));
    }

    @Test
    void aLiftOfCampaignsIsAskedOfItsDailyLift() {
        LocalDate day = MONDAY;
        StaffingPlan plan = Plans.textbook(billing, 60, day, day);
        StaffingForecast forecast = StaffingForecast.of(plan, LiftPerDay.of(
                tandem.campaign.model.lift.ContactLift.of(List.of(), day, day)));
        assertEquals(0, forecast.liftedIntervals().length, "no campaigns, no lift");
    }
}
