package tandem.forecast.methods;

import tandem.forecast.DaySeries;

/**
 * A way to forecast contacts per interval from history. Implementations are immutable and thread-safe.
 */
public interface ForecastMethod {

    /** The method's name on the command line and in reports, with its settings, e.g. {@code weekly-average(4)}. */
    String id();

    /**
     * Forecasts the {@code horizon} days following the series' last day.
     *
     * @param history the days learned from (unusable days skipped); at least one usable day
     * @return {@code horizon * history.slots()} values, day-major, never negative
     */
    double[] forecast(DaySeries history, int horizon);
}
