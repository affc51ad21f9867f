package tandem.roster;

import java.time.LocalDateTime;
import java.util.List;

import tandem.core.model.Queue;
import tandem.roster.model.Activity;
import tandem.roster.model.Roster;
import tandem.roster.model.Shift;

/**
 * Scheduled heads per queue and interval, derived from a roster's shifts: an agent counts on a shift's queue for
 * the minutes of the shift outside its activities (breaks, lunch, meetings, training). A head on the queue for
 * part of an interval counts as that part of a head. Nothing is stored per agent and interval.
 */
public final class Coverage {

    private final TimeGrid grid;
    private final List<Queue> queues;
    private final int[][] minutes;
    private final int[][] shiftMinutes;

    private Coverage(TimeGrid grid, List<Queue> queues) {
        this.grid = grid;
        this.queues = List.copyOf(queues);
        this.minutes = new int[queues.size()][grid.size()];
        this.shiftMinutes = new int[queues.size()][grid.size()];
    }

    /** The coverage of the roster's shifts on the queues over the grid. */
    public static Coverage of(Roster roster, TimeGrid grid, List<Queue> queues) {
        Coverage coverage = new Coverage(grid, queues);
        for (Shift shift : roster.getShifts()) {
            coverage.add(shift);
        }
        return coverage;
    }

    private void add(Shift shift) {
        int q = queues.indexOf(shift.getQueue());
        if (q < 0 || shift.getStart() == null || shift.getLengthMinutes() <= 0) {
            return;
        }
        long start = grid.minuteOf(shift.getStart());
        addMinutes(minutes[q], start, start + shift.getLengthMinutes(), 1);
        addMinutes(shiftMinutes[q], start, start + shift.getLengthMinutes(), 1);
        for (Activity activity : shift.getActivities()) {
            LocalDateTime at = activity.getStart();
            if (at == null || activity.getLengthMinutes() <= 0) {
                continue;
            }
            long from = Math.max(start, grid.minuteOf(at));
            long to = Math.min(start + shift.getLengthMinutes(), grid.minuteOf(at) + activity.getLengthMinutes());
            addMinutes(minutes[q], from, to, -1);
        }
    }

    private void addMinutes(int[] counts, long from, long to, int sign) {
        int length = grid.intervalMinutes();
        long first = Math.max(0, from);
        long last = Math.min((long) grid.size() * length, to);
        for (long minute = first; minute < last;) {
            int interval = (int) (minute / length);
            long end = Math.min(last, (interval + 1L) * length);
            counts[interval] += sign * (int) (end - minute);
            minute = end;
        }
    }

    /** The grid. */
    public TimeGrid grid() {
        return grid;
    }

    /** The queues counted, in index order. */
    public List<Queue> queues() {
        return queues;
    }

    /** Heads on a queue in an interval (a fraction when some are there for part of it). */
    public double heads(int queue, int interval) {
        return minutes[queue][interval] / (double) grid.intervalMinutes();
    }

    /**
     * Heads on shift on a queue in an interval, whether on the queue or in a break, lunch, meeting or training
     * (a fraction when some are there for part of it).
     */
    public double headsOnShift(int queue, int interval) {
        return shiftMinutes[queue][interval] / (double) grid.intervalMinutes();
    }

    /** Heads on the queue in the interval that starts at the time, 0 outside the grid or for other queues. */
    public double heads(Queue queue, LocalDateTime intervalStart) {
        int q = queues.indexOf(queue);
        long minute = grid.minuteOf(intervalStart);
        if (q < 0 || minute < 0 || minute >= (long) grid.size() * grid.intervalMinutes()) {
            return 0;
        }
        return heads(q, (int) (minute / grid.intervalMinutes()));
    }

    /** Agent-intervals short of the requirement, summed over queues and intervals of the scheduled days. */
    public double underCoverage(Requirement requirement) {
        return sum(requirement, true);
    }

    /** Agent-intervals beyond the requirement, summed over queues and intervals of the scheduled days. */
    public double overCoverage(Requirement requirement) {
        return sum(requirement, false);
    }

    private double sum(Requirement requirement, boolean under) {
        double total = 0;
        for (int q = 0; q < queues.size(); q++) {
            int r = requirement.indexOf(queues.get(q));
            for (int t = 0; t < grid.days() * grid.intervalsPerDay(); t++) {
                double required = r < 0 ? 0 : requirement.heads(r, t);
                double gap = heads(q, t) - required;
                total += under ? Math.max(0, -gap) : Math.max(0, gap);
            }
        }
        return total;
    }
}
