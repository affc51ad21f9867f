package tandem.staffing.erlang;

/**
 * Erlang A (Palm's M/M/N+M, as analysed by Garnett, Mandelbaum and Reiman): callers queue, but
 * each hangs up once their own patience runs out; patience is exponential with the given mean.
 *
 * <p>Because impatient callers leave, the queue is stable for any number of agents, including
 * fewer agents than Erlangs of traffic: this is the model to use for understaffed intervals.
 *
 * <p>With λ the arrival rate, μ = 1/AHT, θ = 1/patience, N agents and A = λ/μ, write
 * a = N·μ/θ, b = λ/θ and T = Σ_{j≥0} b^j / ((a+1)…(a+j)) (the weight of the states with j callers
 * queued, relative to the state with all agents just busy). Then, with R = 1/ErlangB(N, A):
 * <ul>
 * <li>probability of wait = T / (R − 1 + T)</li>
 * <li>abandonment = probability of wait × (1 − (N/A)·(1 − 1/T))</li>
 * <li>ASA = abandonment × average patience (= E[queue length] / λ by Little's law): the average
 * time in queue of <em>all</em> callers, abandoning ones included. This is the definition the
 * classic Erlang A calculators use.</li>
 * <li>ASA of answered calls = E[V·e^(−θV)] / (1 − abandonment), with V the wait the caller would have until an
 * agent is free: a caller finding j callers queued is answered with probability a/(a+j+1) after an expected
 * (1/θ)·Σ_{i=1..j+1} 1/(a+i), which sums to P_w·(a/b)·(−∂ ln T/∂a)/θ. This is the ASA an ACD reports, which
 * leaves out the callers who hung up.</li>
 * <li>service level within t = share of all callers answered within t (abandoning callers never
 * count as answered): 1 − P_w + P_w·(N/A)·[(1 − 1/T) − (T(a, b·e^−θt) − 1)·e^(b(1 − e^−θt) − Nμt) / T]
 * (from the offered-wait distribution P(V &gt; t | V &gt; 0) = γ(a, b·e^−θt) / γ(a, b))</li>
 * <li>occupancy = A·(1 − abandonment) / N: only answered calls keep agents busy</li>
 * </ul>
 * Every quantity is evaluated in logarithms, so long patience and large traffic do not overflow.
 *
 * <p>Erlang A is offered for whole agents only.
 */
public final class ErlangA {

    private ErlangA() {
    }

    /**
     * Performance of a queue with abandonment.
     *
     * @param workload the interval's calls, length and AHT
     * @param agents agents on the phones, ≥ 0
     * @param patienceSeconds callers' average patience in seconds, &gt; 0
     * @param answerWithinSeconds answer time for the service level, ≥ 0
     * @throws IllegalArgumentException naming the parameter and value if one is out of range
     */
    public static Prediction predict(Workload workload, int agents, double patienceSeconds, double answerWithinSeconds) {
        return predict(workload.trafficErlangs(), agents, workload.ahtSeconds(), patienceSeconds, answerWithinSeconds);
    }

    /**
     * Performance of a queue with abandonment, from traffic in Erlangs.
     *
     * @param trafficErlangs offered traffic A in Erlangs, ≥ 0
     * @param agents agents on the phones, ≥ 0
     * @param ahtSeconds average handle time in seconds, &gt; 0
     * @param patienceSeconds callers' average patience in seconds, &gt; 0
     * @param answerWithinSeconds answer time for the service level, ≥ 0
     * @throws IllegalArgumentException naming the parameter and value if one is out of range
     */
    public static Prediction predict(double trafficErlangs, int agents, double ahtSeconds, double patienceSeconds,
            double answerWithinSeconds) {
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        Checks.nonNegative("agents", agents);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.positive("patienceSeconds", patienceSeconds);
        Checks.nonNegative("answerWithinSeconds", answerWithinSeconds);
        return compute(trafficErlangs, agents, ahtSeconds, patienceSeconds, answerWithinSeconds);
    }

    /** Prediction for validated inputs. */
    static Prediction compute(double traffic, int agents, double aht, double patience, double answerWithin) {
        return compute(traffic, agents, aht, patience, answerWithin, true);
    }

    /**
     * Prediction for validated inputs; the staffing search, which needs no ASA of answered calls, leaves it out
     * (NaN) to save its cost.
     */
    static Prediction compute(double traffic, int agents, double aht, double patience, double answerWithin,
            boolean answeredAsa) {
        if (traffic == 0) {
            return new Prediction(0, agents, answerWithin, 0, 1, 0, 0, 0, 0, true, "");
        }
        if (agents == 0) {
            return new Prediction(traffic, 0, answerWithin, 1, 0, patience, Double.NaN, 0, 1, true,
                    "no agents: every caller abandons");
        }
        double ratio = patience / aht; // μ/θ
        double a = agents * ratio;
        double b = traffic * ratio;
        double[] queue = GammaFunctions.queueSum(a, b);
        double lnT = queue[0];
        double abandonGivenWait = queue[1];

        // R(N) − 1 = (N/A)·R(N − 1) avoids the cancellation of R(N) − 1 when A is much larger than N.
        double lnBelowAllBusy = Math.log(agents / traffic) + Math.log(ErlangB.inverseBlocking(agents - 1, traffic));
        double odds = Math.exp(lnBelowAllBusy - lnT); // P(some agent free) / P(all busy)
        double wait = 1 / (1 + odds);
        double noWait = 1 / (1 + 1 / odds); // not 1 − wait, which loses everything when wait is near 1
        double abandonment = wait * abandonGivenWait;

        double thetaT = answerWithin / patience;
        double lnLate = Math.log(a / (a + 1)) - (a + 1) * thetaT
                + GammaFunctions.queueSum(a + 1, b * Math.exp(-thetaT))[0] - b * Math.expm1(-thetaT) - lnT;
        double answeredAfterWaiting = Math.max(0, (1 - abandonGivenWait) - Math.exp(lnLate));
        double serviceLevel = noWait + wait * answeredAfterWaiting;

        double asaAnswered = Double.NaN;
        if (answeredAsa && abandonment < 1) {
            double slope = -GammaFunctions.lnQueueSumSlopeInA(a, b);
            asaAnswered = Math.max(0, wait * (a / b) * slope * patience / (1 - abandonment));
        }
        return new Prediction(traffic, agents, answerWithin, wait, Math.min(1, serviceLevel), abandonment * patience,
                asaAnswered, Math.min(1, traffic * (1 - abandonment) / agents), abandonment, true, "");
    }
}
