package tandem.forecast.methods;

import java.util.List;

import tandem.forecast.DaySeries;

/** Same interval of the same weekday last week (the most recent usable one). */
public final class SeasonalNaive implements ForecastMethod {

    @Override
    public String id() {
        return "seasonal-naive";
    }

    @Override
    public double[] forecast(DaySeries history, int horizon) {
        int slots = history.slots();
        double[] out = new double[horizon * slots];
        for (int h = 0; h < horizon; h++) {
            List<Integer> last = SameWeekday.recent(history, history.days() + h, 1);
            if (!last.isEmpty()) {
                for (int s = 0; s < slots; s++) {
                    out[h * slots + s] = history.value(last.get(0), s);
                }
            }
        }
        return out;
    }
}
