package tandem.core.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tandem.core.model.CoreFactory;
import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.core.model.hours.Hours;

/** Whether a queue is open: weekly hours, holidays, hours past midnight and time zones. */
class HoursTest {

    private static OpeningHours hours(String zone, Object[]... slots) {
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Hours");
        hours.setTimeZone(zone);
        for (Object[] slot : slots) {
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay((Weekday) slot[0]);
            weekly.setOpens(LocalTime.parse((String) slot[1]));
            weekly.setCloses(LocalTime.parse((String) slot[2]));
            hours.getWeeklyHours().add(weekly);
        }
        return hours;
    }

    // 2027-03-01 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void theNextOpenTimeSkipsTheClosedNightTheWeekendAndAHoliday() {
        OpeningHours hours = hours("UTC", new Object[] { Weekday.MONDAY, "08:00", "18:00" },
                new Object[] { Weekday.TUESDAY, "09:30", "17:00" });
        LocalDateTime sundayNight = MONDAY.minusDays(1).atTime(23, 10, 42);
        assertEquals(MONDAY.atTime(8, 0), Hours.nextOpen(hours, sundayNight, 14).orElseThrow());
        assertEquals(MONDAY.atTime(12, 34), Hours.nextOpen(hours, MONDAY.atTime(12, 34, 56), 14).orElseThrow(),
                "open already: that minute");
        assertEquals(MONDAY.plusDays(1).atTime(9, 30), Hours.nextOpen(hours, MONDAY.atTime(18, 0), 14).orElseThrow());
        HoursException holiday = CoreFactory.eINSTANCE.createHoursException();
        holiday.setDate(MONDAY);
        holiday.setClosed(true);
        hours.getExceptions().add(holiday);
        assertEquals(MONDAY.plusDays(1).atTime(9, 30), Hours.nextOpen(hours, sundayNight, 14).orElseThrow(),
                "the holiday Monday is skipped");
        assertEquals(Optional.empty(), Hours.nextOpen(hours("UTC"), sundayNight, 14), "hours that never open");
    }

    @Test
    void openDuringWeeklyHoursOnly() {
        OpeningHours hours = hours("UTC", new Object[] { Weekday.MONDAY, "08:00", "18:00" });
        assertTrue(Hours.isOpen(hours, MONDAY.atTime(8, 0)));
        assertTrue(Hours.isOpen(hours, MONDAY.atTime(17, 59)));
        assertFalse(Hours.isOpen(hours, MONDAY.atTime(18, 0)), "closing time is exclusive");
        assertFalse(Hours.isOpen(hours, MONDAY.atTime(7, 59)));
        assertFalse(Hours.isOpen(hours, MONDAY.plusDays(1).atTime(12, 0)), "no hours on Tuesday");
    }

    @Test
    void aHolidayClosesAndSpecialHoursReplaceTheWeek() {
        OpeningHours hours = hours("UTC", new Object[] { Weekday.MONDAY, "08:00", "18:00" });
        HoursException holiday = CoreFactory.eINSTANCE.createHoursException();
        holiday.setDate(MONDAY);
        hours.getExceptions().add(holiday);
        assertFalse(Hours.isOpen(hours, MONDAY.atTime(12, 0)));

        holiday.setClosed(false);
        holiday.setOpens(LocalTime.of(10, 0));
        holiday.setCloses(LocalTime.of(14, 0));
        assertTrue(Hours.isOpen(hours, MONDAY.atTime(12, 0)));
        assertFalse(Hours.isOpen(hours, MONDAY.atTime(15, 0)));
    }

    @Test
    void hoursPastMidnightCoverTheSmallHoursOfTheNextDay() {
        OpeningHours hours = hours("UTC", new Object[] { Weekday.FRIDAY, "22:00", "02:00" });
        LocalDateTime friday = MONDAY.plusDays(4).atTime(23, 0);
        assertTrue(Hours.isOpen(hours, friday));
        assertTrue(Hours.isOpen(hours, friday.plusHours(2)), "Saturday 01:00");
        assertFalse(Hours.isOpen(hours, friday.plusHours(3)), "Saturday 02:00");
    }

    @Test
    void instantsAreJudgedInTheHoursOwnTimeZone() {
        OpeningHours berlin = hours("Europe/Berlin", new Object[] { Weekday.MONDAY, "08:00", "18:00" });
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setOpeningHours(berlin);
        // 07:30 UTC is 08:30 in Berlin in winter.
        assertTrue(Hours.isOpen(queue, ZonedDateTime.of(MONDAY, LocalTime.of(7, 30), ZoneId.of("UTC")).toInstant()));
        assertFalse(Hours.isOpen(queue, ZonedDateTime.of(MONDAY, LocalTime.of(17, 30), ZoneId.of("UTC")).toInstant()));
    }

    @Test
    void anUnknownTimeZoneIsAClearError() {
        OpeningHours hours = hours("Mars/Olympus", new Object[] { Weekday.MONDAY, "08:00", "18:00" });
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Hours.zoneOf(hours));
        assertTrue(error.getMessage().contains("'Mars/Olympus'"), error.getMessage());
    }
}
