package tandem.checks.quickfixchecklist.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.readiness.CapacityShortfall;
import tandem.training.model.readiness.Sessions;

/**
 * {@code quickfix.training-capacity}: a course's dated sessions seat every agent its audiences still need to train
 * (as {@link CapacityShortfall} counts them). The fix adds, after the course's last session, as many sessions of
 * the same length, trainer, start time and capacity as seat the agents left, one per working day.
 */
public class CapacityCheck implements Check {

    /** Finding data: how many sessions the fix adds, and the session it copies (its id). */
    static final String SESSIONS = "sessions";
    static final String TEMPLATE = "templateSession";

    @Override
    public void run(CheckContext context) {
        for (Course course : context.plans().all(Course.class)) {
            CapacityShortfall shortfall = CapacityShortfall.of(course);
            if (!shortfall.exists()) {
                continue;
            }
            String message = "Course '" + course.getName() + "': " + shortfall.agentsWithoutSeat() + " of "
                    + shortfall.agentsToTrain() + " agents have no seat in its " + shortfall.seatsScheduled()
                    + " scheduled seats.";
            Map<String, String> data = new HashMap<>();
            Optional<Session> last = lastSession(course);
            if (last.isPresent() && last.get().getId() != null) {
                data.put(SESSIONS, Integer.toString(
                        Sessions.needed(shortfall.agentsWithoutSeat(), last.get().getCapacity())));
                data.put(TEMPLATE, last.get().getId());
            }
            context.report(course, message, data);
        }
    }

    /** The course's latest dated session with seats. */
    static Optional<Session> lastSession(Course course) {
        return course.getSessions().stream().filter(s -> s.getDate() != null && s.getCapacity() > 0)
                .max(Comparator.comparing(Session::getDate).thenComparing(
                        s -> s.getStartTime() == null ? LocalTime.MIDNIGHT : s.getStartTime()));
    }

    /** The first working day (Monday to Friday) after {@code day}. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek().getValue() > 5) {
            next = next.plusDays(1);
        }
        return next;
    }
}
