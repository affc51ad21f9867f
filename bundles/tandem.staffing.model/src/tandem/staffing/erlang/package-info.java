/**
 * Staffing mathematics for contact-center planning: how many agents an interval needs, and what a
 * given staffing delivers.
 *
 * <ul>
 * <li>{@link tandem.staffing.erlang.Workload}: calls, interval length and AHT of one interval.</li>
 * <li>{@link tandem.staffing.erlang.ErlangC}: queue without abandonment; probability of wait,
 * service level, ASA, occupancy, for whole or fractional agents.</li>
 * <li>{@link tandem.staffing.erlang.ErlangA}: queue with abandonment (exponential patience); also
 * valid with fewer agents than Erlangs.</li>
 * <li>{@link tandem.staffing.erlang.ErlangB}: blocking probability, the numerical core of both.</li>
 * <li>{@link tandem.staffing.erlang.StaffingCalculator}: required agents for a service-level and/or
 * ASA target under an occupancy cap, and scheduled heads after shrinkage.</li>
 * </ul>
 *
 * <p>Plain Java, no dependencies; all types are immutable and thread-safe. Times are in seconds.
 * Invalid inputs throw {@link java.lang.IllegalArgumentException} naming the parameter and value.
 */
package tandem.staffing.erlang;
