package tandem.forecast;

import java.util.List;

/**
 * The forecast of one queue: the method used, every candidate's backtest accuracy (the used one first), one row
 * per open interval of the range, and notes (lift removed, days left out).
 */
public record QueueForecast(String queue, String method, List<Accuracy> accuracies, List<IntervalForecast> rows,
        List<String> notes) {

    /** The accuracy of the method used. */
    public Accuracy accuracy() {
        return accuracies.get(0);
    }
}
