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

    /**
     * From this a on, a queue sum with x &lt; a + 1 (or not far above) is taken from the uniform asymptotic expansion of the incomplete
     * gamma function instead of summed: the series needs about √(2a·ln 2^56) terms (millions from a = 1e11 on, when
     * callers' patience is astronomically longer than the handle time), while the expansion's relative error is
     * of the order 1/a² (below 1e-14 here).
     */
    static final double UNIFORM_FROM = 1e7;

    /**
     * For large a, x up to this many √a above a also take the uniform expansion: there the continued fraction
     * converges slowly and loses x − a to rounding, while e^((x−a)²/2a), which the expansion scales by, stays far
     * from overflow.
     */
    private static final double UNIFORM_WIDTH = 30;

    private static final double SQRT_PI = Math.sqrt(Math.PI);

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
        if (a > UNIFORM_FROM && x < a + UNIFORM_WIDTH * Math.sqrt(a)) {
            return uniformQueueSum(a, x);
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

    /**
     * The queue sum for large a and x &lt; a + 1 from Temme's uniform expansion (DLMF 8.12.8): with λ = x/a and
     * ½η² = λ − 1 − ln λ (η of the sign of λ − 1), the regularized lower incomplete gamma function is
     * P(a, x) = ½·erfc(−η·√(a/2)) − e^(−aη²/2)/√(2πa)·(c₀(η) + c₁(η)/a), and T = Γ(a+1)·e^x·x^−a·P(a, x).
     *
     * @return {@code {ln T, T'/T}} as {@link #queueSum}
     */
    static double[] uniformQueueSum(double a, double x) {
        double d = (x - a) / a; // λ − 1
        double halfEtaSquared = dMinusLog1p(d);
        double eta = Math.copySign(Math.sqrt(2 * halfEtaSquared), d);
        double z = -eta * Math.sqrt(a / 2);
        double c0;
        double c1;
        if (Math.abs(eta) < 1e-3) {
            // c₀ = 1/(λ−1) − 1/η and c₁ cancel near η = 0: their Taylor series (DLMF 8.12.10).
            c0 = -1.0 / 3 + eta * (1.0 / 12 + eta * (-2.0 / 135 + eta / 864));
            c1 = -1.0 / 540 + eta * (-1.0 / 288 + eta / 378);
        } else {
            c0 = 1 / d - 1 / eta;
            c1 = 1 / (eta * eta * eta) - 1 / (d * d * d) - 1 / (d * d) - 1 / (12 * d);
        }
        // P·e^(aη²/2): the erfc part scaled by e^(z²) = e^(aη²/2), so that nothing underflows; that factor is also
        // the one Γ(a+1)·e^x·x^−a has beyond √(2πa)·e^(Stirling correction), and cancels.
        double scaledP = 0.5 * scaledErfc(z) - (c0 + c1 / a) / Math.sqrt(2 * Math.PI * a);
        double lnT = HALF_LN_TWO_PI + 0.5 * Math.log(a) + stirlingCorrection(a) + Math.log(scaledP);
        // For x well below a both parts nearly cancel, and rounding could leave a share a hair below 0.
        double abandonGivenWait = Math.max(0, (x - a) / x + (a / x) * Math.exp(-lnT));
        return new double[] {lnT, abandonGivenWait};
    }

    /** d − ln(1 + d) without cancellation for small d. */
    static double dMinusLog1p(double d) {
        if (Math.abs(d) < 0.01) {
            double sum = 0;
            double power = d * d;
            for (int k = 2; k < 12; k++) {
                sum += (k % 2 == 0 ? power : -power) / k;
                power *= d;
            }
            return sum;
        }
        return d - Math.log1p(d);
    }

    /**
     * erfc(z)·e^(z²), for any real z. For z² ≥ 1.5 it is Γ(½, z²)·e^(z²)/√π = z·F(½, z²)/√π (the continued fraction
     * above); below, from the Taylor series of erf; for z &lt; 0 from erfc(z) = 2 − erfc(−z).
     */
    static double scaledErfc(double z) {
        if (z < 0) {
            return 2 * Math.exp(z * z) - scaledErfc(-z);
        }
        double z2 = z * z;
        if (z2 >= 1.5) {
            return z * upperGammaFraction(0.5, z2) / SQRT_PI;
        }
        double sum = 0;
        double term = z; // (−1)^n z^(2n+1) / n!
        for (int n = 0; n < 60; n++) {
            double next = term / (2 * n + 1);
            sum += next;
            if (Math.abs(next) <= EPSILON * Math.abs(sum)) {
                break;
            }
            term *= -z2 / (n + 1);
        }
        return (1 - 2 / SQRT_PI * sum) * Math.exp(z2);
    }

    /**
     * ∂ ln T(a, x) / ∂a, for a &gt; 0 and x &gt; 0: exactly from the series when x &lt; a + 1 and a is not large
     * (each term x^j/((a+1)…(a+j)) has the derivative −term·Σ 1/(a+i)), otherwise from differences of ln T,
     * extrapolated (central, or forward when a is tiny).
     */
    static double lnQueueSumSlopeInA(double a, double x) {
        if (x < a + 1 && a <= UNIFORM_FROM) {
            // Every ratio falls below one, as in queueSum.
            double sum = 1;
            double slope = 0;
            double term = 1;
            double harmonic = 0;
            for (int j = 1; j < MAX_ITERATIONS; j++) {
                term *= x / (a + j);
                harmonic += 1 / (a + j);
                sum += term;
                slope += term * harmonic;
                if (term * (1 + j * harmonic) <= EPSILON * (sum + slope)) {
                    return -slope / sum;
                }
            }
            throw new ArithmeticException("queue sum did not converge for a=" + a + ", x=" + x);
        }
        // The step: small against the scale on which ln T varies in a (√a near x = a, |a − x| away from it, never
        // more than a), large against the rounding of a ± h and x − a at large a. Richardson's extrapolation over h
        // and h/2 removes the leading error term.
        double h = 1e-3 * Math.min(Math.sqrt(1 + a) + Math.abs(a - x), 1 + a);
        if (a >= 2 * h) {
            double wide = (queueSum(a + h, x)[0] - queueSum(a - h, x)[0]) / (2 * h);
            double narrow = (queueSum(a + h / 2, x)[0] - queueSum(a - h / 2, x)[0]) / h;
            return (4 * narrow - wide) / 3;
        }
        double at = queueSum(a, x)[0];
        double wide = (queueSum(a + h, x)[0] - at) / h;
        double narrow = (queueSum(a + h / 2, x)[0] - at) / (h / 2);
        return 2 * narrow - wide;
    }
}
