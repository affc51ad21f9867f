package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.id;
import static tandem.samples.internal.SampleIds.named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.Weekday;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.Activities;
import tandem.roster.model.shifts.BreakPlacement.PlacedBreak;
import tandem.roster.model.shifts.BreakPlacement;
import tandem.roster.model.shifts.BreakRules;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;

/**
 * The roster of the example: the agents of Meadowlark's three teams (60 in sales, 80 in customer care, 40 in tech
 * support) with mixed contracts and skills, two shift templates, and the schedule of the Spring Upgrade's peak week,
 * Monday 22 to Sunday 28 March 2027 (the mail drop lands on Monday, the Easter Flash Sale runs Friday and
 * Saturday).
 * <p>
 * The schedule is built by rule, so the example is the same every time: full-timers work five 8.5-hour day shifts
 * at a start of their own between 08:00 and 11:30 (every fourth agent of a team works Saturday morning instead
 * of one weekday), part-timers four 5-hour shifts, mornings or evenings; breaks and lunch sit in their windows, staggered.
 * On Wednesday 24 March the Easter Flash Sale huddle (08:00-08:15, 70 seats) takes the agents of its audiences
 * off the phones - the 60 sales agents, then the first 10 of tech support, in roster order as the schedule
 * generator seats them (nobody of them has Wednesday off) - and they start at 08:00 that day for it. That is the training the
 * {@code alignment.training-in-peak} check reports on the Sales queue.
 */
final class SpringRoster {

    static final LocalDate WEEK_START = LocalDate.of(2027, 3, 22);
    static final int DAYS = 7;

    private static final String[] FIRST_NAMES = { "Ava", "Ben", "Chloe", "Diego", "Elena", "Farid", "Grace", "Hugo",
            "Isla", "Jamal", "Keiko", "Liam", "Maya", "Noah", "Olivia", "Priya", "Quinn", "Rosa", "Sam", "Tariq" };
    private static final String[] LAST_NAMES = { "Adams", "Brooks", "Castillo", "Dubois", "Evans", "Fischer",
            "Garcia", "Hughes", "Ito" };
    private static final int FULL_TIME_START_STEPS = 8;
    private static final DayOfWeek[] OFF_DAYS = { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY };

    private static final RosterFactory F = RosterFactory.eINSTANCE;

    final Roster roster;
    private final ShiftTemplate day;
    private final ShiftTemplate shortShift;
    private int agentCount;

    SpringRoster(MeadowlarkSetup setup, SpringTraining training) {
        roster = named(F.createRoster(), "meadowlark", "Meadowlark agents");
        roster.setDescription("Meadowlark's agents, their contracts and skills, and the schedule of the Spring"
                + " Upgrade's peak week (22 to 28 March 2027).");
        roster.setIntervalMinutes(15);
        roster.getTrainingPlans().add(training.plan);
        RosterRules rules = F.createRosterRules();
        rules.setMinRestHours(11);
        rules.setMaxConsecutiveDays(6);
        roster.setRules(rules);

        day = template("day", "Day", LocalTime.of(7, 0), LocalTime.of(11, 30), 510, Weekday.MONDAY,
                Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY);
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 60, 120, true));
        day.getBreaks().add(BreakRules.of(ActivityKind.LUNCH, 30, 180, 270, false));
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 330, 420, true));
        shortShift = template("short", "Short (5 hours)", LocalTime.of(8, 0), LocalTime.of(15, 0), 300,
                Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY);
        shortShift.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 120, 180, true));

        Team sales = team(setup, "team-sales");
        Team care = team(setup, "team-customer-care");
        Team tech = team(setup, "team-tech-support");
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < sales.getHeadcount(); i++) {
            agents.add(agent(sales, i, i % 5 == 4 ? List.of(setup.sales, setup.general) : List.of(setup.sales)));
        }
        for (int i = 0; i < care.getHeadcount(); i++) {
            agents.add(agent(care, i, i % 3 == 2 ? List.of(setup.billing, setup.general)
                    : List.of(setup.general, setup.billing)));
        }
        for (int i = 0; i < tech.getHeadcount(); i++) {
            agents.add(agent(tech, i, i % 4 == 3 ? List.of(setup.technicalSupport, setup.general)
                    : List.of(setup.technicalSupport)));
        }
        Huddle huddle = huddle(training);
        for (Agent agent : agents) {
            schedule(agent, huddle);
        }
    }

    /** The Easter Flash Sale huddle of the week: its session, its queues and the seats left. */
    private static final class Huddle {
        final Session session;
        final Course course;
        final List<Queue> queues = new ArrayList<>();
        int seats;

        Huddle(Session session, Course course) {
            this.session = session;
            this.course = course;
            for (Audience audience : course.getAudiences()) {
                queues.add(audience.getQueue());
            }
            seats = session.getCapacity();
        }
    }

    private static Huddle huddle(SpringTraining training) {
        for (Course course : training.plan.getCourses()) {
            for (Session session : course.getSessions()) {
                if (session.getId().equals("session-flash-sale-huddle")) {
                    return new Huddle(session, course);
                }
            }
        }
        throw new IllegalStateException("the example's training has no flash sale huddle");
    }

    private Team team(MeadowlarkSetup setup, String teamId) {
        return setup.center.getTeams().stream().filter(t -> t.getId().equals(teamId)).findFirst().orElseThrow();
    }

    /**
     * An agent of a team: every fourth a part-timer (20 to 25 hours, at most four days, mornings; some in customer
     * care evenings only), the others full-timers (32 to 40 hours, five days); the first queue is the one they take.
     */
    private Agent agent(Team team, int index, List<Queue> queues) {
        int k = (agentCount++ * 7) % (FIRST_NAMES.length * LAST_NAMES.length);
        Agent agent = named(F.createAgent(), FIRST_NAMES[k % FIRST_NAMES.length] + " "
                + LAST_NAMES[k / FIRST_NAMES.length]);
        agent.setTeam(team);
        for (Queue queue : queues) {
            Skill skill = F.createSkill();
            skill.setQueue(queue);
            skill.setPriority(agent.getSkills().size() + 1);
            agent.getSkills().add(skill);
        }
        if (partTime(index)) {
            agent.setMinHoursPerWeek(20);
            agent.setMaxHoursPerWeek(25);
            agent.setMaxDaysPerWeek(4);
            if (index % 8 == 7 && team.getId().equals("team-customer-care")) {
                agent.setEarliestStart(LocalTime.of(14, 0)); // evenings only
            } else {
                agent.setLatestEnd(LocalTime.of(14, 0));
            }
        } else {
            agent.setMinHoursPerWeek(32);
            agent.setMaxHoursPerWeek(40);
            agent.setMaxDaysPerWeek(5);
        }
        agent.getPreferredDaysOff().add(Weekday.SUNDAY);
        if (index % 10 == 6 && index % 4 == 2) {
            agent.getUnavailableDays().add(WEEK_START.plusDays(4)); // time off: a long weekend before Easter
        }
        roster.getAgents().add(agent);
        return agent;
    }

    private static boolean partTime(int index) {
        return index % 4 == 3;
    }

    /** The agent's shifts of the week, by rule (see the class comment). */
    private void schedule(Agent agent, Huddle huddle) {
        int index = indexInTeam(agent);
        boolean partTime = partTime(index);
        // a weekday off for part-timers and the Saturday rota, never the huddle's Wednesday
        DayOfWeek offDay = OFF_DAYS[(index / 4) % OFF_DAYS.length];
        boolean saturday = !partTime && index % 4 == 0;
        Queue queue = agent.getSkills().get(0).getQueue();
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = WEEK_START.plusDays(d);
            DayOfWeek weekday = date.getDayOfWeek();
            if (weekday == DayOfWeek.SUNDAY || agent.getUnavailableDays().contains(date)) {
                continue;
            }
            if (weekday == DayOfWeek.SATURDAY) {
                if (saturday) {
                    shift(agent, date.atTime(9, 0), shortShift, queue, index, null);
                }
                continue;
            }
            if (weekday == offDay && (partTime || saturday)) {
                continue;
            }
            boolean seated = date.equals(huddle.session.getDate()) && huddle.seats > 0
                    && huddle.queues.contains(queue) && (agent.getEarliestStart() == null
                            || !agent.getEarliestStart().isAfter(huddle.session.getStartTime()));
            if (seated) {
                huddle.seats--;
            }
            LocalTime start;
            if (partTime) {
                start = agent.getEarliestStart() != null ? LocalTime.of(15, 0) : LocalTime.of(8, 0);
            } else {
                start = LocalTime.of(8, 0).plusMinutes(30L * (index % FULL_TIME_START_STEPS));
            }
            if (seated) {
                start = huddle.session.getStartTime();
            }
            shift(agent, date.atTime(start), partTime ? shortShift : day, queue, index, seated ? huddle : null);
        }
    }

    private int indexInTeam(Agent agent) {
        int index = 0;
        for (Agent other : roster.getAgents()) {
            if (other == agent) {
                return index;
            }
            if (other.getTeam() == agent.getTeam()) {
                index++;
            }
        }
        throw new IllegalStateException(agent.getName());
    }

    private void shift(Agent agent, LocalDateTime start, ShiftTemplate template, Queue queue, int index,
            Huddle huddle) {
        int length = template.getLengthsMinutes().get(0);
        Shift shift = id(F.createShift(), SampleIds.slugOf(agent.getName()) + "-" + start.toLocalDate());
        shift.setAgent(agent);
        shift.setStart(start);
        shift.setLengthMinutes(length);
        shift.setQueue(queue);
        shift.setTemplate(template);
        if (huddle != null) {
            shift.getActivities().add(activity(ActivityKind.TRAINING, huddle.course.getName(), start,
                    huddle.session.getLengthMinutes()));
        }
        for (PlacedBreak placed : BreakPlacement.place(template, length, 15 * (index % 3))) {
            shift.getActivities().add(activity(placed.rule().getKind(), null,
                    start.plusMinutes(placed.offsetMinutes()), placed.lengthMinutes()));
        }
        roster.getShifts().add(shift);
    }

    private ShiftTemplate template(String slug, String name, LocalTime earliest, LocalTime latest,
            int length, Weekday... days) {
        ShiftTemplate template = named(F.createShiftTemplate(), slug, name);
        template.setEarliestStart(earliest);
        template.setLatestStart(latest);
        template.setStartStepMinutes(30);
        template.getLengthsMinutes().add(length);
        template.getDays().addAll(List.of(days));
        roster.getShiftTemplates().add(template);
        return template;
    }


    private static Activity activity(ActivityKind kind, String name, LocalDateTime start, int minutes) {
        return Activities.of(kind, name, start, minutes);
    }
}
