/**
 * Where a staffing plan's scheduled heads come from: the intervals' typed numbers, or the schedule of the roster
 * the plan is linked to, read by a {@link tandem.staffing.model.scheduled.ScheduledHeadsProvider} that another
 * bundle registers as an OSGi service (the roster bundle), so that the staffing model knows nothing of rosters.
 * Staffing computations, the editor and the checks read heads through
 * {@link tandem.staffing.model.scheduled.ScheduledHeads}.
 */
package tandem.staffing.model.scheduled;
