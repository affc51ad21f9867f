package tandem.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The intervals a schedule is counted in: from the first day's midnight, {@code days} days and one more (shifts
 * that start on the last day may end after midnight), in intervals of {@code intervalMinutes}.
 */
public record TimeGrid(LocalDate from, int days, int intervalMinutes) {

    /** A grid from {@code from} to {@code to}, both included. */
    public static TimeGrid of(LocalDate from, LocalDate to, int intervalMinutes) {
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval of " + intervalMinutes + " minutes does not divide a day");
        }
        return new TimeGrid(from, (int) (to.toEpochDay() - from.toEpochDay()) + 1, intervalMinutes);
    }

    /** The last day scheduled. */
    public LocalDate to() {
        return from.plusDays(days - 1L);
    }

    /** Number of intervals, the day after the last included. */
    public int size() {
        return (days + 1) * intervalsPerDay();
    }

    /** Intervals in a day. */
    public int intervalsPerDay() {
        return 1440 / intervalMinutes;
    }

    /** Minutes from the grid's start to the time (negative before it). */
    public long minuteOf(LocalDateTime time) {
        return Duration.between(from.atStartOfDay(), time).toMinutes();
    }

    /** The start of an interval. */
    public LocalDateTime start(int interval) {
        return from.atStartOfDay().plusMinutes((long) interval * intervalMinutes);
    }

    /** Whether the day is one of the days scheduled. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to());
    }
}
