package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.time.LocalTime;

import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/** Small plans for tests. */
final class Plans {

    /** Monday 2 March 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private Plans() {
    }

    static Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        return queue;
    }

    /** A queue open on Mondays from {@code opens} to {@code closes}. */
    static Queue queueOpenOnMondays(String name, int opens, int closes) {
        Queue queue = queue(name);
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        WeeklyHours monday = CoreFactory.eINSTANCE.createWeeklyHours();
        monday.setDay(Weekday.MONDAY);
        monday.setOpens(LocalTime.of(opens, 0));
        monday.setCloses(LocalTime.of(closes, 0));
        hours.getWeeklyHours().add(monday);
        queue.setOpeningHours(hours);
        return queue;
    }

    /** The textbook settings: 80% in 20 s, occupancy cap 85%, shrinkage 30%, AHT 180 s. */
    static StaffingPlan textbook(Queue queue, int intervalMinutes, LocalDate from, LocalDate to) {
        StaffingPlan plan = StaffingPlans.create("Billing", queue, intervalMinutes, from, to);
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(180);
        return plan;
    }

    static int indexOf(StaffingPlan plan, LocalDate day, int hour, int minute) {
        return StaffingPlans.firstIndexAtOrAfter(plan, day.atTime(hour, minute));
    }

    static StaffingInterval row(StaffingPlan plan, LocalDate day, int hour, int minute) {
        return plan.getIntervals().get(indexOf(plan, day, hour, minute));
    }
}
