package tandem.roster.internal.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;

import tandem.roster.TimeGrid;

/** The facts of one scheduling run, as numbers: requirement per queue and interval, contracts and rules. */
public final class RosterProblem {

    /**
     * One agent's contract, in minutes and days.
     *
     * @param trainingDays per day of the grid, whether the agent is seated in a training session that day
     */
    public record Contract(String name, int minPaidPerWeek, int maxPaidPerWeek, int maxDaysPerWeek,
            Set<DayOfWeek> preferredDaysOff, boolean[] trainingDays) {
    }

    final TimeGrid grid;
    final int queues;
    /** Required minutes on the phones per queue and interval (heads × interval minutes). */
    final int[][] requiredMinutes;
    final List<Contract> agents;
    final int minRestMinutes;
    final int maxConsecutiveDays;
    /** Per day of the grid: index of its ISO week among the weeks the grid touches. */
    final int[] weekOfDay;
    /** Per week: days of it inside the grid (contract minimums are prorated by them). */
    final int[] daysInWeek;
    final boolean[] weekendDay;
    /** Intervals whose coverage is scored: the scheduled days, not the day after. */
    final int scoredIntervals;

    RosterProblem(TimeGrid grid, int[][] requiredMinutes, List<Contract> agents, int minRestMinutes,
            int maxConsecutiveDays) {
        this.grid = grid;
        this.queues = requiredMinutes.length;
        this.requiredMinutes = requiredMinutes;
        this.agents = List.copyOf(agents);
        this.minRestMinutes = minRestMinutes;
        this.maxConsecutiveDays = maxConsecutiveDays;
        this.weekOfDay = new int[grid.days()];
        this.weekendDay = new boolean[grid.days()];
        int week = -1;
        long previous = Long.MIN_VALUE;
        int[] counts = new int[grid.days()];
        for (int d = 0; d < grid.days(); d++) {
            LocalDate day = grid.from().plusDays(d);
            long key = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (key != previous) {
                week++;
                previous = key;
            }
            weekOfDay[d] = week;
            counts[week]++;
            weekendDay[d] = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
        this.daysInWeek = java.util.Arrays.copyOf(counts, week + 1);
        this.scoredIntervals = grid.days() * grid.intervalsPerDay();
    }

    /** The grid. */
    public TimeGrid grid() {
        return grid;
    }

    /** The contract minimum of a week, prorated by the days of the week that are scheduled. */
    int minPaid(Contract contract, int week) {
        return contract.minPaidPerWeek() * daysInWeek[week] / 7;
    }
}
