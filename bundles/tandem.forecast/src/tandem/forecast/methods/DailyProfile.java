package tandem.forecast.methods;

import java.util.ArrayList;
import java.util.List;

import tandem.forecast.DaySeries;

/**
 * Daily totals and the intraday profile forecast apart, as WFM planners think: the totals of the usable days by
 * additive Holt-Winters with a weekly season and a damped trend (parameters fitted with Commons Math's BOBYQA),
 * spread over the day by the weekday's profile, each interval's share of the day averaged over the last
 * {@value #PROFILE_WEEKS} usable days of that weekday.
 */
public final class DailyProfile implements ForecastMethod {

    static final int PROFILE_WEEKS = 8;
    static final double DAMPING = 0.9;

    @Override
    public String id() {
        return "daily-profile";
    }

    @Override
    public double[] forecast(DaySeries history, int horizon) {
        int slots = history.slots();
        double[] totals = totals(history, horizon);
        double[] out = new double[horizon * slots];
        for (int h = 0; h < horizon; h++) {
            List<Integer> days = SameWeekday.recent(history, history.days() + h, PROFILE_WEEKS);
            double sum = 0;
            double[] profile = new double[slots];
            for (int day : days) {
                for (int s = 0; s < slots; s++) {
                    profile[s] += history.value(day, s);
                    sum += history.value(day, s);
                }
            }
            if (sum <= 0) {
                continue;
            }
            for (int s = 0; s < slots; s++) {
                out[h * slots + s] = totals[h] * profile[s] / sum;
            }
        }
        return out;
    }

    /** Forecast daily totals of the horizon days. */
    double[] totals(DaySeries history, int horizon) {
        List<Integer> usable = new ArrayList<>();
        for (int d = 0; d < history.days(); d++) {
            if (history.usable(d)) {
                usable.add(d);
            }
        }
        double[] forecast = new double[horizon];
        if (usable.size() < 14) {
            for (int h = 0; h < horizon; h++) {
                List<Integer> same = SameWeekday.recent(history, history.days() + h, 4);
                forecast[h] = same.stream().mapToDouble(history::total).average().orElse(0);
            }
            return forecast;
        }
        int days = history.days();
        double[] y = new double[days];
        for (int d = 0; d < days; d++) {
            y[d] = history.total(d);
        }
        boolean[] ok = new boolean[days];
        for (int d : usable) {
            ok[d] = true;
        }
        double[] p = Fitting.minimise(q -> smooth(y, ok, q, 0, null), new double[] { 0.2, 0.01, 0.1 }, new double[3],
                new double[] { 1, 0.3, 1 });
        smooth(y, ok, p, horizon, forecast);
        for (int h = 0; h < horizon; h++) {
            forecast[h] = Math.max(0, forecast[h]);
        }
        return forecast;
    }

    /** Additive Holt-Winters over the daily totals (season 7), state carried over unusable days. */
    static double smooth(double[] y, boolean[] ok, double[] p, int horizon, double[] out) {
        double alpha = p[0];
        double beta = p[1];
        double gamma = p[2];
        int n = y.length;
        double[] season = new double[7];
        // Initial level and season from the usable days' weekday means.
        double[] sum = new double[7];
        int[] count = new int[7];
        double all = 0;
        int allCount = 0;
        for (int d = 0; d < n; d++) {
            if (ok[d]) {
                sum[d % 7] += y[d];
                count[d % 7]++;
                all += y[d];
                allCount++;
            }
        }
        double level = all / Math.max(1, allCount);
        for (int k = 0; k < 7; k++) {
            season[k] = count[k] == 0 ? 0 : sum[k] / count[k] - level;
        }
        double trend = 0;
        double sse = 0;
        for (int t = 0; t < n; t++) {
            double base = level + DAMPING * trend;
            if (!ok[t]) {
                level = base;
                trend *= DAMPING;
                continue;
            }
            double error = y[t] - (base + season[t % 7]);
            if (t >= 7) {
                sse += error * error;
            }
            double newLevel = alpha * (y[t] - season[t % 7]) + (1 - alpha) * base;
            trend = beta * (newLevel - level) + (1 - beta) * DAMPING * trend;
            level = newLevel;
            season[t % 7] = gamma * (y[t] - level) + (1 - gamma) * season[t % 7];
        }
        if (out != null) {
            double damped = 0;
            double factor = 1;
            for (int h = 0; h < horizon; h++) {
                factor *= DAMPING;
                damped += factor;
                out[h] = level + damped * trend + season[(n + h) % 7];
            }
        }
        return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
    }
}
