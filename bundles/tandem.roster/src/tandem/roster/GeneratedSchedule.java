package tandem.roster;

import java.util.List;

/**
 * The best schedule a run found: its shifts over the days of the grid (pinned shifts included, as they were), the
 * coverage figures, and the rules it could not keep.
 *
 * @param shifts        one per agent and working day, ordered by agent and start
 * @param underCoverage agent-intervals short of the requirement
 * @param overCoverage  agent-intervals beyond the requirement
 * @param broken        the rules the schedule breaks, one sentence each naming the agent; empty when it keeps all
 */
public record GeneratedSchedule(TimeGrid grid, List<PlannedShift> shifts, double underCoverage, double overCoverage,
        List<String> broken) {

    /** Whether the schedule keeps every rule and contract. */
    public boolean feasible() {
        return broken.isEmpty();
    }
}
