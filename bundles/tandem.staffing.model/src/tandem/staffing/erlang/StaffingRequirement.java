package tandem.staffing.erlang;

/**
 * The agents an interval needs and the heads to schedule for it, with the queue's expected
 * performance at that staffing.
 *
 * @param requiredAgents agents that must be on the phones (whole unless fractional agents were
 *            asked for)
 * @param scheduledHeads heads to schedule so that {@code requiredAgents} remain after shrinkage:
 *            ceil(required / (1 − shrinkage)) for whole agents, the plain quotient for fractional
 * @param shrinkage share of paid time lost to breaks, training, absence, in [0, 1)
 * @param prediction the queue's performance with {@code requiredAgents} on the phones
 */
public record StaffingRequirement(double requiredAgents, double scheduledHeads, double shrinkage,
        Prediction prediction) {

    /** Offered traffic in Erlangs. */
    public double trafficErlangs() {
        return prediction.trafficErlangs();
    }

    /** Share of callers who queue at the required staffing. */
    public double probabilityOfWait() {
        return prediction.probabilityOfWait();
    }

    /** Service level at the required staffing (see {@link Prediction}). */
    public double serviceLevel() {
        return prediction.serviceLevel();
    }

    /** Average speed of answer in seconds at the required staffing (see {@link Prediction}). */
    public double asaSeconds() {
        return prediction.asaSeconds();
    }

    /** Agent occupancy at the required staffing. */
    public double occupancy() {
        return prediction.occupancy();
    }

    /** Share of callers who abandon at the required staffing; NaN for Erlang C. */
    public double abandonment() {
        return prediction.abandonment();
    }
}
