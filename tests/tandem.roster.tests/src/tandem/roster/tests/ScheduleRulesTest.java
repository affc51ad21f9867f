package tandem.roster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.roster.tests.Rosters.MONDAY;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.core.model.Weekday;
import tandem.roster.ScheduleRules;
import tandem.roster.ScheduleRules.MoveCheck;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;

/** Moving a shift by hand keeps the roster's rules, and a refused move says which one. */
class ScheduleRulesTest {

    private final Rosters r = new Rosters();
    private final Queue sales = r.queue("Sales");
    private final ShiftTemplate day = r.template("Day", LocalTime.of(6, 0), LocalTime.of(14, 0), 480);
    private final Agent ana = r.agent("Ana", 0, 40, 5, sales);

    private Shift shift(int dayOfWeek, int hour) {
        Shift shift = r.shift(ana, MONDAY.plusDays(dayOfWeek).atTime(hour, 0), 480, sales);
        shift.setTemplate(day);
        return shift;
    }

    @Test
    void aMoveInsideTheRulesIsAllowed() {
        shift(0, 8);
        Shift tuesday = shift(1, 8);
        MoveCheck check = ScheduleRules.checkMove(r.roster, tuesday, MONDAY.plusDays(1).atTime(9, 30));
        assertTrue(check.allowed(), check.message());
        assertEquals("Ana's shift moves to Tue 2 Mar 09:30", check.message());
    }

    @Test
    void lessThanElevenHoursOfRestIsRefused() {
        shift(0, 13); // Monday 13:00-21:00
        Shift tuesday = shift(1, 9);
        // 07:30 leaves 10.5 hours after Monday's 21:00
        MoveCheck check = ScheduleRules.checkMove(r.roster, tuesday, MONDAY.plusDays(1).atTime(7, 30));
        assertFalse(check.allowed());
        assertEquals("Ana's shift cannot move to Tue 2 Mar 07:30: Ana rests 10.5 h before 2027-03-02; at least 11 h"
                + " required", check.message());
        assertTrue(ScheduleRules.checkMove(r.roster, tuesday, MONDAY.plusDays(1).atTime(8, 0)).allowed());
    }

    @Test
    void oneShiftPerDay() {
        shift(0, 8);
        Shift tuesday = shift(1, 8);
        MoveCheck check = ScheduleRules.checkMove(r.roster, tuesday, MONDAY.atTime(10, 0));
        assertFalse(check.allowed());
        assertTrue(check.problems().contains("Ana already works a shift on Mon 1 Mar"), check.message());
    }

    @Test
    void theTemplatesStartWindowAndDays() {
        Shift monday = shift(0, 8);
        MoveCheck late = ScheduleRules.checkMove(r.roster, monday, MONDAY.atTime(14, 30));
        assertEquals("Ana's shift cannot move to Mon 1 Mar 14:30: template 'Day' starts between 06:00 and 14:00",
                late.message());
        day.getDays().add(Weekday.MONDAY);
        day.getDays().add(Weekday.TUESDAY);
        assertTrue(ScheduleRules.checkMove(r.roster, monday, MONDAY.plusDays(1).atTime(8, 0)).allowed());
        assertTrue(ScheduleRules.checkMove(r.roster, monday, MONDAY.plusDays(2).atTime(8, 0)).problems()
                .contains("template 'Day' is not used on Wednesdays"));
    }

    @Test
    void daysInARowAndDaysPerWeek() {
        r.roster.getRules().setMaxConsecutiveDays(3);
        ana.setMaxDaysPerWeek(7);
        shift(0, 8);
        shift(1, 8);
        shift(2, 8);
        Shift friday = shift(4, 8);
        MoveCheck check = ScheduleRules.checkMove(r.roster, friday, MONDAY.plusDays(3).atTime(8, 0));
        assertFalse(check.allowed());
        assertTrue(check.message().contains("Ana works 4 days in a row up to 2027-03-04; at most 3 allowed"),
                check.message());
    }

    @Test
    void weeklyHoursStayWithinTheContract() {
        ana.setMaxHoursPerWeek(16);
        shift(0, 8);
        shift(2, 8);
        Shift nextMonday = shift(7, 8);
        MoveCheck check = ScheduleRules.checkMove(r.roster, nextMonday, MONDAY.plusDays(4).atTime(8, 0));
        assertFalse(check.allowed());
        assertTrue(check.message().contains("Ana is paid 24 h in week"), check.message());
        assertTrue(check.message().contains("contract maximum 16 h"), check.message());
    }

    @Test
    void aBreakTheMoveDoesNotCauseDoesNotBlockIt() {
        shift(0, 13);
        shift(1, 7); // already only 10 hours after Monday's 21:00
        Shift thursday = shift(3, 8);
        assertTrue(ScheduleRules.checkMove(r.roster, thursday, MONDAY.plusDays(3).atTime(10, 0)).allowed());
    }

    @Test
    void trainingStaysWhereItIsAndMustStayInsideTheShift() {
        Shift monday = shift(0, 8);
        Rosters.activity(monday, ActivityKind.TRAINING, MONDAY.atTime(9, 0), 60).setName("Spring promotion");
        Rosters.activity(monday, ActivityKind.BREAK, MONDAY.atTime(10, 0), 15);
        assertTrue(ScheduleRules.checkMove(r.roster, monday, MONDAY.atTime(9, 0)).allowed());
        MoveCheck check = ScheduleRules.checkMove(r.roster, monday, MONDAY.atTime(9, 30));
        assertEquals("Ana's shift cannot move to Mon 1 Mar 09:30: training 'Spring promotion' at Mon 1 Mar 09:00"
                + " would fall outside the shift", check.message());
    }

    @Test
    void timeOffAndAvailability() {
        Shift monday = shift(0, 8);
        ana.getUnavailableDays().add(MONDAY.plusDays(1));
        ana.setLatestEnd(LocalTime.of(18, 0));
        assertTrue(ScheduleRules.checkMove(r.roster, monday, MONDAY.plusDays(1).atTime(8, 0)).problems()
                .contains("Ana has time off on Tue 2 Mar"));
        assertTrue(ScheduleRules.checkMove(r.roster, monday, MONDAY.atTime(10, 30)).problems()
                .contains("Ana works until 18:00"));
    }
}
