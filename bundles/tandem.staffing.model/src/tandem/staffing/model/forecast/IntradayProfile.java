package tandem.staffing.model.forecast;

import java.time.LocalDateTime;
import java.util.List;

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
                int slot = StaffingPlans.slotOfDay(starts.get(i), intervalMinutes);
                double share = slot < profile.size() ? profile.get(slot) : 0;
                weights[i] = share > 0 && Double.isFinite(share) ? share : 0;
            }
            if (normalize(weights)) {
                return weights;
            }
        }
        if (hours != null) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Hours.isOpen(hours, starts.get(i)) ? 1 : 0;
            }
            if (normalize(weights)) {
                return weights;
            }
        }
        java.util.Arrays.fill(weights, 1);
        normalize(weights);
        return weights;
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
