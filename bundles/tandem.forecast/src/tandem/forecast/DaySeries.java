package tandem.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Contacts of one queue as a regular grid of days x intervals of the day, the shape every method works on.
 * <p>
 * A day is <em>usable</em> when it may be learned from: it has rows in the history and is not a closed day or
 * holiday. Unusable days are skipped by the methods, never read as zero. Intervals of a usable day without a row
 * are zero (exports leave out empty intervals).
 */
public final class DaySeries {

    private final LocalDate firstDay;
    private final int intervalMinutes;
    private final int slots;
    private final double[] values;
    private final boolean[] usable;

    /**
     * @param firstDay        the date of day 0
     * @param intervalMinutes the length of an interval; divides a day
     * @param values          day-major values, {@code days * (1440 / intervalMinutes)} long (copied)
     * @param usable          per day, whether it may be learned from (copied)
     */
    public DaySeries(LocalDate firstDay, int intervalMinutes, double[] values, boolean[] usable) {
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval of " + intervalMinutes + " minutes does not divide a day");
        }
        this.firstDay = firstDay;
        this.intervalMinutes = intervalMinutes;
        this.slots = 1440 / intervalMinutes;
        if (values.length != usable.length * slots) {
            throw new IllegalArgumentException(values.length + " values for " + usable.length + " days of " + slots);
        }
        this.values = values.clone();
        this.usable = usable.clone();
    }

    /** A series of counts per interval start (minutes since 1970), days without a start unusable. */
    public static DaySeries of(int intervalMinutes, int[] starts, double[] counts) {
        if (starts.length == 0) {
            return new DaySeries(LocalDate.of(2000, 1, 1), intervalMinutes, new double[0], new boolean[0]);
        }
        int firstDayIndex = Math.floorDiv(starts[0], 1440);
        int lastDayIndex = Math.floorDiv(starts[starts.length - 1], 1440);
        int days = lastDayIndex - firstDayIndex + 1;
        int slots = 1440 / intervalMinutes;
        double[] values = new double[days * slots];
        boolean[] usable = new boolean[days];
        for (int i = 0; i < starts.length; i++) {
            int day = Math.floorDiv(starts[i], 1440) - firstDayIndex;
            int slot = Math.floorMod(starts[i], 1440) / intervalMinutes;
            values[day * slots + slot] += counts[i];
            usable[day] = true;
        }
        return new DaySeries(LocalDate.ofEpochDay(firstDayIndex), intervalMinutes, values, usable);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    /** Intervals per day. */
    public int slots() {
        return slots;
    }

    public int days() {
        return usable.length;
    }

    public LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    public DayOfWeek weekday(int index) {
        return day(index).getDayOfWeek();
    }

    /** The index of a date (may be outside the series). */
    public int indexOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    public LocalDateTime start(int day, int slot) {
        return day(day).atStartOfDay().plusMinutes((long) slot * intervalMinutes);
    }

    public double value(int day, int slot) {
        return values[day * slots + slot];
    }

    public boolean usable(int day) {
        return usable[day];
    }

    public double total(int day) {
        double total = 0;
        for (int s = 0; s < slots; s++) {
            total += values[day * slots + s];
        }
        return total;
    }

    /** Number of usable days among the first {@code days}. */
    public int usableDays(int days) {
        int count = 0;
        for (int d = 0; d < Math.min(days, usable.length); d++) {
            count += usable[d] ? 1 : 0;
        }
        return count;
    }

    /** The first {@code days} days of this series. */
    public DaySeries head(int days) {
        int n = Math.max(0, Math.min(days, usable.length));
        return new DaySeries(firstDay, intervalMinutes, Arrays.copyOf(values, n * slots), Arrays.copyOf(usable, n));
    }

    /** A copy with some days made unusable (closed days and holidays) and values scaled per day (lift removed). */
    public DaySeries adjusted(boolean[] closed, double[] dayFactor) {
        double[] v = values.clone();
        boolean[] u = usable.clone();
        for (int d = 0; d < u.length; d++) {
            if (closed != null && closed[d]) {
                u[d] = false;
            }
            if (dayFactor != null && dayFactor[d] != 1) {
                for (int s = 0; s < slots; s++) {
                    v[d * slots + s] *= dayFactor[d];
                }
            }
        }
        return new DaySeries(firstDay, intervalMinutes, v, u);
    }

    double[] raw() {
        return values;
    }
}
