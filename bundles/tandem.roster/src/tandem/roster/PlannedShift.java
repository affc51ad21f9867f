package tandem.roster;

import java.time.LocalDateTime;
import java.util.List;

import tandem.core.model.Queue;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.ShiftTemplate;

/**
 * A shift of a generated schedule, before it is applied to the roster.
 *
 * @param activities the breaks, lunch and training in the shift
 */
public record PlannedShift(Agent agent, LocalDateTime start, int lengthMinutes, Queue queue, ShiftTemplate template,
        boolean pinned, List<PlannedActivity> activities) {

    /** A stretch of a planned shift off the queue. */
    public record PlannedActivity(ActivityKind kind, String name, LocalDateTime start, int lengthMinutes) {
    }

    /** The end of the shift. */
    public LocalDateTime end() {
        return start.plusMinutes(lengthMinutes);
    }
}
