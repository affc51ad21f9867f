package tandem.forecast.methods;

import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/** Smoothing parameters fitted by minimising in-sample error with Commons Math's BOBYQA (bounded, derivative-free). */
final class Fitting {

    private static final int MAX_EVALUATIONS = 400;

    private Fitting() {
    }

    /** The parameters within [lower, upper] that minimise the error, starting from the guess. */
    static double[] minimise(ToDoubleFunction<double[]> error, double[] guess, double[] lower, double[] upper) {
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * guess.length + 1);
        // The best point evaluated is kept: BOBYQA gives up on flat objectives (a constant history), and any point
        // it tried is then as good as another.
        double[] best = guess.clone();
        double[] bestValue = { error.applyAsDouble(guess) };
        ToDoubleFunction<double[]> tracked = p -> {
            double value = error.applyAsDouble(p);
            if (value < bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(p, 0, best, 0, p.length);
            }
            return value;
        };
        try {
            optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(tracked::applyAsDouble),
                    GoalType.MINIMIZE, new InitialGuess(guess), new SimpleBounds(lower, upper));
            return best;
        } catch (MathIllegalStateException e) {
            // includes running out of evaluations
            return best;
        }
    }
}
