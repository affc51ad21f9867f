package tandem.forecast.methods;

import java.util.Arrays;
import java.util.List;

import tandem.forecast.DaySeries;

/**
 * Weighted average of the same weekday and interval over the last N usable weeks, most recent week first in the
 * weights (equal weights by default). Weeks missing from the history are skipped and the weights of the weeks
 * found renormalised.
 */
public final class WeeklyAverage implements ForecastMethod {

    private final double[] weights;

    /** Equal weights over {@code weeks} weeks. */
    public WeeklyAverage(int weeks) {
        this(equal(weeks));
    }

    /** The given weights, most recent week first; non-negative, at least one positive. */
    public WeeklyAverage(double... weights) {
        if (weights.length == 0 || Arrays.stream(weights).anyMatch(w -> !(w >= 0))
                || Arrays.stream(weights).sum() <= 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero");
        }
        this.weights = weights.clone();
    }

    static double[] equal(int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("weeks must be 1 to 52, not " + weeks);
        }
        double[] equal = new double[weeks];
        Arrays.fill(equal, 1);
        return equal;
    }

    @Override
    public String id() {
        boolean equal = Arrays.stream(weights).allMatch(w -> w == weights[0]);
        return "weekly-average(" + (equal ? String.valueOf(weights.length)
                : Arrays.toString(weights).replace("[", "").replace("]", "").replace(" ", "")) + ")";
    }

    @Override
    public double[] forecast(DaySeries history, int horizon) {
        int slots = history.slots();
        double[] out = new double[horizon * slots];
        for (int h = 0; h < horizon; h++) {
            List<Integer> days = SameWeekday.recent(history, history.days() + h, weights.length);
            double weightSum = 0;
            for (int k = 0; k < days.size(); k++) {
                weightSum += weights[k];
            }
            if (weightSum <= 0) {
                continue;
            }
            for (int k = 0; k < days.size(); k++) {
                double w = weights[k] / weightSum;
                for (int s = 0; s < slots; s++) {
                    out[h * slots + s] += w * history.value(days.get(k), s);
                }
            }
        }
        return out;
    }
}
