package tandem.staffing.erlang;

/**
 * A service-level goal such as "80% of calls answered within 20 seconds".
 *
 * @param share the share of offered calls to answer within the time, in (0, 1] (0.8 for 80%)
 * @param answerWithinSeconds the answer time in seconds, ≥ 0 (0 means "answered without waiting")
 */
public record ServiceLevelTarget(double share, double answerWithinSeconds) {

    /**
     * @throws IllegalArgumentException naming the parameter and value if the share is outside
     *             (0, 1] or the time is negative, infinite or NaN
     */
    public ServiceLevelTarget {
        Checks.shareAboveZero("share", share);
        Checks.nonNegative("answerWithinSeconds", answerWithinSeconds);
    }

    @Override
    public String toString() {
        return (share * 100) + "% in " + answerWithinSeconds + " s";
    }
}
