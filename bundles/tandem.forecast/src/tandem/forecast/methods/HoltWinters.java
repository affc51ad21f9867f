package tandem.forecast.methods;

import tandem.forecast.DaySeries;

/**
 * Exponential smoothing with a damped trend, a daily and a weekly season (Taylor's double-seasonal Holt-Winters),
 * additive or multiplicative, on the interval values. The smoothing parameters (level, trend, daily, weekly) are
 * fitted by minimising the squared one-step-ahead error over the last weeks of history with Commons Math's BOBYQA;
 * unusable days are skipped (the state carries over them).
 */
public final class HoltWinters implements ForecastMethod {

    /** Weeks of history the method learns from (the most recent). */
    static final int WINDOW_WEEKS = 10;
    /** Trend damping per interval: the trend fades within a few hours, so a long horizon does not run away. */
    static final double DAMPING = 0.98;
    /**
     * Upper bound of the trend smoothing: a trend picked up from the last hours of a day (volume falls every evening)
     * must not carry into the next weeks.
     */
    static final double MAX_TREND_SMOOTHING = 0.001;
    /** Seasonal factor below which an interval does not update the multiplicative state. */
    static final double MIN_SEASON = 0.05;

    private final boolean multiplicative;
    private final double[] fixed;

    /** Fitted parameters. */
    public HoltWinters(boolean multiplicative) {
        this(multiplicative, null);
    }

    /** Fixed parameters {alpha, beta, delta, omega} (for tests and hand calculation). */
    public HoltWinters(boolean multiplicative, double[] parameters) {
        this.multiplicative = multiplicative;
        this.fixed = parameters == null ? null : parameters.clone();
    }

    @Override
    public String id() {
        return multiplicative ? "holt-winters-multiplicative" : "holt-winters-additive";
    }

    @Override
    public double[] forecast(DaySeries history, int horizon) {
        Window window = Window.of(history, WINDOW_WEEKS);
        if (window == null) {
            return new SeasonalNaive().forecast(history, horizon);
        }
        double[] parameters = fixed != null ? fixed
                : Fitting.minimise(p -> run(window, p, 0, null), new double[] { 0.1, 0.0005, 0.1, 0.1 },
                        new double[4], new double[] { 1, MAX_TREND_SMOOTHING, 1, 1 });
        double[] out = new double[horizon * history.slots()];
        run(window, parameters, horizon, out);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, out[i]);
        }
        return out;
    }

    /**
     * Runs the smoothing over the window; answers the sum of squared one-step errors and, when {@code out} is
     * given, fills it with the forecast of the {@code horizon} days after the window (aligned on weekdays).
     */
    double run(Window w, double[] p, int horizon, double[] out) {
        double alpha = p[0];
        double beta = p[1];
        double delta = p[2];
        double omega = p[3];
        int slots = w.slots;
        int week = 7 * slots;
        double[] daily = new double[slots];
        double[] weekly = new double[week];
        // Initial state from the first (usable) week: level its mean, the weekly season its shape.
        double level = w.firstWeekMean;
        double trend = 0;
        for (int i = 0; i < week; i++) {
            double y = w.values[i];
            weekly[i] = multiplicative ? (level > 0 ? y / level : 1) : y - level;
        }
        java.util.Arrays.fill(daily, multiplicative ? 1 : 0);
        double sse = 0;
        int n = w.values.length;
        for (int t = week; t < n; t++) {
            int d = t % slots;
            int k = t % week;
            if (!w.usable[t / slots]) {
                level += DAMPING * trend;
                trend *= DAMPING;
                continue;
            }
            double y = w.values[t];
            double base = level + DAMPING * trend;
            double predicted = multiplicative ? base * daily[d] * weekly[k] : base + daily[d] + weekly[k];
            double error = y - predicted;
            sse += error * error;
            double newLevel;
            if (multiplicative) {
                double season = daily[d] * weekly[k];
                // Intervals far below the level (nights, closed hours) say little about it: a ratio of zero would
                // drag the level down every night.
                newLevel = season > MIN_SEASON ? alpha * (y / season) + (1 - alpha) * base : base;
                trend = beta * (newLevel - level) + (1 - beta) * DAMPING * trend;
                level = Math.max(newLevel, 1e-6);
                if (season > MIN_SEASON && level * weekly[k] > 1e-6) {
                    daily[d] = delta * (y / (level * weekly[k])) + (1 - delta) * daily[d];
                }
                if (season > MIN_SEASON && level * daily[d] > 1e-6) {
                    weekly[k] = omega * (y / (level * daily[d])) + (1 - omega) * weekly[k];
                }
            } else {
                newLevel = alpha * (y - daily[d] - weekly[k]) + (1 - alpha) * base;
                trend = beta * (newLevel - level) + (1 - beta) * DAMPING * trend;
                level = newLevel;
                daily[d] = delta * (y - level - weekly[k]) + (1 - delta) * daily[d];
                weekly[k] = omega * (y - level - daily[d]) + (1 - omega) * weekly[k];
            }
        }
        if (out != null) {
            double damped = 0;
            double factor = 1;
            for (int h = 0; h < horizon * slots; h++) {
                factor *= DAMPING;
                damped += factor;
                int t = n + h;
                double base = level + damped * trend;
                out[h] = multiplicative ? base * daily[t % slots] * weekly[t % week]
                        : base + daily[t % slots] + weekly[t % week];
            }
        }
        return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
    }

    /**
     * The last weeks of history, starting on the weekday that keeps the horizon aligned, from a week whose open
     * weekdays are all usable.
     */
    static final class Window {
        final int slots;
        final double[] values;
        final boolean[] usable;
        final double firstWeekMean;

        private Window(int slots, double[] values, boolean[] usable, double firstWeekMean) {
            this.slots = slots;
            this.values = values;
            this.usable = usable;
            this.firstWeekMean = firstWeekMean;
        }

        /** Null when there are not two weeks whose first has every open weekday usable. */
        static Window of(DaySeries history, int weeks) {
            int days = history.days();
            // Whole weeks ending with the last day, so that index t and the horizon day share the weekday layout.
            int start = Math.max(0, days - 7 * weeks);
            start += Math.floorMod(days - start, 7);
            // Weekdays the queue is open on (has usable days): a weekday queue's weekends never are.
            boolean[] openWeekday = new boolean[7];
            for (int d = start; d < days; d++) {
                openWeekday[Math.floorMod(d - start, 7)] |= history.usable(d);
            }
            while (start + 14 <= days) {
                boolean firstWeekUsable = true;
                for (int d = start; d < start + 7; d++) {
                    firstWeekUsable &= history.usable(d) || !openWeekday[Math.floorMod(d - start, 7)];
                }
                if (firstWeekUsable) {
                    break;
                }
                start += 7;
            }
            if (start + 14 > days) {
                return null;
            }
            int slots = history.slots();
            int n = (days - start) * slots;
            double[] values = new double[n];
            boolean[] usable = new boolean[days - start];
            double sum = 0;
            for (int d = start; d < days; d++) {
                usable[d - start] = history.usable(d);
                for (int s = 0; s < slots; s++) {
                    values[(d - start) * slots + s] = history.value(d, s);
                    if (d < start + 7) {
                        sum += history.value(d, s);
                    }
                }
            }
            return new Window(slots, values, usable, sum / (7.0 * slots));
        }
    }
}
