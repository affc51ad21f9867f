package tandem.forecast.methods;

import java.util.Arrays;
import java.util.List;

import tandem.forecast.DaySeries;

/** Median of the same weekday and interval over the last N usable weeks: robust to one odd week. */
public final class WeeklyMedian implements ForecastMethod {

    private final int weeks;

    public WeeklyMedian(int weeks) {
        WeeklyAverage.equal(weeks);
        this.weeks = weeks;
    }

    @Override
    public String id() {
        return "weekly-median(" + weeks + ")";
    }

    @Override
    public double[] forecast(DaySeries history, int horizon) {
        int slots = history.slots();
        double[] out = new double[horizon * slots];
        for (int h = 0; h < horizon; h++) {
            List<Integer> days = SameWeekday.recent(history, history.days() + h, weeks);
            if (days.isEmpty()) {
                continue;
            }
            double[] sample = new double[days.size()];
            for (int s = 0; s < slots; s++) {
                for (int k = 0; k < sample.length; k++) {
                    sample[k] = history.value(days.get(k), s);
                }
                Arrays.sort(sample);
                int n = sample.length;
                out[h * slots + s] = n % 2 == 1 ? sample[n / 2] : (sample[n / 2 - 1] + sample[n / 2]) / 2;
            }
        }
        return out;
    }
}
