package tandem.roster;

import java.time.Duration;

import tandem.roster.internal.solver.Solving;
import tandem.roster.model.Roster;

/**
 * Generates a roster's schedule for the days of a requirement with Timefold Solver: under-coverage first, the
 * rules as hard constraints, then over-coverage, fairness and preferences. Pinned shifts are kept as they are.
 * Runs in the calling thread until the time limit or until the progress says it is canceled, and answers the best
 * schedule found; nothing in the roster changes (see {@link ScheduleApplier}).
 */
public final class ScheduleGenerator {

    /** What a run reports while it solves. */
    public interface Progress {

        /** A better schedule was found after the milliseconds. */
        void improved(double underCoverage, double overCoverage, boolean feasible, long millis);

        /** Whether the planner canceled the run (the best schedule so far is kept). */
        default boolean isCanceled() {
            return false;
        }
    }

    private ScheduleGenerator() {
    }

    /** The best schedule found within the time limit. */
    public static GeneratedSchedule generate(Roster roster, Requirement requirement, Duration limit,
            Progress progress) {
        return Solving.solve(roster, requirement, limit, progress);
    }
}
