package tandem.staffing.erlang;

/**
 * What a queue is expected to deliver with a given number of agents.
 *
 * <p>All shares are of <em>offered</em> calls. Definitions:
 * <ul>
 * <li>{@code probabilityOfWait}: share of callers who find every agent busy and queue.</li>
 * <li>{@code serviceLevel}: share of callers answered within {@code answerWithinSeconds}. In
 * Erlang A a caller who abandons never counts as answered, however early they hung up.</li>
 * <li>{@code asaSeconds}: average time in queue over <em>all</em> callers, those answered at once
 * counting zero. In Erlang A it includes the time abandoning callers spent waiting
 * (E[queue length]/λ = abandonment × average patience), as the classic Erlang A calculators
 * report it.</li>
 * <li>{@code asaAnsweredSeconds}: average time in queue of the callers who are <em>answered</em>, those answered at
 * once counting zero: what ACD reports show as ASA. In Erlang C every caller is answered, so it equals
 * {@code asaSeconds}; in Erlang A it leaves out the abandoning callers' waits (NaN when nobody is answered).</li>
 * <li>{@code occupancy}: share of the agents' time spent handling calls; in Erlang A only answered
 * calls make agents busy.</li>
 * <li>{@code abandonment}: share of callers who hang up before being answered; NaN for Erlang C,
 * which has no abandonment.</li>
 * </ul>
 *
 * <p>Erlang C with agents ≤ traffic has no steady state: the queue grows without bound. Such a
 * prediction has {@code stable == false}, probability of wait 1, service level 0, infinite ASA,
 * occupancy 1 and a {@code note} saying so; it is returned rather than thrown so that a plan with
 * an understaffed interval can still be shown and flagged.
 *
 * @param trafficErlangs offered traffic A in Erlangs
 * @param agents agents on the phones (whole or fractional)
 * @param answerWithinSeconds the answer time the service level refers to
 * @param probabilityOfWait share of callers who queue, in [0, 1]
 * @param serviceLevel share of callers answered within {@code answerWithinSeconds}, in [0, 1]
 * @param asaSeconds average speed of answer in seconds over all callers
 * @param asaAnsweredSeconds average speed of answer in seconds over the answered callers
 * @param occupancy agent occupancy in [0, 1]
 * @param abandonment share of callers who abandon (Erlang A), NaN for Erlang C
 * @param stable false when Erlang C has agents ≤ traffic
 * @param note empty when stable, otherwise the reason in words
 */
public record Prediction(double trafficErlangs, double agents, double answerWithinSeconds,
        double probabilityOfWait, double serviceLevel, double asaSeconds, double asaAnsweredSeconds, double occupancy,
        double abandonment, boolean stable, String note) {
}
