package tandem.staffing.model.plans;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.Queue;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/** Creating staffing plans and finding their intervals. */
public final class StaffingPlans {

    /** The interval lengths a plan may use, in minutes. */
    public static final Set<Integer> INTERVAL_LENGTHS = Set.of(15, 30, 60);

    private StaffingPlans() {
    }

    /**
     * A plan for the queue with one row per interval from the start of {@code start} to the end of {@code end}
     * (inclusive), baseline 0 and nobody scheduled; 80% in 20 s, no shrinkage, no occupancy cap.
     *
     * @throws IllegalArgumentException if the interval length is not 15, 30 or 60, or the range is empty
     */
    public static StaffingPlan create(String name, Queue queue, int intervalMinutes, LocalDate start, LocalDate end) {
        if (!INTERVAL_LENGTHS.contains(intervalMinutes)) {
            throw new IllegalArgumentException("the interval length must be 15, 30 or 60 minutes, was "
                    + intervalMinutes);
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("the plan must end on or after its first day, was " + start + " to "
                    + end);
        }
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName(name);
        plan.setQueue(queue);
        plan.setIntervalMinutes(intervalMinutes);
        plan.setStartDate(start);
        plan.setEndDate(end);
        plan.setServiceLevelShare(0.8);
        EList<StaffingInterval> rows = plan.getIntervals();
        int perDay = intervalsPerDay(intervalMinutes);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDateTime midnight = day.atStartOfDay();
            for (int slot = 0; slot < perDay; slot++) {
                StaffingInterval row = StaffingFactory.eINSTANCE.createStaffingInterval();
                row.setStart(midnight.plusMinutes((long) slot * intervalMinutes));
                rows.add(row);
            }
        }
        return plan;
    }

    /** Intervals in a day for an interval length in minutes (96 for 15). */
    public static int intervalsPerDay(int intervalMinutes) {
        return 24 * 60 / intervalMinutes;
    }

    /** The plan's interval length. */
    public static Duration intervalLength(StaffingPlan plan) {
        return Duration.ofMinutes(plan.getIntervalMinutes());
    }

    /** Whether a start time lies on the plan's interval grid (8:00, 8:15, ... for 15 minutes). */
    public static boolean isAligned(LocalDateTime start, int intervalMinutes) {
        LocalTime time = start.toLocalTime();
        return intervalMinutes > 0 && time.getSecond() == 0 && time.getNano() == 0
                && (time.getHour() * 60 + time.getMinute()) % intervalMinutes == 0;
    }

    /** The interval's place in its day: 0 for the interval starting at midnight. */
    public static int slotOfDay(LocalDateTime start, int intervalMinutes) {
        LocalTime time = start.toLocalTime();
        return (time.getHour() * 60 + time.getMinute()) / intervalMinutes;
    }

    /**
     * The index of the first row starting at or after {@code time}, or the number of rows if there is none. Rows
     * are in time order in a valid plan (binary search). In a plan that is not (invalid, but still shown) the answer
     * is a row at or after the time; a plan with rows without start is searched one by one, in list order.
     */
    public static int firstIndexAtOrAfter(StaffingPlan plan, LocalDateTime time) {
        List<StaffingInterval> rows = plan.getIntervals();
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            LocalDateTime start = rows.get(mid).getStart();
            if (start == null) {
                return linearSearch(rows, time);
            }
            if (start.isBefore(time)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // Check the answer locally: a plan out of order (invalid, but still shown) falls back to a plain search.
        LocalDateTime at = low == rows.size() ? null : rows.get(low).getStart();
        LocalDateTime before = low == 0 ? null : rows.get(low - 1).getStart();
        boolean found = low == rows.size() || at != null && !at.isBefore(time);
        boolean firstSuch = low == 0 || before != null && before.isBefore(time);
        return found && firstSuch ? low : linearSearch(rows, time);
    }

    private static int linearSearch(List<StaffingInterval> rows, LocalDateTime time) {
        for (int i = 0; i < rows.size(); i++) {
            LocalDateTime start = rows.get(i).getStart();
            if (start != null && !start.isBefore(time)) {
                return i;
            }
        }
        return rows.size();
    }

    /**
     * The contacts (without campaigns) an interval is staffed for: its baseline, or, when the plan staffs to the
     * upper bound and the interval has one (its baseline came from a forecast with bounds), that upper bound.
     */
    public static double staffedBaseline(StaffingInterval row, StaffingPlan plan) {
        Double upper = row.getUpperBound();
        return plan.getStaffTo() == tandem.staffing.model.StaffTo.UPPER_BOUND && upper != null ? upper
                : row.getBaseline();
    }

    /** The AHT an interval uses: its own, or the plan's. */
    public static double ahtSecondsOf(StaffingInterval row, StaffingPlan plan) {
        Double own = row.getAhtSeconds();
        return own != null ? own : plan.getAhtSeconds();
    }
}
