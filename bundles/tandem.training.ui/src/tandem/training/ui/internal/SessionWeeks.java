package tandem.training.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPlan;

/** The dated sessions of a plan grouped by calendar week (Monday to Sunday), for the calendar page. */
public final class SessionWeeks {

    /** Beyond this many weeks between the first and the last session, weeks without sessions are left out. */
    private static final int MAX_CONTINUOUS_WEEKS = 60;

    private SessionWeeks() {
    }

    /** One week and its sessions in time order. */
    public record Week(LocalDate monday, List<Session> sessions) {
        public List<Session> on(DayOfWeek day) {
            LocalDate date = monday.plusDays(day.getValue() - 1L);
            return sessions.stream().filter(s -> date.equals(s.getDate())).toList();
        }
    }

    public static List<Week> of(TrainingPlan plan) {
        TreeMap<LocalDate, List<Session>> byWeek = new TreeMap<>();
        for (Course course : plan.getCourses()) {
            for (Session session : course.getSessions()) {
                if (session.getDate() != null) {
                    byWeek.computeIfAbsent(mondayOf(session.getDate()), m -> new ArrayList<>()).add(session);
                }
            }
        }
        if (byWeek.isEmpty()) {
            return List.of();
        }
        Comparator<Session> inTimeOrder = Comparator.comparing(Session::getDate)
                .thenComparing(s -> s.getStartTime() == null ? LocalTime.MIDNIGHT : s.getStartTime());
        byWeek.values().forEach(sessions -> sessions.sort(inTimeOrder));
        LocalDate first = byWeek.firstKey();
        LocalDate last = byWeek.lastKey();
        List<Week> weeks = new ArrayList<>();
        if (ChronoUnit.WEEKS.between(first, last) < MAX_CONTINUOUS_WEEKS) {
            for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                weeks.add(new Week(monday, List.copyOf(byWeek.getOrDefault(monday, List.of()))));
            }
        } else {
            byWeek.forEach((monday, sessions) -> weeks.add(new Week(monday, List.copyOf(sessions))));
        }
        return weeks;
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
