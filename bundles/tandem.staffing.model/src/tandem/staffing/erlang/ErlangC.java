package tandem.staffing.erlang;

/**
 * Erlang C (M/M/N): callers queue for as long as it takes, nobody abandons.
 *
 * <p>Formulas, with traffic A Erlangs, N agents (whole or fractional), B = Erlang B(N, A):
 * <ul>
 * <li>probability of wait C = N·B / (N − A·(1 − B))</li>
 * <li>service level within t = 1 − C·e^(−(N − A)·t / AHT)</li>
 * <li>average speed of answer = C·AHT / (N − A), over all callers</li>
 * <li>occupancy = A / N</li>
 * </ul>
 *
 * <p><b>Instability.</b> With N ≤ A the queue has no steady state. The scalar functions then
 * return the limiting values (probability of wait 1, service level 0, ASA +∞, occupancy 1), and
 * {@link #predict} returns a {@link Prediction} with {@code stable == false} and a note. Nothing
 * is thrown, so an understaffed interval can still be displayed and flagged. Zero traffic is
 * always stable: no call waits.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /**
     * Whether N agents can carry A Erlangs in the long run (N &gt; A), or there is no traffic.
     *
     * @throws IllegalArgumentException if an argument is negative, infinite or NaN
     */
    public static boolean isStable(double agents, double trafficErlangs) {
        Checks.nonNegative("agents", agents);
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        return stable(agents, trafficErlangs);
    }

    /**
     * Share of callers who find every agent busy and queue (the Erlang C formula itself).
     *
     * @return C(N, A) in [0, 1]; 1 when unstable, 0 without traffic
     * @throws IllegalArgumentException if an argument is negative, infinite or NaN
     */
    public static double probabilityOfWait(double agents, double trafficErlangs) {
        Checks.nonNegative("agents", agents);
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        return waitProbability(agents, trafficErlangs);
    }

    /**
     * Share of callers answered within {@code answerWithinSeconds}.
     *
     * @return service level in [0, 1]; 0 when unstable
     * @throws IllegalArgumentException if an argument is negative, AHT is not positive, or any is
     *             infinite or NaN
     */
    public static double serviceLevel(double agents, double trafficErlangs, double ahtSeconds,
            double answerWithinSeconds) {
        Checks.nonNegative("agents", agents);
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.nonNegative("answerWithinSeconds", answerWithinSeconds);
        return serviceLevel(waitProbability(agents, trafficErlangs), agents, trafficErlangs, ahtSeconds,
                answerWithinSeconds);
    }

    /**
     * Average speed of answer in seconds, averaged over all callers (those answered at once count
     * zero).
     *
     * @return ASA in seconds; +∞ when unstable
     * @throws IllegalArgumentException if an argument is negative, AHT is not positive, or any is
     *             infinite or NaN
     */
    public static double averageSpeedOfAnswer(double agents, double trafficErlangs, double ahtSeconds) {
        Checks.nonNegative("agents", agents);
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        Checks.positive("ahtSeconds", ahtSeconds);
        return averageSpeedOfAnswer(waitProbability(agents, trafficErlangs), agents, trafficErlangs, ahtSeconds);
    }

    /**
     * Agent occupancy A / N.
     *
     * @return occupancy in [0, 1]; 1 when unstable (agents can never catch up), 0 without traffic
     * @throws IllegalArgumentException if an argument is negative, infinite or NaN
     */
    public static double occupancy(double agents, double trafficErlangs) {
        Checks.nonNegative("agents", agents);
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        return occupancyOf(agents, trafficErlangs);
    }

    /**
     * Everything the queue is expected to deliver for a workload and a number of agents.
     *
     * @param workload the interval's calls, length and AHT
     * @param agents agents on the phones, whole or fractional, ≥ 0
     * @param answerWithinSeconds answer time for the service level, ≥ 0
     * @throws IllegalArgumentException if agents or the answer time is negative, infinite or NaN
     */
    public static Prediction predict(Workload workload, double agents, double answerWithinSeconds) {
        return predict(workload.trafficErlangs(), agents, workload.ahtSeconds(), answerWithinSeconds);
    }

    /**
     * Everything the queue is expected to deliver for a traffic and a number of agents.
     *
     * @param trafficErlangs offered traffic A in Erlangs, ≥ 0
     * @param agents agents on the phones, whole or fractional, ≥ 0
     * @param ahtSeconds average handle time in seconds, &gt; 0
     * @param answerWithinSeconds answer time for the service level, ≥ 0
     * @throws IllegalArgumentException if an argument is out of range, infinite or NaN
     */
    public static Prediction predict(double trafficErlangs, double agents, double ahtSeconds,
            double answerWithinSeconds) {
        Checks.nonNegative("trafficErlangs", trafficErlangs);
        Checks.nonNegative("agents", agents);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.nonNegative("answerWithinSeconds", answerWithinSeconds);
        return predict(trafficErlangs, agents, ahtSeconds, answerWithinSeconds,
                stable(agents, trafficErlangs) ? ErlangB.inverseBlocking(agents, trafficErlangs) : Double.NaN);
    }

    /** Prediction for validated inputs, with R = 1/B already known (the staffing search has it). */
    static Prediction predict(double traffic, double agents, double aht, double answerWithin, double inverseBlocking) {
        if (!stable(agents, traffic)) {
            String note = "unstable queue: " + agents + " agents cannot keep up with " + traffic
                    + " Erlangs of traffic, so the queue grows without bound (Erlang C needs more agents than Erlangs)";
            return new Prediction(traffic, agents, answerWithin, 1, 0, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 1, Double.NaN, false, note);
        }
        double wait = traffic == 0 ? 0 : waitProbability(agents, traffic, inverseBlocking);
        double asa = averageSpeedOfAnswer(wait, agents, traffic, aht);
        // Every caller is answered in Erlang C: the ASA of answered calls is the ASA of all callers.
        return new Prediction(traffic, agents, answerWithin, wait,
                serviceLevel(wait, agents, traffic, aht, answerWithin), asa, asa, occupancyOf(agents, traffic),
                Double.NaN, true, "");
    }

    static boolean stable(double agents, double traffic) {
        return agents > traffic || traffic == 0;
    }

    static double waitProbability(double agents, double traffic) {
        if (traffic == 0) {
            return 0;
        }
        if (agents <= traffic) {
            return 1;
        }
        return waitProbability(agents, traffic, ErlangB.inverseBlocking(agents, traffic));
    }

    /**
     * C = N·B / (N − A·(1 − B)) written with R = 1/B as N / ((N − A)·R + A): one division, and
     * R = +∞ (B below the smallest double) gives exactly 0.
     */
    static double waitProbability(double agents, double traffic, double inverseBlocking) {
        return agents / ((agents - traffic) * inverseBlocking + traffic);
    }

    static double serviceLevel(double wait, double agents, double traffic, double aht, double answerWithin) {
        if (wait == 0) {
            return 1;
        }
        if (!stable(agents, traffic)) {
            return 0;
        }
        return 1 - wait * Math.exp(-(agents - traffic) * answerWithin / aht);
    }

    static double averageSpeedOfAnswer(double wait, double agents, double traffic, double aht) {
        if (wait == 0) {
            return 0;
        }
        if (!stable(agents, traffic)) {
            return Double.POSITIVE_INFINITY;
        }
        return wait * aht / (agents - traffic);
    }

    static double occupancyOf(double agents, double traffic) {
        if (traffic == 0) {
            return 0;
        }
        return agents <= traffic ? 1 : traffic / agents;
    }
}
