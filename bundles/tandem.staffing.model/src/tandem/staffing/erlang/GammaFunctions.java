package tandem.staffing.erlang;

/**
 * The few special functions the Erlang formulas need, written for the ranges the planners use.
 *
 * <p>Nothing here forms a factorial or a power directly: every quantity that could overflow
 * (traffic of thousands of Erlangs, tens of thousands of queued callers in Erlang A) is either a
 * ratio of neighbouring terms or kept as a logarithm.
 */
final class GammaFunctions {

    /** Relative size below which a further term can no longer change a double sum. */
    static final double EPSILON = 0x1p-56;

    /** Hard stop for the iterations; reaching it means the inputs are far outside planning ranges. */
    private static final int MAX_ITERATIONS = 50_000_000;

    private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private GammaFunctions() {
    }

    /**
     * ln Γ(1 + a) for a ≥ 0.
     *
     * <p>Stirling's series is accurate to about 1e-17 from a = 10 on; below that the argument is
     * shifted up with Γ(1 + a) = Γ(1 + a + k) / ((a + 1)(a + 2)…(a + k)).
     */
    static double lnGamma1p(double a) {
        if (a >= 10) {
            return a * Math.log(a) - a + HALF_LN_TWO_PI + 0.5 * Math.log(a) + stirlingCorrection(a);
        }
        int shift = (int) Math.ceil(10 - a);
        double product = 1;
        for (int i = 1; i <= shift; i++) {
            product *= a + i;
        }
        return lnGamma1p(a + shift) - Math.log(product);
    }

    /**
     * ln Γ(1 + a) − (a ln a − a + ½ ln 2πa), the small remainder of Stirling's formula, for a ≥ 10.
     */
    static double stirlingCorrection(double a) {
        double r = 1 / a;
        double r2 = r * r;
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680
                - r2 * (1.0 / 1188 - r2 * (691.0 / 360360 - r2 / 156.0))))));
    }

    /**
     * Continued fraction F(a, x) with Γ(a, x) = e^−x · x^a · F(a, x) for the upper incomplete
     * gamma function; converges quickly when x ≥ a + 1 (evaluated with the modified Lentz method).
     */
    static double upperGammaFraction(double a, double x) {
        final double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) <= 2 * EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete gamma continued fraction did not converge for a=" + a + ", x=" + x);
    }

    /**
     * The sum T(a, x) = Σ_{j≥0} x^j / ((a+1)(a+2)…(a+j)) and the logarithmic derivative
     * T'(x)/T(x), both for a ≥ 0 and x ≥ 0.
     *
     * <p>In Erlang A, with a = agents·patience/AHT and x = traffic·patience/AHT, T is the weight of
     * the "all agents busy" states relative to the state with exactly every agent busy, and
     * T'/T is the probability that a caller who has to wait abandons. T equals
     * a·x^−a·e^x·γ(a, x) (lower incomplete gamma), which is how it is evaluated when x ≥ a + 1.
     *
     * @return {@code {ln T, T'/T}}
     */
    static double[] queueSum(double a, double x) {
        if (x == 0) {
            return new double[] {0, 1 / (a + 1)};
        }
        if (a == 0) {
            return new double[] {x, 1}; // T = e^x exactly
        }
        if (x < a + 1) {
            // Every ratio x/(a+j) is below one: the terms only fall, so summing is safe and exact.
            double sum = 1;
            double weighted = 0; // Σ j·term_j, so that T' = weighted / x
            double term = 1;
            for (int j = 1; j < MAX_ITERATIONS; j++) {
                term *= x / (a + j);
                sum += term;
                weighted += j * term;
                if (term * j <= EPSILON * weighted) {
                    return new double[] {Math.log(sum), weighted / (x * sum)};
                }
            }
            throw new ArithmeticException("queue sum did not converge for a=" + a + ", x=" + x);
        }
        // T = Γ(a+1)·e^x·x^−a − a·F(a, x); the first part dominates, so keep it as a logarithm.
        double lnFirst;
        if (a >= 10) {
            double d = (x - a) / a;
            lnFirst = HALF_LN_TWO_PI + 0.5 * Math.log(a) + stirlingCorrection(a) + a * (d - Math.log1p(d));
        } else {
            lnFirst = lnGamma1p(a) + x - a * Math.log(x);
        }
        double share = a * upperGammaFraction(a, x) * Math.exp(-lnFirst);
        double lnT = lnFirst + Math.log1p(-share);
        double abandonGivenWait = 1 - (a / x) * (1 - Math.exp(-lnT));
        return new double[] {lnT, abandonGivenWait};
    }
}
