package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Independent reference computations for the tests. None of them calls the code under test, and
 * each takes a deliberately different route: exact decimal arithmetic, sums of logarithms,
 * numerical integration, a brute-force Markov chain.
 */
final class Reference {

    /** 60 significant digits: far beyond double, so the reference is exact for our purposes. */
    static final MathContext EXACT = new MathContext(60);

    private Reference() {
    }

    /** Erlang B by its textbook recursion B(n) = A·B(n−1) / (n + A·B(n−1)) in 60-digit decimals. */
    static BigDecimal erlangB(int agents, BigDecimal traffic) {
        BigDecimal b = BigDecimal.ONE;
        for (int n = 1; n <= agents; n++) {
            BigDecimal ab = traffic.multiply(b, EXACT);
            b = ab.divide(BigDecimal.valueOf(n).add(ab, EXACT), EXACT);
        }
        return b;
    }

    /** Erlang C, C = N·B / (N − A + A·B), in 60-digit decimals. */
    static BigDecimal erlangC(int agents, BigDecimal traffic) {
        BigDecimal b = erlangB(agents, traffic);
        BigDecimal n = BigDecimal.valueOf(agents);
        return n.multiply(b, EXACT).divide(n.subtract(traffic, EXACT).add(traffic.multiply(b, EXACT), EXACT), EXACT);
    }

    /** e^x by its Taylor series in 60-digit decimals (for the moderate |x| the tests use). */
    static BigDecimal exp(BigDecimal x) {
        if (x.signum() < 0) {
            return BigDecimal.ONE.divide(exp(x.negate()), EXACT);
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal limit = new BigDecimal("1e-70");
        for (int k = 1; term.compareTo(limit) > 0; k++) {
            term = term.multiply(x, EXACT).divide(BigDecimal.valueOf(k), EXACT);
            sum = sum.add(term, EXACT);
        }
        return sum;
    }

    /** Erlang C service level 1 − C·e^(−(N − A)t/AHT) in 60-digit decimals. */
    static double erlangCServiceLevel(int agents, String traffic, double aht, double within) {
        BigDecimal a = new BigDecimal(traffic);
        BigDecimal exponent = BigDecimal.valueOf(agents).subtract(a).multiply(BigDecimal.valueOf(within))
                .divide(BigDecimal.valueOf(aht), EXACT).negate();
        return BigDecimal.ONE.subtract(erlangC(agents, a).multiply(exp(exponent), EXACT)).doubleValue();
    }

    /** Erlang C ASA C·AHT / (N − A) in 60-digit decimals. */
    static double erlangCAsa(int agents, String traffic, double aht) {
        BigDecimal a = new BigDecimal(traffic);
        return erlangC(agents, a).multiply(BigDecimal.valueOf(aht))
                .divide(BigDecimal.valueOf(agents).subtract(a), EXACT).doubleValue();
    }

    /**
     * Erlang B from the Poisson terms A^k/k! kept as logarithms: ln k! as a running sum of ln i
     * (compensated, so thousands of additions keep full precision), then B = term(N) / Σ term(k)
     * with the largest term factored out.
     */
    static double erlangBFromLogs(int agents, double traffic) {
        double[] lnTerm = new double[agents + 1];
        double lnFactorial = 0;
        double carry = 0; // Kahan compensation for lnFactorial
        double lnTraffic = Math.log(traffic);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= agents; k++) {
            if (k > 0) {
                double y = Math.log(k) - carry;
                double t = lnFactorial + y;
                carry = (t - lnFactorial) - y;
                lnFactorial = t;
            }
            lnTerm[k] = (k * lnTraffic - lnFactorial) + carry;
            max = Math.max(max, lnTerm[k]);
        }
        double sum = 0;
        for (int k = 0; k <= agents; k++) {
            sum += Math.exp(lnTerm[k] - max);
        }
        return Math.exp(lnTerm[agents] - max) / sum;
    }

    /**
     * Fractional Erlang B from its integral form 1/B(x, A) = A·∫₀^∞ e^(−A·t)·(1 + t)^x dt,
     * integrated with Simpson's rule over the range where the integrand matters.
     */
    static double erlangBByIntegral(double agents, double traffic) {
        double peak = Math.max(0, agents / traffic - 1);
        double lnPeak = -traffic * peak + agents * Math.log1p(peak);
        double upper = peak + 1;
        while (-traffic * upper + agents * Math.log1p(upper) > lnPeak - 80) {
            upper *= 2;
        }
        int steps = 400_000;
        double h = upper / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double t = i * h;
            double f = Math.exp(-traffic * t + agents * Math.log1p(t) - lnPeak);
            sum += (i == 0 || i == steps) ? f : (i % 2 == 1 ? 4 * f : 2 * f);
        }
        double integral = sum * h / 3 * Math.exp(lnPeak);
        return 1 / (traffic * integral);
    }

    /**
     * Erlang A by brute force on the birth-death chain of the number of callers in the system
     * (arrivals λ; departures min(k, N)·μ + max(k − N, 0)·θ), truncated where the probabilities
     * vanish. The service level follows one tagged caller through the queue by integrating its
     * forward equations with classical Runge-Kutta.
     *
     * @return {probabilityOfWait, abandonment, serviceLevel, asaSeconds, occupancy}
     */
    static double[] erlangA(double traffic, int agents, double aht, double patience, double within) {
        double mu = 1 / aht;
        double theta = 1 / patience;
        double lambda = traffic * mu;
        int states = agents + 2000;
        double[] p = new double[states];
        p[0] = 1;
        double total = 1;
        for (int k = 1; k < states; k++) {
            double departures = Math.min(k, agents) * mu + Math.max(k - agents, 0) * theta;
            p[k] = p[k - 1] * lambda / departures;
            total += p[k];
        }
        double wait = 0;
        double queue = 0;
        double busy = 0;
        for (int k = 0; k < states; k++) {
            p[k] /= total;
            if (k >= agents) {
                wait += p[k];
                queue += (k - agents) * p[k];
            }
            busy += Math.min(k, agents) * p[k];
        }
        assertTrue(p[states - 1] < 1e-300 || p[states - 1] == 0, "truncation too early");
        double abandonment = theta * queue / lambda;

        // u[i]: the tagged caller still waits with i callers ahead. Those ahead leave at
        // N·μ + i·θ; the tagged caller itself abandons at θ; with nobody ahead it is answered at N·μ.
        int ahead = states - agents;
        double[] u = new double[ahead];
        for (int i = 0; i < ahead; i++) {
            u[i] = p[agents + i];
        }
        double answeredLater = 0;
        double maxRate = agents * mu + ahead * theta + theta;
        int steps = (int) Math.max(4000, Math.ceil(within * maxRate / 0.5));
        double dt = within / steps;
        double[] k1 = new double[ahead];
        double[] k2 = new double[ahead];
        double[] k3 = new double[ahead];
        double[] k4 = new double[ahead];
        double[] tmp = new double[ahead];
        for (int s = 0; s < steps && within > 0; s++) {
            derivative(u, k1, agents * mu, theta);
            axpy(u, k1, dt / 2, tmp);
            derivative(tmp, k2, agents * mu, theta);
            axpy(u, k2, dt / 2, tmp);
            derivative(tmp, k3, agents * mu, theta);
            axpy(u, k3, dt, tmp);
            derivative(tmp, k4, agents * mu, theta);
            answeredLater += agents * mu * dt / 6 * (u[0] + 2 * (u[0] + dt / 2 * k1[0]) + 2 * (u[0] + dt / 2 * k2[0])
                    + (u[0] + dt * k3[0]));
            for (int i = 0; i < ahead; i++) {
                u[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        double serviceLevel = (1 - wait) + answeredLater;
        return new double[] {wait, abandonment, serviceLevel, queue / lambda, busy / agents};
    }

    private static void derivative(double[] u, double[] out, double serviceRate, double theta) {
        int n = u.length;
        for (int i = 0; i < n; i++) {
            double inflow = i + 1 < n ? (serviceRate + (i + 1) * theta) * u[i + 1] : 0;
            out[i] = inflow - (serviceRate + i * theta + theta) * u[i];
        }
    }

    private static void axpy(double[] u, double[] k, double factor, double[] out) {
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] + factor * k[i];
        }
    }
}
