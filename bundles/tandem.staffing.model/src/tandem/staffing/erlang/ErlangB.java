package tandem.staffing.erlang;

/**
 * Erlang B: the share of calls that find every agent busy when busy calls are lost (M/M/N/N).
 *
 * <p>Planners rarely staff on Erlang B itself, but Erlang C and Erlang A are built on it, so this
 * class carries the numerical care for all three:
 * <ul>
 * <li>No factorials or powers: the engine works with R(N) = 1/B(N), which obeys
 * R(N) = 1 + (N/A)·R(N−1), a recursion that only ever adds and multiplies positive numbers and is
 * therefore stable.</li>
 * <li>No walk from zero: for N up to A + 1 the same recursion unrolled downwards,
 * R(x) = Σ_k Π_{i&lt;k} (x − i)/A, is a sum of terms that fall like a Gaussian once x − k drops
 * below A, so only about 9·√A terms are needed (about 600 for 5,000 Erlangs, not 5,000). Above
 * A + 1 the recursion steps up from there.</li>
 * <li>Fractional agents use the analytic continuation 1/B(x, A) = e^A·A^−x·Γ(x + 1, A) with the
 * upper incomplete gamma function; only the fractional remainder below one agent needs the gamma
 * function, the whole part goes through the recursion above, so whole and fractional agents agree
 * exactly at whole numbers.</li>
 * </ul>
 */
public final class ErlangB {

    private ErlangB() {
    }

    /**
     * Blocking probability B(N, A) for N agents (whole or fractional) and A Erlangs of traffic.
     *
     * @param agents number of agents N ≥ 0, whole or fractional
     * @param trafficErlangs offered traffic A ≥ 0 in Erlangs (calls × AHT / interval length)
     * @return B(N, A) in [0, 1]; 1 for zero agents, 0 for zero traffic and at least some agents
     * @throws IllegalArgumentException if an argument is negative, infinite or NaN
     */
    public static double blocking(double agents, double trafficErlangs) {
        Checks.nonNegative("agents", agents);
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        return 1 / inverseBlocking(agents, trafficErlangs);
    }

    /**
     * R(x) = 1/B(x, A) for validated inputs. Overflows to +∞ only when B is below the smallest
     * double, which the callers treat as B = 0.
     */
    static double inverseBlocking(double agents, double traffic) {
        if (traffic == 0) {
            return agents == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        double inverseTraffic = 1 / traffic;
        long stepsUp = 0;
        double start = agents;
        if (agents > traffic + 1) {
            // Start the downward sum in (A, A + 1]; its terms then never grow by more than (A+1)/A.
            stepsUp = (long) Math.ceil(agents - traffic - 1);
            start = agents - stepsUp;
        }
        return stepUp(sumDown(start, traffic, inverseTraffic), start, stepsUp, inverseTraffic);
    }

    /**
     * One step of the recursion, R(n) from R(n − 1). The staffing search walks agent by agent
     * with exactly this expression.
     */
    static double stepUp(double previous, double agents, double inverseTraffic) {
        return 1 + agents * inverseTraffic * previous;
    }

    /**
     * R(from + steps) from R(from). Four steps are folded into one multiply-add on the running
     * value, R(n+4) = c + d·R(n) with c and d from the step factors alone, so the processor is not
     * held up by a chain of dependent operations.
     */
    private static double stepUp(double r, double from, long steps, double inverseTraffic) {
        double n = from;
        long done = 0;
        for (; done + 4 <= steps; done += 4) {
            double a1 = (n + 1) * inverseTraffic;
            double a2 = (n + 2) * inverseTraffic;
            double a3 = (n + 3) * inverseTraffic;
            double a4 = (n + 4) * inverseTraffic;
            double a43 = a4 * a3;
            double a432 = a43 * a2;
            r = (1 + a4 + a43 + a432) + (a432 * a1) * r;
            n += 4;
            if (r == Double.POSITIVE_INFINITY) {
                return r; // B is below the smallest double; further agents cannot change that
            }
        }
        for (; done < steps; done++) {
            n += 1;
            r = stepUp(r, n, inverseTraffic);
        }
        return r;
    }

    /**
     * R(x) = Σ_{k≥0} Π_{i&lt;k} (x − i)/A for x ≤ A + 1, stopping as soon as the remaining terms
     * cannot change the sum; if the terms reach the fractional remainder x − ⌊x⌋ the exact tail
     * Π·R(x − ⌊x⌋) is added (which is 1 for whole agents).
     */
    private static double sumDown(double x, double traffic, double inverseTraffic) {
        double sum = 0;
        double term = 1;
        double y = x; // x − k for the current term; exact, since only whole numbers are subtracted
        while (y >= 4) {
            // Four terms per round with a single multiply on the running term (see stepUp).
            double r0 = y * inverseTraffic;
            double r1 = (y - 1) * inverseTraffic;
            double r2 = (y - 2) * inverseTraffic;
            double r3 = (y - 3) * inverseTraffic;
            double r01 = r0 * r1;
            double t1 = term * r0;
            double t2 = term * r01;
            double t3 = t2 * r2;
            sum += (term + t1) + (t2 + t3);
            term *= r01 * (r2 * r3);
            y -= 4;
            // Later ratios are all below r3, so the rest is below term / (1 − r3).
            if (r3 < 1 && term <= GammaFunctions.EPSILON * sum * (1 - r3)) {
                return sum;
            }
        }
        while (y >= 1) {
            sum += term;
            double ratio = y * inverseTraffic;
            term *= ratio;
            y -= 1;
            if (ratio < 1 && term <= GammaFunctions.EPSILON * sum * (1 - ratio)) {
                return sum;
            }
        }
        return sum + term * (y == 0 ? 1 : inverseBlockingBelowOneAgent(y, traffic));
    }

    /**
     * R(x) for 0 &lt; x &lt; 1 through the incomplete gamma function: R(x) = e^A·A^−x·Γ(1 + x, A).
     */
    private static double inverseBlockingBelowOneAgent(double x, double traffic) {
        double s = x + 1;
        if (traffic >= s + 1) {
            // Γ(s, A) = e^−A·A^s·F(s, A), so R = A·F(s, A).
            return traffic * GammaFunctions.upperGammaFraction(s, traffic);
        }
        // Γ(s, A) = Γ(s) − γ(s, A) with γ(s, A) = e^−A·A^s/s · T(s, A).
        double lowerSeries = Math.exp(GammaFunctions.queueSum(s, traffic)[0]);
        return Math.exp(traffic + GammaFunctions.lnGamma1p(x) - x * Math.log(traffic)) - traffic / s * lowerSeries;
    }
}
