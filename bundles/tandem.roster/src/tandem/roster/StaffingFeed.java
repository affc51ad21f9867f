package tandem.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.roster.model.Roster;
import tandem.roster.model.Shift;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.scheduled.ScheduledRows;

/**
 * The heads a roster's schedule puts on a staffing plan's queue, per interval of the plan: agents on the queue,
 * less those in breaks, lunch, meetings or training. A head must be on the queue for the whole plan interval to
 * count (the whole agents Erlang plans with), so the figure is the smallest head count over the roster intervals
 * inside it, rounded down. The planned shrinkage of an interval is the share of the time on shift on the queue
 * spent in those activities.
 */
public final class StaffingFeed {

    private StaffingFeed() {
    }

    /** Scheduled heads per interval start of the plan, for its intervals on the days from {@code grid}. */
    public static Map<LocalDateTime, Integer> scheduledHeads(Roster roster, TimeGrid grid, StaffingPlan plan) {
        Coverage coverage = Coverage.of(roster, grid, List.of(plan.getQueue()));
        Map<LocalDateTime, Integer> heads = new LinkedHashMap<>();
        for (StaffingInterval row : plan.getIntervals()) {
            LocalDateTime start = row.getStart();
            if (start != null && grid.contains(start.toLocalDate())) {
                heads.put(start, headsOf(coverage, plan, start));
            }
        }
        return heads;
    }

    private static int headsOf(Coverage coverage, StaffingPlan plan, LocalDateTime start) {
        double least = Double.MAX_VALUE;
        for (int minute = 0; minute < plan.getIntervalMinutes(); minute += coverage.grid().intervalMinutes()) {
            least = Math.min(least, coverage.heads(plan.getQueue(), start.plusMinutes(minute)));
        }
        return (int) Math.floor(least + 1e-9);
    }

    /**
     * The plan's rows as the roster's schedule covers them: the days from the roster's first to its last shift
     * (of any queue), counted on a grid fine enough for both the plan's and the roster's intervals. Rows of other
     * days, or without start, are not covered (-1). A roster without shifts covers nothing.
     */
    public static ScheduledRows rows(Roster roster, StaffingPlan plan) {
        int count = plan.getIntervals().size();
        int[] heads = new int[count];
        double[] planned = new double[count];
        double[] shifts = new double[count];
        Arrays.fill(heads, -1);
        Arrays.fill(planned, Double.NaN);
        LocalDate first = null;
        LocalDate last = null;
        for (Shift shift : roster.getShifts()) {
            if (shift.getStart() != null && shift.getLengthMinutes() > 0) {
                LocalDate day = shift.getStart().toLocalDate();
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        int length = plan.getIntervalMinutes();
        if (first == null || plan.getQueue() == null || length <= 0 || 1440 % length != 0) {
            return new ScheduledRows(roster.getName(), heads, planned, shifts);
        }
        int rosterMinutes = roster.getIntervalMinutes() > 0 && 1440 % roster.getIntervalMinutes() == 0
                ? roster.getIntervalMinutes() : length;
        TimeGrid grid = TimeGrid.of(first, last, gcd(length, rosterMinutes));
        Coverage coverage = Coverage.of(roster, grid, List.of(plan.getQueue()));
        int step = grid.intervalMinutes();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = plan.getIntervals().get(i).getStart();
            if (start == null || !grid.contains(start.toLocalDate())) {
                continue;
            }
            heads[i] = headsOf(coverage, plan, start);
            double onQueue = 0;
            double onShift = 0;
            for (int minute = 0; minute < length; minute += step) {
                long at = grid.minuteOf(start.plusMinutes(minute));
                int interval = (int) (at / step);
                if (at >= 0 && at % step == 0 && interval < grid.size()) {
                    onQueue += coverage.heads(0, interval);
                    onShift += coverage.headsOnShift(0, interval);
                }
            }
            shifts[i] = onShift * step / length;
            planned[i] = onShift > 0 ? Math.max(0, 1 - onQueue / onShift) : Double.NaN;
        }
        return new ScheduledRows(roster.getName(), heads, planned, shifts);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
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
