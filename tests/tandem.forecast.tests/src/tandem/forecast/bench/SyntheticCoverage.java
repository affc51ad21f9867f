package tandem.forecast.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import tandem.forecast.DayLift;
import tandem.forecast.DaySeries;
import tandem.forecast.ForecastException;
import tandem.forecast.Forecaster;
import tandem.forecast.IntervalForecast;
import tandem.forecast.OpenHours;
import tandem.forecast.QueueForecast;
import tandem.forecast.methods.ForecastMethod;

/**
 * How often the 80% prediction interval holds the actuals four weeks ahead on synthetic queues whose noise is
 * known: a weekly and intraday shape, a level that drifts (a random walk of 1.5% a day), a shock per day (5%) and
 * Poisson scatter per interval. Each queue learns from 16 weeks and forecasts the 4 weeks after, which are then
 * drawn from the same process.
 */
public final class SyntheticCoverage {

    /** Weeks learned from, weeks forecast. */
    static final int LEARN_WEEKS = 16;
    static final int AHEAD_WEEKS = 4;
    static final int SLOTS = 24;
    static final double SHOCK = 0.05;
    static final double DRIFT = 0.015;

    private SyntheticCoverage() {
    }

    /** Share of intervals of the forecast weeks inside the band, over queues {@code 1..queues}. */
    public static double coverage(int queues, ForecastMethod method) throws ForecastException {
        long covered = 0;
        long counted = 0;
        for (int seed = 1; seed <= queues; seed++) {
            int days = 7 * (LEARN_WEEKS + AHEAD_WEEKS);
            double[] values = series(seed, days);
            int learned = 7 * LEARN_WEEKS;
            boolean[] usable = new boolean[learned];
            Arrays.fill(usable, true);
            LocalDate first = LocalDate.of(2026, 1, 5);
            DaySeries history = new DaySeries(first, 1440 / SLOTS, Arrays.copyOf(values, learned * SLOTS), usable);
            QueueForecast forecast = Forecaster.forecast("Q", history, first.plusDays(learned),
                    first.plusDays(days - 1L), method, OpenHours.ALWAYS, DayLift.NONE);
            for (IntervalForecast row : forecast.rows()) {
                int d = (int) (row.start().toLocalDate().toEpochDay() - first.toEpochDay());
                double actual = values[d * SLOTS + row.start().getHour() * 60 / (1440 / SLOTS)];
                covered += actual >= row.lower() && actual <= row.upper() ? 1 : 0;
                counted++;
            }
        }
        return covered / (double) counted;
    }

    static double[] series(int seed, int days) {
        Random random = new Random(seed);
        double[] values = new double[days * SLOTS];
        double level = 1;
        for (int d = 0; d < days; d++) {
            level *= Math.exp(DRIFT * random.nextGaussian());
            double weekday = d % 7 == 5 ? 0.6 : d % 7 == 6 ? 0.4 : 1.0 + 0.05 * (d % 7 == 0 ? 1 : 0);
            double shock = Math.exp(SHOCK * random.nextGaussian());
            for (int s = 0; s < SLOTS; s++) {
                double intraday = 0.1 + Math.max(0, Math.sin(Math.PI * (s - 6) / 14.0));
                double mean = 80 * level * weekday * shock * intraday;
                values[d * SLOTS + s] = Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
            }
        }
        return values;
    }
}
