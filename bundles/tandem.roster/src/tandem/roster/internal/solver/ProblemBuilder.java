package tandem.roster.internal.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.core.model.Weekday;
import tandem.roster.Requirement;
import tandem.roster.TimeGrid;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.BreakPlacement;
import tandem.roster.model.shifts.BreakPlacement.PlacedBreak;
import tandem.roster.model.shifts.Contracts;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPlan;

/**
 * Turns a roster and a requirement into the planning problem: one slot per agent and day with the shifts the agent
 * may work that day. Options without training are shared between agents (a week of 500 agents needs a few hundred
 * distinct shifts, not one per agent); the training sessions an agent is seated in make agent-specific options.
 */
public final class ProblemBuilder {

    private record OptionKey(int day, ShiftTemplate template, int start, int length, int queue, int delay) {
    }

    private final Roster roster;
    private final Requirement requirement;
    private final TimeGrid grid;
    private final Map<OptionKey, ShiftOption> shared = new HashMap<>();
    private final Map<Agent, Map<LocalDate, List<ShiftOption.Off>>> training = new HashMap<>();

    public ProblemBuilder(Roster roster, Requirement requirement) {
        this.roster = roster;
        this.requirement = requirement;
        this.grid = requirement.grid();
        collectTraining();
    }

    /**
     * Seats agents in the training sessions of the scheduled days: the agents of a session's audience (its team,
     * or the agents whose first skill is its queue), in roster order, up to the session's capacity, each agent in
     * one session of a course.
     */
    private void collectTraining() {
        for (TrainingPlan plan : roster.getTrainingPlans()) {
            for (Course course : plan.getCourses()) {
                Set<Agent> seated = new HashSet<>();
                List<Session> sessions = new ArrayList<>(course.getSessions());
                sessions.removeIf(session -> session.getDate() == null || session.getStartTime() == null
                        || session.getLengthMinutes() <= 0 || !grid.contains(session.getDate()));
                sessions.sort(Comparator.comparing(Session::getDate).thenComparing(Session::getStartTime));
                for (Session session : sessions) {
                    List<Audience> audiences = session.getAudience() != null ? List.of(session.getAudience())
                            : course.getAudiences();
                    int start = (int) grid.minuteOf(session.getDate().atTime(session.getStartTime()));
                    int seats = session.getCapacity() > 0 ? session.getCapacity() : Integer.MAX_VALUE;
                    for (Agent agent : roster.getAgents()) {
                        if (seats == 0) {
                            break;
                        }
                        if (!seated.contains(agent) && inAudience(agent, audiences)) {
                            seated.add(agent);
                            seats--;
                            training.computeIfAbsent(agent, a -> new HashMap<>())
                                    .computeIfAbsent(session.getDate(), d -> new ArrayList<>())
                                    .add(new ShiftOption.Off(ActivityKind.TRAINING, course.getName(), start,
                                            session.getLengthMinutes()));
                        }
                    }
                }
            }
        }
    }

    private static boolean inAudience(Agent agent, List<Audience> audiences) {
        for (Audience audience : audiences) {
            if (audience.getTeam() != null && audience.getTeam() == agent.getTeam()) {
                return true;
            }
            if (audience.getQueue() != null && !agent.getSkills().isEmpty()
                    && audience.getQueue() == agent.getSkills().get(0).getQueue()) {
                return true;
            }
        }
        return false;
    }

    /** The planning problem; the agents are the roster's, in its order. */
    public RosterSolution build() {
        int g = grid.intervalMinutes();
        int[][] required = new int[requirement.queues().size()][grid.size()];
        for (int q = 0; q < required.length; q++) {
            for (int t = 0; t < grid.size(); t++) {
                required[q][t] = (int) Math.round(requirement.heads(q, t) * g);
            }
        }
        int rest = minRestMinutes(roster);
        int maxRun = maxConsecutiveDays(roster);
        List<RosterProblem.Contract> contracts = new ArrayList<>();
        for (Agent agent : roster.getAgents()) {
            boolean[] trainingDays = new boolean[grid.days()];
            for (LocalDate day : training.getOrDefault(agent, Map.of()).keySet()) {
                trainingDays[(int) (day.toEpochDay() - grid.from().toEpochDay())] = true;
            }
            contracts.add(contract(agent, trainingDays));
        }
        RosterProblem problem = new RosterProblem(grid, required, contracts, rest, maxRun);
        Map<Agent, Map<Integer, Shift>> pinned = pinnedShifts();
        List<ShiftSlot> slots = new ArrayList<>();
        for (int a = 0; a < roster.getAgents().size(); a++) {
            Agent agent = roster.getAgents().get(a);
            Map<Integer, Shift> agentPins = pinned.getOrDefault(agent, Map.of());
            for (int d = 0; d < grid.days(); d++) {
                Shift pin = agentPins.get(d);
                if (pin != null) {
                    ShiftOption option = pinnedOption(pin, d);
                    slots.add(new ShiftSlot(a, d, List.of(option), option));
                } else {
                    slots.add(new ShiftSlot(a, d, options(agent, d), null));
                }
            }
        }
        return new RosterSolution(problem, slots);
    }

    /** The agent's contract in minutes and days; {@code trainingDays} per day of the grid. */
    static RosterProblem.Contract contract(Agent agent, boolean[] trainingDays) {
        Set<DayOfWeek> preferred = EnumSet.noneOf(DayOfWeek.class);
        for (Weekday day : agent.getPreferredDaysOff()) {
            preferred.add(DayOfWeek.of(day.getValue() + 1));
        }
        return new RosterProblem.Contract(agent.getName(), (int) Math.round(agent.getMinHoursPerWeek() * 60),
                (int) Math.round(agent.getMaxHoursPerWeek() * 60), agent.getMaxDaysPerWeek(), preferred,
                trainingDays);
    }

    /** The least rest between shifts of the roster's rules, in minutes (11 hours without rules). */
    static int minRestMinutes(Roster roster) {
        RosterRules rules = roster.getRules();
        return (int) Math.round((rules == null ? 11 : rules.getMinRestHours()) * 60);
    }

    /** The most working days in a row of the roster's rules (6 without rules). */
    static int maxConsecutiveDays(Roster roster) {
        RosterRules rules = roster.getRules();
        return rules == null ? 6 : rules.getMaxConsecutiveDays();
    }

    private Map<Agent, Map<Integer, Shift>> pinnedShifts() {
        Map<Agent, Map<Integer, Shift>> pinned = new HashMap<>();
        for (Shift shift : roster.getShifts()) {
            if (shift.isPinned() && shift.getAgent() != null && shift.getStart() != null
                    && grid.contains(shift.getStart().toLocalDate())) {
                int day = (int) (shift.getStart().toLocalDate().toEpochDay() - grid.from().toEpochDay());
                pinned.computeIfAbsent(shift.getAgent(), a -> new HashMap<>()).put(day, shift);
            }
        }
        return pinned;
    }

    private ShiftOption pinnedOption(Shift shift, int day) {
        int start = (int) grid.minuteOf(shift.getStart());
        List<ShiftOption.Off> off = new ArrayList<>();
        int unpaid = 0;
        for (Activity activity : shift.getActivities()) {
            if (activity.getStart() != null) {
                off.add(new ShiftOption.Off(activity.getKind(), activity.getName(),
                        (int) grid.minuteOf(activity.getStart()), activity.getLengthMinutes()));
                unpaid += activity.getKind() == ActivityKind.LUNCH ? activity.getLengthMinutes() : 0;
            }
        }
        return option(day, start, shift.getLengthMinutes(), shift.getLengthMinutes() - unpaid,
                requirement.indexOf(shift.getQueue()), shift.getTemplate(), off);
    }

    private ShiftOption option(int day, int start, int length, int paid, int queue, ShiftTemplate template,
            List<ShiftOption.Off> off) {
        LocalDate date = grid.from().plusDays(day);
        int endOfDay = start + length - day * 1440;
        boolean late = endOfDay > 20 * 60;
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new ShiftOption(day, start, length, paid, queue, template, off, grid.intervalMinutes(), weekend, late);
    }

    private List<ShiftOption> options(Agent agent, int day) {
        LocalDate date = grid.from().plusDays(day);
        List<ShiftOption> options = new ArrayList<>();
        if (agent.getUnavailableDays().contains(date)) {
            return options;
        }
        List<Integer> queues = new ArrayList<>();
        for (Skill skill : agent.getSkills()) {
            int q = requirement.indexOf(skill.getQueue());
            if (q >= 0 && !queues.contains(q)) {
                queues.add(q);
            }
        }
        if (queues.isEmpty()) {
            // None of the agent's queues is scheduled: a shift would cover nothing, so the agent gets none (tandem-cli
            // schedule names the agent; a contract minimum it then cannot reach is reported as infeasible).
            return options;
        }
        List<ShiftOption.Off> sessions = training.getOrDefault(agent, Map.of()).getOrDefault(date, List.of());
        for (ShiftTemplate template : roster.getShiftTemplates()) {
            if (!allowedOn(template, date) || template.getEarliestStart() == null || template.getLatestStart() == null
                    || template.getStartStepMinutes() <= 0) {
                continue;
            }
            int from = template.getEarliestStart().toSecondOfDay() / 60;
            int to = template.getLatestStart().toSecondOfDay() / 60;
            for (int minute = from; minute <= to; minute += template.getStartStepMinutes()) {
                LocalTime startTime = LocalTime.ofSecondOfDay(minute * 60L);
                for (int length : template.getLengthsMinutes()) {
                    if (length <= 0 || !Contracts.withinAvailability(agent, startTime, length)) {
                        continue;
                    }
                    for (int delay : delays(template, length)) {
                        List<PlacedBreak> breaks = BreakPlacement.place(template, length, delay);
                        if (breaks == null) {
                            continue;
                        }
                        int start = day * 1440 + minute;
                        if (!contains(start, length, sessions)) {
                            continue;
                        }
                        for (int queue : queues) {
                            options.add(sessions.isEmpty()
                                    ? shared.computeIfAbsent(new OptionKey(day, template, start, length, queue, delay),
                                            k -> withBreaks(day, start, length, queue, template, breaks, List.of()))
                                    : withBreaks(day, start, length, queue, template, breaks, sessions));
                        }
                    }
                }
            }
        }
        return options;
    }

    private ShiftOption withBreaks(int day, int start, int length, int queue, ShiftTemplate template,
            List<PlacedBreak> breaks, List<ShiftOption.Off> sessions) {
        List<ShiftOption.Off> off = new ArrayList<>();
        for (PlacedBreak placed : breaks) {
            off.add(new ShiftOption.Off(placed.rule().getKind(), null, start + placed.offsetMinutes(),
                    placed.lengthMinutes()));
        }
        for (ShiftOption.Off session : sessions) {
            if (session.startMinute() < start + length && session.startMinute() + session.lengthMinutes() > start) {
                off.add(session);
            }
        }
        return option(day, start, length, Contracts.paidMinutes(template, length), queue, template, off);
    }

    /** Whether the shift holds the training sessions whole (an agent seated in a session works around it). */
    private static boolean contains(int start, int length, List<ShiftOption.Off> sessions) {
        for (ShiftOption.Off session : sessions) {
            if (session.startMinute() < start || session.startMinute() + session.lengthMinutes() > start + length) {
                return false;
            }
        }
        return true;
    }

    /** Break placements tried: earliest, middle and latest the windows allow, on the grid. */
    private List<Integer> delays(ShiftTemplate template, int length) {
        int slack = BreakPlacement.slackMinutes(template, length);
        int g = grid.intervalMinutes();
        List<Integer> delays = new ArrayList<>(List.of(0));
        int middle = slack / 2 / g * g;
        int latest = slack / g * g;
        if (middle > 0) {
            delays.add(middle);
        }
        if (latest > middle) {
            delays.add(latest);
        }
        return delays;
    }

    private static boolean allowedOn(ShiftTemplate template, LocalDate date) {
        if (template.getDays().isEmpty()) {
            return true;
        }
        for (Weekday day : template.getDays()) {
            if (DayOfWeek.of(day.getValue() + 1) == date.getDayOfWeek()) {
                return true;
            }
        }
        return false;
    }
}
