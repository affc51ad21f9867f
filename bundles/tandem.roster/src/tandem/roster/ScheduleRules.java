package tandem.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tandem.core.model.Weekday;
import tandem.roster.internal.solver.AgentCheck;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.shifts.Contracts;

/**
 * The roster's rules for shifts placed by hand: whether a shift may move to another start. The rules of the agent's
 * weeks (rest between shifts, days in a row, days and paid hours per week) are the generator's own; on top of them a
 * moved shift must be the agent's only one that day, inside the agent's availability and the template's start window
 * and days, and keep the meetings and training sessions it holds (they do not move; breaks and lunch move with it).
 */
public final class ScheduleRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The answer for one move.
     *
     * @param problems the rules the move would break, in words, empty when it may be made
     */
    public record MoveCheck(Shift shift, LocalDateTime to, List<String> problems) {

        public MoveCheck {
            problems = List.copyOf(problems);
        }

        /** Whether the move keeps every rule. */
        public boolean allowed() {
            return problems.isEmpty();
        }

        /** One line for the user: why the move is refused, or where it goes. */
        public String message() {
            String who = shift.getAgent() == null ? "The shift" : shift.getAgent().getName() + "'s shift";
            if (allowed()) {
                return who + " moves to " + describe(to);
            }
            return who + " cannot move to " + describe(to) + ": " + String.join("; ", problems);
        }
    }

    private ScheduleRules() {
    }

    /** Whether an activity moves with its shift (breaks and lunch) or stays at its time (meetings, training). */
    public static boolean movesWithShift(Activity activity) {
        return activity.getKind() == ActivityKind.BREAK || activity.getKind() == ActivityKind.LUNCH;
    }

    /** "Tue 2 Mar 09:30", the way moves name a time. */
    public static String describe(LocalDateTime time) {
        return DAY.format(time) + " " + TIME.format(time);
    }

    /** Whether the shift of the roster may start at {@code to} instead, and if not, why. */
    public static MoveCheck checkMove(Roster roster, Shift shift, LocalDateTime to) {
        List<String> problems = new ArrayList<>();
        Agent agent = shift.getAgent();
        LocalDateTime from = shift.getStart();
        if (agent == null || from == null || shift.getLengthMinutes() <= 0) {
            problems.add("the shift has no agent, start or length");
            return new MoveCheck(shift, to, problems);
        }
        LocalDate day = to.toLocalDate();
        List<Shift> others = new ArrayList<>();
        for (Shift other : roster.getShifts()) {
            if (other != shift && other.getAgent() == agent && other.getStart() != null) {
                others.add(other);
                if (other.getStart().toLocalDate().equals(day)) {
                    problems.add(agent.getName() + " already works a shift on " + DAY.format(day));
                }
            }
        }
        if (agent.getUnavailableDays().contains(day)) {
            problems.add(agent.getName() + " has time off on " + DAY.format(day));
        }
        int length = shift.getLengthMinutes();
        if (!Contracts.withinAvailability(agent, to.toLocalTime(), length)) {
            problems.add(agent.getName() + " works " + availability(agent));
        }
        ShiftTemplate template = shift.getTemplate();
        if (template != null) {
            LocalTime time = to.toLocalTime();
            if (template.getEarliestStart() != null && template.getLatestStart() != null
                    && (time.isBefore(template.getEarliestStart()) || time.isAfter(template.getLatestStart()))) {
                problems.add("template '" + template.getName() + "' starts between "
                        + TIME.format(template.getEarliestStart()) + " and " + TIME.format(template.getLatestStart()));
            }
            if (!usedOn(template, day.getDayOfWeek())) {
                problems.add("template '" + template.getName() + "' is not used on "
                        + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s");
            }
        }
        LocalDateTime end = to.plusMinutes(length);
        for (Activity activity : shift.getActivities()) {
            if (movesWithShift(activity) || activity.getStart() == null) {
                continue;
            }
            LocalDateTime activityEnd = activity.getStart().plusMinutes(activity.getLengthMinutes());
            if (activity.getStart().isBefore(to) || activityEnd.isAfter(end)) {
                problems.add(activity.getKind().getLiteral()
                        + (activity.getName() == null ? "" : " '" + activity.getName() + "'") + " at "
                        + describe(activity.getStart()) + " would fall outside the shift");
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(weekRules(roster, shift, others, to));
        }
        return new MoveCheck(shift, to, problems);
    }

    /**
     * The week rules the move breaks that the schedule did not break before: a break the move leaves as it was is
     * not the move's fault. Counted over whole weeks around both days, wide enough for the longest run of days.
     */
    private static List<String> weekRules(Roster roster, Shift shift, List<Shift> others, LocalDateTime to) {
        RosterRules rules = roster.getRules();
        int run = rules == null ? 6 : Math.max(1, rules.getMaxConsecutiveDays());
        LocalDate first = min(shift.getStart().toLocalDate(), to.toLocalDate()).minusDays(run + 1L)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = max(shift.getStart().toLocalDate(), to.toLocalDate()).plusDays(run + 1L)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        TimeGrid grid = TimeGrid.of(first, last, roster.getIntervalMinutes() > 0 ? roster.getIntervalMinutes() : 15);
        List<AgentCheck.Worked> worked = new ArrayList<>();
        for (Shift other : others) {
            worked.add(worked(other, other.getStart()));
        }
        List<AgentCheck.Worked> before = new ArrayList<>(worked);
        before.add(worked(shift, shift.getStart()));
        worked.add(worked(shift, to));
        List<String> was = AgentCheck.problems(roster, shift.getAgent(), grid, before);
        List<String> problems = new ArrayList<>();
        for (String problem : AgentCheck.problems(roster, shift.getAgent(), grid, worked)) {
            if (!was.contains(problem)) {
                problems.add(shift.getAgent().getName() + " " + problem);
            }
        }
        return problems;
    }

    private static AgentCheck.Worked worked(Shift shift, LocalDateTime start) {
        int unpaid = 0;
        for (Activity activity : shift.getActivities()) {
            unpaid += activity.getKind() == ActivityKind.LUNCH ? activity.getLengthMinutes() : 0;
        }
        return new AgentCheck.Worked(start, shift.getLengthMinutes(), Math.max(0, shift.getLengthMinutes() - unpaid));
    }

    private static String availability(Agent agent) {
        if (agent.getEarliestStart() != null && agent.getLatestEnd() != null) {
            return "from " + TIME.format(agent.getEarliestStart()) + " to " + TIME.format(agent.getLatestEnd());
        }
        return agent.getEarliestStart() != null ? "from " + TIME.format(agent.getEarliestStart())
                : "until " + TIME.format(agent.getLatestEnd());
    }

    private static boolean usedOn(ShiftTemplate template, DayOfWeek weekday) {
        if (template.getDays().isEmpty()) {
            return true;
        }
        for (Weekday day : template.getDays()) {
            if (DayOfWeek.of(day.getValue() + 1) == weekday) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
