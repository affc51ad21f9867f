package tandem.staffing.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.staffing.model.forecast.Plans.MONDAY;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.PlanDocument;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.scheduled.ScheduledHeads;
import tandem.staffing.model.scheduled.ScheduledHeadsProvider;
import tandem.staffing.model.scheduled.ScheduledRows;

/**
 * Planned and unplanned shrinkage, worked by hand on the textbook interval (Monday 08:00, 30 minutes, 100 contacts:
 * 14 agents for 80% in 20 s under an 85% occupancy cap). Typed heads lose the plan's single 30% shrinkage: 14 / 0.7
 * = 20 heads required. Heads from a schedule have their breaks and training already off, so only the 12.5%
 * unplanned shrinkage (absence) is left: 14 / 0.875 = 16 heads required, and 15 scheduled heads keep
 * floor(15 × 0.875) = 13 agents on the phones. Nothing is counted twice.
 */
class ShrinkageSplitTest {

    private final Queue billing = Plans.queueOpenOnMondays("Billing", 8, 12);
    private final ContactCenter schedule = CoreFactory.eINSTANCE.createContactCenter();

    private StaffingPlan plan() {
        StaffingPlan plan = Plans.textbook(billing, 30, MONDAY, MONDAY);
        Plans.row(plan, MONDAY, 8, 0).setBaseline(60);
        Plans.row(plan, MONDAY, 8, 0).setScheduled(21);
        Plans.row(plan, MONDAY, 9, 0).setScheduled(9);
        plan.setUnplannedShrinkage(0.125);
        return plan;
    }

    private LiftPerDay lift() {
        return (queue, day) -> queue == billing && day.equals(MONDAY) ? 320 : 0;
    }

    /** A schedule that covers only the 08:00 row, with 15 heads on the queue and a quarter of the time in breaks. */
    private ScheduledHeadsProvider provider(StaffingPlan plan) {
        return new ScheduledHeadsProvider() {
            @Override
            public boolean reads(PlanDocument document) {
                return document == schedule;
            }

            @Override
            public ScheduledRows scheduledRows(PlanDocument document, StaffingPlan linked) {
                int size = linked.getIntervals().size();
                int[] heads = new int[size];
                double[] planned = new double[size];
                double[] onShift = new double[size];
                Arrays.fill(heads, -1);
                Arrays.fill(planned, Double.NaN);
                int eight = Plans.indexOf(linked, MONDAY, 8, 0);
                heads[eight] = 15;
                planned[eight] = 0.25;
                onShift[eight] = 20;
                return new ScheduledRows("Week 10", heads, planned, onShift);
            }
        };
    }

    @Test
    void typedHeadsKeepTheSingleShrinkage() {
        StaffingPlan plan = plan();
        IntervalForecast eight = StaffingForecast.of(plan, lift()).interval(Plans.indexOf(plan, MONDAY, 8, 0));

        assertEquals(14, eight.requiredAgents());
        assertEquals(20, eight.requiredHeads());
        assertEquals(21, eight.scheduled());
        assertEquals(14, eight.scheduledAgents(), "floor(21 × 0.7)");
    }

    @Test
    void headsFromTheScheduleLoseOnlyUnplannedShrinkage() {
        StaffingPlan plan = plan();
        plan.setRoster(schedule);
        ScheduledHeads heads = ScheduledHeads.of(plan, List.of(provider(plan)));
        StaffingForecast forecast = StaffingForecast.of(plan, lift(), heads);
        int eight = Plans.indexOf(plan, MONDAY, 8, 0);

        IntervalForecast interval = forecast.interval(eight);
        assertEquals(14, interval.requiredAgents());
        assertEquals(16, interval.requiredHeads(), "14 / (1 - 0.125)");
        assertEquals(16, forecast.requiredHeads(eight));
        assertEquals(15, interval.scheduled(), "the schedule's heads, not the typed 21");
        assertEquals(13, interval.scheduledAgents(), "floor(15 × 0.875)");
        assertEquals(-1, interval.gap(), 1e-9);
        assertEquals(0.25, heads.plannedShrinkage(eight), 1e-12);
        assertEquals(0.25, heads.averagePlannedShrinkage(), 1e-12);
    }

    @Test
    void rowsTheScheduleDoesNotCoverKeepTypedHeadsAndTheSingleShrinkage() {
        StaffingPlan plan = plan();
        plan.setRoster(schedule);
        StaffingForecast linked = StaffingForecast.of(plan, lift(), ScheduledHeads.of(plan, List.of(provider(plan))));
        StaffingForecast typed = StaffingForecast.of(plan, lift(), ScheduledHeads.of(plan, List.of()));
        int nine = Plans.indexOf(plan, MONDAY, 9, 0);

        assertFalse(linked.scheduled().fromSchedule(nine));
        assertEquals(9, linked.interval(nine).scheduled());
        assertEquals(typed.interval(nine).requiredHeads(), linked.interval(nine).requiredHeads());
        assertEquals(Math.floor(9 * 0.7), linked.interval(nine).scheduledAgents());
        assertTrue(typed.scheduled().problem().contains("is not a roster"), typed.scheduled().problem());
    }
}
