package tandem.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.roster.ui.internal.GenerateScheduleDialog;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/** The days Generate Schedule proposes: the next week from the week-start preference, within the staffing plans. */
class DefaultDaysTest {

    private static StaffingPlan plan(LocalDate from, LocalDate to) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName("Sales");
        return StaffingPlans.create("plan", queue, 60, from, to);
    }

    @Test
    void theNextWeekWhenThePlansCoverIt() {
        List<StaffingPlan> plans = List.of(plan(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)));
        LocalDate from = GenerateScheduleDialog.defaultFrom(LocalDate.of(2027, 2, 24), DayOfWeek.MONDAY, plans);
        assertEquals(LocalDate.of(2027, 3, 1), from, "the Monday after Wednesday 24 February");
        assertEquals(LocalDate.of(2027, 3, 7), GenerateScheduleDialog.defaultTo(from, plans));
    }

    @Test
    void theFirstWeekOfThePlansWhenTheNextWeekIsOutsideThem() {
        List<StaffingPlan> plans = List.of(plan(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 20)));
        LocalDate from = GenerateScheduleDialog.defaultFrom(LocalDate.of(2026, 12, 7), DayOfWeek.SUNDAY, plans);
        assertEquals(LocalDate.of(2027, 3, 7), from, "the first Sunday of the plan, the week starting on Sunday");
        assertEquals(LocalDate.of(2027, 3, 13), GenerateScheduleDialog.defaultTo(from, plans));
    }

    @Test
    void daysThatAllPlansCoverAndAWeekCutAtTheirEnd() {
        List<StaffingPlan> plans = List.of(plan(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)),
                plan(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 12)));
        LocalDate from = GenerateScheduleDialog.defaultFrom(LocalDate.of(2026, 12, 7), DayOfWeek.MONDAY, plans);
        assertEquals(LocalDate.of(2027, 3, 10), from, "no Monday in 10-12 March: the first common day");
        assertEquals(LocalDate.of(2027, 3, 12), GenerateScheduleDialog.defaultTo(from, plans));
    }

    @Test
    void withoutPlansTheNextWeek() {
        LocalDate from = GenerateScheduleDialog.defaultFrom(LocalDate.of(2026, 12, 7), DayOfWeek.MONDAY, List.of());
        assertEquals(LocalDate.of(2026, 12, 14), from, "the next Monday, not today's");
        assertEquals(LocalDate.of(2026, 12, 20), GenerateScheduleDialog.defaultTo(from, List.of()));
    }
}
