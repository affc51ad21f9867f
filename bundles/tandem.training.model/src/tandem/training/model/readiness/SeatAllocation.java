package tandem.training.model.readiness;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;

/**
 * Hands out the seats of a course's sessions to its audiences, session by session in date order.
 * <p>
 * A session kept for one audience seats only that audience's agents; an open session seats the agents of the
 * course's audiences in the order they are listed, the first audience first. Agents already trained (the completed
 * count) need no seat; the others do, whatever the audience's status says (an audience marked completed that counts
 * fewer completions than its headcount still has agents to train). Sessions without a date or with no capacity seat
 * nobody.
 */
public final class SeatAllocation {

    private final Course course;
    private final Map<Audience, AudienceSchedule> schedules = new LinkedHashMap<>();
    private int seatsScheduled;

    private SeatAllocation(Course course) {
        this.course = course;
        for (Audience audience : course.getAudiences()) {
            schedules.put(audience, new AudienceSchedule(audience));
        }
    }

    /** The seats of the course's scheduled sessions, allocated to its audiences. */
    public static SeatAllocation of(Course course) {
        SeatAllocation allocation = new SeatAllocation(course);
        allocation.allocate();
        return allocation;
    }

    private void allocate() {
        List<Session> dated = new ArrayList<>();
        for (Session session : course.getSessions()) {
            if (session.getDate() != null && session.getCapacity() > 0) {
                dated.add(session);
            }
        }
        dated.sort(Comparator.comparing(Session::getDate).thenComparing(SeatAllocation::startOf));
        for (Session session : dated) {
            seatsScheduled += session.getCapacity();
            int seats = session.getCapacity();
            AudienceSchedule keptFor = session.getAudience() == null ? null : schedules.get(session.getAudience());
            if (keptFor != null) {
                keptFor.take(seats, session.getDate());
                continue;
            }
            for (AudienceSchedule schedule : schedules.values()) {
                if (seats == 0) {
                    break;
                }
                seats -= schedule.take(seats, session.getDate());
            }
        }
    }

    private static LocalTime startOf(Session session) {
        return session.getStartTime() == null ? LocalTime.MIDNIGHT : session.getStartTime();
    }

    public Course course() {
        return course;
    }

    /** Every audience of the course, in the course's order. */
    public List<AudienceSchedule> audiences() {
        return List.copyOf(schedules.values());
    }

    /** The schedule of one audience of the course. */
    public AudienceSchedule of(Audience audience) {
        AudienceSchedule schedule = schedules.get(audience);
        if (schedule == null) {
            throw new IllegalArgumentException("the audience is not one of course '" + course.getName() + "'");
        }
        return schedule;
    }

    /** The seats of all dated sessions together. */
    public int seatsScheduled() {
        return seatsScheduled;
    }

    /** The agents still to be trained before any session, over all audiences. */
    public int agentsToTrain() {
        return schedules.values().stream().mapToInt(AudienceSchedule::toTrain).sum();
    }

    /** The agents who will still not be trained after every scheduled session. */
    public int agentsLeftUntrained() {
        return schedules.values().stream().mapToInt(AudienceSchedule::untrainedAfterAllSessions).sum();
    }

    /** The date the course's last audience will have finished, if every audience finishes and a date is known. */
    public Optional<LocalDate> finishDate() {
        if (schedules.values().stream().anyMatch(s -> !s.willFinish())) {
            return Optional.empty();
        }
        return schedules.values().stream().map(AudienceSchedule::finishDate).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }
}
