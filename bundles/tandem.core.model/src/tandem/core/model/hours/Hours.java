package tandem.core.model.hours;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeSet;

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

    /**
     * The first local date and time at or after {@code from} (to the minute) when the hours are open, looking at most
     * {@code days} days ahead; empty when they do not open in that time (no weekly hours, or holidays all along).
     * A time already open is returned as it is. Opening can only start at {@code from} itself or at an opening time
     * of a weekly slot or of an exception, so only those are tried.
     */
    public static Optional<LocalDateTime> nextOpen(OpeningHours hours, LocalDateTime from, int days) {
        LocalDateTime start = from.truncatedTo(ChronoUnit.MINUTES);
        if (isOpen(hours, start)) {
            return Optional.of(start);
        }
        TreeSet<LocalDateTime> candidates = new TreeSet<>();
        LocalDate first = start.toLocalDate();
        for (int day = 0; day <= days; day++) {
            LocalDate date = first.plusDays(day);
            for (WeeklyHours slot : hours.getWeeklyHours()) {
                if (slot.getOpens() != null && slot.getDay() != null
                        && slot.getDay().getValue() == date.getDayOfWeek().getValue() - 1) {
                    candidates.add(date.atTime(slot.getOpens()));
                }
            }
            // The first minute of a day: an exception that ends a holiday, or a night slot running into it.
            candidates.add(date.atStartOfDay());
        }
        for (HoursException exception : hours.getExceptions()) {
            if (exception.getDate() != null && exception.getOpens() != null) {
                candidates.add(exception.getDate().atTime(exception.getOpens()));
            }
        }
        LocalDateTime last = start.plusDays(days);
        for (LocalDateTime candidate : candidates.subSet(start, false, last, true)) {
            if (isOpen(hours, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
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
