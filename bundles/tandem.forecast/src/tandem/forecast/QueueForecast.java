package tandem.forecast;

import java.util.List;

/**
 * The forecast of one queue: the method used, every candidate's backtest accuracy (the used one first), one row
 * per open interval of the range, notes (lift removed, days left out), and the method's fitted values: its
 * one-week-ahead backtest forecasts of the last {@value Forecaster#BACKTEST_WEEKS} weeks of history, one per open
 * interval of a usable day (empty when there was no backtest).
 */
public record QueueForecast(String queue, String method, List<Accuracy> accuracies, List<IntervalForecast> rows,
        List<String> notes, List<Fitted> fitted) {

    /** A forecast without fitted values. */
    public QueueForecast(String queue, String method, List<Accuracy> accuracies, List<IntervalForecast> rows,
            List<String> notes) {
        this(queue, method, accuracies, rows, notes, List.of());
    }

    /** The accuracy of the method used. */
    public Accuracy accuracy() {
        return accuracies.get(0);
    }
}
