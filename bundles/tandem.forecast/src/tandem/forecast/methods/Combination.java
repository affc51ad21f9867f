package tandem.forecast.methods;

import java.util.List;
import java.util.stream.Collectors;

import tandem.forecast.DaySeries;

/**
 * The mean of several methods' forecasts. Averaging the few best methods of a backtest is usually at least as
 * accurate as the best of them alone, and less dependent on which one happened to win the backtest.
 */
public final class Combination implements ForecastMethod {

    private final List<ForecastMethod> methods;

    public Combination(List<ForecastMethod> methods) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one method");
        }
        this.methods = List.copyOf(methods);
    }

    @Override
    public String id() {
        return "mean(" + methods.stream().map(ForecastMethod::id).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public double[] forecast(DaySeries history, int horizon) {
        double[] sum = new double[horizon * history.slots()];
        for (ForecastMethod method : methods) {
            double[] one = method.forecast(history, horizon);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += one[i] / methods.size();
            }
        }
        return sum;
    }
}
