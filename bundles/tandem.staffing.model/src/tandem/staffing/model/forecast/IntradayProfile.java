package tandem.staffing.model.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.hours.Hours;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * How a day's campaign contacts spread over the intervals of the day: by the plan's intraday profile (share per
 * interval of the day, from midnight) if it has one, otherwise evenly over the intervals in which the queue is
 * open, otherwise evenly over the whole day. The shares of a day's intervals always sum to 1, so spreading keeps
 * the day's total.
 */
final class IntradayProfile {

    private final List<Double> profile;
    private final int intervalMinutes;
    private final OpeningHours hours;
    private final Map<DayOfWeek, boolean[]> openByWeekday = new EnumMap<>(DayOfWeek.class);

    IntradayProfile(StaffingPlan plan) {
        this.profile = plan.getIntradayProfile();
        this.intervalMinutes = plan.getIntervalMinutes();
        Queue queue = plan.getQueue();
        this.hours = queue == null || queue.eIsProxy() ? null : queue.getOpeningHours();
    }

    /** The share of the day's contacts for each of the day's intervals (given by their start times). */
    double[] shares(List<LocalDateTime> starts) {
        double[] weights = new double[starts.size()];
        if (!profile.isEmpty() && StaffingPlans.INTERVAL_LENGTHS.contains(intervalMinutes)) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = profileShare(StaffingPlans.slotOfDay(starts.get(i), intervalMinutes));
            }
            if (normalize(weights)) {
                return weights;
            }
        }
        if (hours != null) {
            LocalDate date = starts.isEmpty() ? null : starts.get(0).toLocalDate();
            boolean oneDate = starts.stream().allMatch(start -> start.toLocalDate().equals(date));
            boolean[] weekday = oneDate && date != null ? weekdayPattern(date) : null;
            for (int i = 0; i < weights.length; i++) {
                LocalDateTime start = starts.get(i);
                boolean open = weekday != null && StaffingPlans.isAligned(start, intervalMinutes)
                        ? weekday[StaffingPlans.slotOfDay(start, intervalMinutes)] : Hours.isOpen(hours, start);
                weights[i] = open ? 1 : 0;
            }
            if (normalize(weights)) {
                return weights;
            }
        }
        Arrays.fill(weights, 1);
        normalize(weights);
        return weights;
    }

    /**
     * The shares of a run of consecutive intervals of one day, slots {@code first} to {@code first + count - 1} of
     * the day (0 = from midnight), as {@link #shares} gives them for their start times. Needs a valid interval
     * length.
     */
    double[] sharesOfSlots(LocalDate date, int first, int count) {
        double[] weights = new double[count];
        if (!profile.isEmpty()) {
            for (int k = 0; k < count; k++) {
                weights[k] = profileShare(first + k);
            }
            if (normalize(weights)) {
                return weights;
            }
        }
        if (hours != null) {
            boolean[] weekday = weekdayPattern(date);
            for (int k = 0; k < count; k++) {
                int slot = first + k;
                weights[k] = (weekday != null ? weekday[slot]
                        : Hours.isOpen(hours, date.atStartOfDay().plusMinutes((long) slot * intervalMinutes))) ? 1 : 0;
            }
            if (normalize(weights)) {
                return weights;
            }
        }
        Arrays.fill(weights, 1);
        normalize(weights);
        return weights;
    }

    private double profileShare(int slot) {
        double share = slot < profile.size() ? profile.get(slot) : 0;
        return share > 0 && Double.isFinite(share) ? share : 0;
    }

    /**
     * Whether the queue is open in each interval of a day on which no exception applies: then only the weekday
     * matters, so each weekday is asked of the opening hours once. {@code null} on a day with an exception or for an
     * invalid interval length.
     */
    private boolean[] weekdayPattern(LocalDate date) {
        if (!StaffingPlans.INTERVAL_LENGTHS.contains(intervalMinutes)) {
            return null;
        }
        for (HoursException exception : hours.getExceptions()) {
            if (date.equals(exception.getDate())) {
                return null;
            }
        }
        return openByWeekday.computeIfAbsent(date.getDayOfWeek(), d -> {
            boolean[] open = new boolean[StaffingPlans.intervalsPerDay(intervalMinutes)];
            for (int slot = 0; slot < open.length; slot++) {
                open[slot] = Hours.isOpen(hours, date.atStartOfDay().plusMinutes((long) slot * intervalMinutes));
            }
            return open;
        });
    }

    /** Scales the weights to sum to 1; false if they sum to 0. */
    private static boolean normalize(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0)) {
            return false;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return true;
    }
}
