package tandem.forecast;

/**
 * A method's backtest accuracy: wMAPE (sum of absolute errors over sum of actuals) and bias (sum of forecast minus
 * actual over sum of actuals; positive: over-forecast), per interval and per day. NaN when there was no backtest.
 */
public record Accuracy(String method, double intervalWmape, double intervalBias, double dayWmape, double dayBias) {

    public boolean measured() {
        return !Double.isNaN(intervalWmape);
    }
}
