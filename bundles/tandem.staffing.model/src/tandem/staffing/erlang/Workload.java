package tandem.staffing.erlang;

/**
 * The contacts offered to one queue in one planning interval: the input of every Erlang
 * calculation.
 *
 * <p>Volumes are forecasts, so fractional calls are allowed. Traffic in Erlangs is
 * calls × AHT / interval length: the average number of agents that would be busy if every call
 * were answered at once.
 *
 * @param calls contacts offered in the interval, ≥ 0 (zero is valid: nothing to staff)
 * @param intervalSeconds length of the interval in seconds, &gt; 0 (900 for 15 minutes)
 * @param ahtSeconds average handle time in seconds (talk + hold + wrap-up), &gt; 0
 */
public record Workload(double calls, double intervalSeconds, double ahtSeconds) {

    /**
     * @throws IllegalArgumentException naming the parameter and value if calls is negative, the
     *             interval or AHT is not positive, any value is NaN or infinite, or the traffic they make is
     *             infinite
     */
    public Workload {
        Checks.nonNegative("calls", calls);
        Checks.positive("intervalSeconds", intervalSeconds);
        Checks.positive("ahtSeconds", ahtSeconds);
        if (Double.isInfinite(calls * ahtSeconds / intervalSeconds)) {
            throw new IllegalArgumentException("calls × ahtSeconds / intervalSeconds must be a finite traffic, was "
                    + calls + " × " + ahtSeconds + " / " + intervalSeconds);
        }
    }

    /** Offered traffic A in Erlangs: calls × AHT / interval length. */
    public double trafficErlangs() {
        return calls * ahtSeconds / intervalSeconds;
    }

    /** Arrival rate λ in calls per second. */
    public double callsPerSecond() {
        return calls / intervalSeconds;
    }
}
