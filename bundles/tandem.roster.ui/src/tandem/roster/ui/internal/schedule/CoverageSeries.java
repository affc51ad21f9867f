package tandem.roster.ui.internal.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import tandem.core.model.Queue;
import tandem.roster.Coverage;
import tandem.roster.TimeGrid;
import tandem.roster.model.Roster;

/**
 * Required against scheduled heads of one queue per roster interval over some days: the required heads from the
 * queue's staffing plan ({@link StaffingRequirements}), the scheduled ones from the roster's shifts
 * ({@link Coverage}).
 *
 * @param required per interval, null when no staffing plan gives the queue's requirement for the days
 * @param message  why there is no requirement, empty when there is one
 */
public record CoverageSeries(Queue queue, TimeGrid grid, double[] required, double[] scheduled, String message) {

    /** Intervals shown: the days', without the day after. */
    public int size() {
        return scheduled.length;
    }

    public LocalDateTime start(int interval) {
        return grid.start(interval);
    }

    /** The series of the roster's queue over the days, both included. */
    static CoverageSeries of(Roster roster, StaffingRequirements requirements, Queue queue, LocalDate from,
            LocalDate to) {
        int minutes = roster.getIntervalMinutes() > 0 ? roster.getIntervalMinutes() : 15;
        TimeGrid grid = TimeGrid.of(from, to, minutes);
        int size = grid.days() * grid.intervalsPerDay();
        Coverage coverage = Coverage.of(roster, grid, List.of(queue));
        double[] scheduled = new double[size];
        for (int t = 0; t < size; t++) {
            scheduled[t] = coverage.heads(0, t);
        }
        StaffingRequirements.Required required = requirements.of(queue, from, to, minutes);
        return new CoverageSeries(queue, grid, required.heads(), scheduled, required.message());
    }
}
