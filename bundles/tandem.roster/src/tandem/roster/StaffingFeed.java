package tandem.roster;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import tandem.roster.model.Roster;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/**
 * The heads a roster's schedule puts on a staffing plan's queue, per interval of the plan: agents on the queue,
 * less those in breaks, lunch, meetings or training. A head must be on the queue for the whole plan interval to
 * count (the whole agents Erlang plans with), so the figure is the smallest head count over the roster intervals
 * inside it, rounded down.
 */
public final class StaffingFeed {

    private StaffingFeed() {
    }

    /** Scheduled heads per interval start of the plan, for its intervals on the days from {@code grid}. */
    public static Map<LocalDateTime, Integer> scheduledHeads(Roster roster, TimeGrid grid, StaffingPlan plan) {
        Coverage coverage = Coverage.of(roster, grid, java.util.List.of(plan.getQueue()));
        Map<LocalDateTime, Integer> heads = new LinkedHashMap<>();
        int length = plan.getIntervalMinutes();
        for (StaffingInterval row : plan.getIntervals()) {
            LocalDateTime start = row.getStart();
            if (start == null || !grid.contains(start.toLocalDate())) {
                continue;
            }
            double least = Double.MAX_VALUE;
            for (int minute = 0; minute < length; minute += grid.intervalMinutes()) {
                least = Math.min(least, coverage.heads(plan.getQueue(), start.plusMinutes(minute)));
            }
            heads.put(start, (int) Math.floor(least + 1e-9));
        }
        return heads;
    }

    /** Writes the scheduled heads of the schedule's days into the plan's intervals (the plan's typed numbers go). */
    public static int feed(Roster roster, TimeGrid grid, StaffingPlan plan) {
        Map<LocalDateTime, Integer> heads = scheduledHeads(roster, grid, plan);
        int changed = 0;
        for (StaffingInterval row : plan.getIntervals()) {
            Integer value = heads.get(row.getStart());
            if (value != null && value != row.getScheduled()) {
                row.setScheduled(value);
                changed++;
            }
        }
        return changed;
    }
}
