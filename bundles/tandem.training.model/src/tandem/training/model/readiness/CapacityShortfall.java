package tandem.training.model.readiness;

import java.util.OptionalInt;

import tandem.training.model.Course;
import tandem.training.model.Session;

/**
 * Whether a course's scheduled sessions seat every agent its audiences still need to train.
 *
 * @param course            the course
 * @param agentsToTrain     the agents of all its audiences not trained yet
 * @param seatsScheduled    the seats of its dated sessions
 * @param agentsWithoutSeat the agents the sessions leave untrained (seats kept for one audience do not go to
 *                          another, so this can exceed {@code agentsToTrain - seatsScheduled})
 * @param sessionCapacity   the largest capacity of its sessions, 0 when it has none
 */
public record CapacityShortfall(Course course, int agentsToTrain, int seatsScheduled, int agentsWithoutSeat,
        int sessionCapacity) {

    /** Compares the course's scheduled seats with the agents its audiences still need to train. */
    public static CapacityShortfall of(Course course) {
        SeatAllocation allocation = SeatAllocation.of(course);
        int capacity = course.getSessions().stream().mapToInt(Session::getCapacity).max().orElse(0);
        return new CapacityShortfall(course, allocation.agentsToTrain(), allocation.seatsScheduled(),
                allocation.agentsLeftUntrained(), Math.max(0, capacity));
    }

    /** Whether some agents get no seat. */
    public boolean exists() {
        return agentsWithoutSeat > 0;
    }

    /** The sessions to add, at the course's largest session capacity, to seat everyone; empty without sessions. */
    public OptionalInt additionalSessions() {
        return sessionCapacity <= 0 ? OptionalInt.empty()
                : OptionalInt.of(Sessions.needed(agentsWithoutSeat, sessionCapacity));
    }

    /** The shortfall in a planner's words, e.g. {@code 34 of 130 agents have no seat: add 3 sessions of 12}. */
    public String describe() {
        if (!exists()) {
            return agentsToTrain == 0 ? "no agent left to train"
                    : "every one of the " + agentsToTrain + " agents to train has a seat";
        }
        String text = agentsWithoutSeat + " of " + agentsToTrain + " agents have no seat";
        OptionalInt more = additionalSessions();
        return more.isPresent() ? text + ": add " + more.getAsInt() + " session" + (more.getAsInt() == 1 ? "" : "s")
                + " of " + sessionCapacity : text + ": no session is scheduled";
    }
}
