package tandem.staffing.model.forecast;

import java.time.LocalDateTime;

import tandem.staffing.erlang.Prediction;

/**
 * What one interval of a staffing plan needs and what its schedule delivers.
 *
 * @param start                 when the interval starts
 * @param baseline              contacts forecast without campaigns
 * @param lift                  extra contacts from the linked campaigns
 * @param total                 baseline + lift: the inbound contacts
 * @param outboundSeconds       agent seconds of outbound work (connected calls of outbound waves × their handle
 *                              time) in the interval; not contacts, kept apart from the lift
 * @param outboundAgents        agents the outbound work takes: outbound seconds / interval length / occupancy
 *                              target (the plan's occupancy cap)
 * @param ahtSeconds            the interval's average handle time (its own, or the plan's)
 * @param requiredAgents        agents that must be on the phones: the inbound agents Erlang requires for the plan's
 *                              targets plus the outbound agents; NaN if the plan's settings or the row are invalid
 *                              (see {@code problem})
 * @param requiredHeads         heads to schedule for the required agents, after shrinkage
 * @param baselineRequiredHeads heads the baseline alone would need (the rest is the campaigns' share)
 * @param scheduled             heads scheduled
 * @param scheduledAgents       whole agents the schedule puts on the phones: scheduled × (1 − shrinkage), rounded
 *                              down (required heads are rounded up the same way)
 * @param predicted             the inbound queue's performance with the scheduled agents less the outbound agents;
 *                              null if it cannot be computed
 * @param occupancy             share of the scheduled agents' time spent on contacts, inbound and outbound:
 *                              (inbound busy time + outbound work) / (scheduled agents × interval), at most 1; NaN
 *                              if not computable
 * @param problem               why something could not be computed, in words; empty when all is well
 */
public record IntervalForecast(LocalDateTime start, double baseline, double lift, double total,
        double outboundSeconds, double outboundAgents, double ahtSeconds,
        double requiredAgents, double requiredHeads, double baselineRequiredHeads, int scheduled,
        double scheduledAgents, Prediction predicted, double occupancy, String problem) {

    /** Scheduled minus required heads: negative when the interval is under-staffed; NaN if not computable. */
    public double gap() {
        return scheduled - requiredHeads;
    }

    /** Whether fewer heads are scheduled than required. */
    public boolean understaffed() {
        return gap() < 0;
    }

    /**
     * Whether the scheduled agents cannot keep up with the contacts (no more agents than Erlangs of traffic): callers
     * then queue until they hang up, and the prediction's note says what was assumed.
     */
    public boolean overloaded() {
        return predicted != null && total > 0 && predicted.agents() <= predicted.trafficErlangs();
    }

    /** Service level the scheduled agents are expected to deliver, NaN if not computable. */
    public double predictedServiceLevel() {
        return predicted == null ? Double.NaN : predicted.serviceLevel();
    }

    /**
     * Average speed of answer in seconds over all callers with the scheduled agents; under Erlang A it includes the
     * time abandoning callers waited. When the agents cannot keep up ({@link #overloaded()}) and the plan gives no
     * patience, it is predicted with an assumed patience (see {@link StaffingForecast#ASSUMED_PATIENCE_SECONDS}).
     */
    public double predictedAsaSeconds() {
        return predicted == null ? Double.NaN : predicted.asaSeconds();
    }

    /**
     * Average speed of answer in seconds over the answered calls with the scheduled agents, as ACD reports show it
     * (equal to {@link #predictedAsaSeconds()} under Erlang C; NaN if nobody is answered or not computable).
     */
    public double predictedAsaAnsweredSeconds() {
        return predicted == null ? Double.NaN : predicted.asaAnsweredSeconds();
    }
}
