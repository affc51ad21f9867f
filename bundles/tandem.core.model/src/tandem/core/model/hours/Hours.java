package tandem.core.model.hours;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;

/** Answers whether a queue is open: the weekly hours, unless an exception (a holiday) says otherwise. */
public final class Hours {

    private Hours() {
    }

    /** Whether the queue takes contacts at the instant; a queue without opening hours is always open. */
    public static boolean isOpen(Queue queue, Instant instant) {
        OpeningHours hours = queue.getOpeningHours();
        return hours == null || isOpen(hours, instant);
    }

    public static boolean isOpen(OpeningHours hours, Instant instant) {
        return isOpen(hours, LocalDateTime.ofInstant(instant, zoneOf(hours)));
    }

    /** Whether the hours are open at a local date and time in their own time zone. */
    public static boolean isOpen(OpeningHours hours, LocalDateTime local) {
        for (HoursException exception : hours.getExceptions()) {
            if (local.toLocalDate().equals(exception.getDate())) {
                return !exception.isClosed() && within(local.toLocalTime(), exception.getOpens(), exception.getCloses());
            }
        }
        Weekday day = Weekday.get(local.getDayOfWeek().getValue() - 1);
        Weekday dayBefore = Weekday.get((local.getDayOfWeek().getValue() + 5) % 7);
        LocalTime time = local.toLocalTime();
        for (WeeklyHours slot : hours.getWeeklyHours()) {
            if (slot.getDay() == day && within(time, slot.getOpens(), slot.getCloses())) {
                return true;
            }
            // A slot that runs past midnight (Friday 22:00-02:00) also covers the small hours of the next day.
            if (slot.getDay() == dayBefore && runsPastMidnight(slot) && time.isBefore(slot.getCloses())) {
                return true;
            }
        }
        return false;
    }

    private static boolean runsPastMidnight(WeeklyHours slot) {
        return slot.getOpens() != null && slot.getCloses() != null && !slot.getCloses().isAfter(slot.getOpens());
    }

    /** The time zone of the hours; UTC when unset. An unknown zone id is an error the user must see. */
    public static ZoneId zoneOf(OpeningHours hours) {
        String zone = hours.getTimeZone();
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Opening hours '" + hours.getName() + "' have an unknown time zone '"
                    + zone + "' (use a region id such as Europe/Berlin)", e);
        }
    }

    private static boolean within(LocalTime time, LocalTime opens, LocalTime closes) {
        if (opens == null || closes == null) {
            return false;
        }
        if (closes.isAfter(opens)) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
        // Closing at or before opening: open from 'opens' until midnight; the rest belongs to the next day.
        return !time.isBefore(opens);
    }
}
