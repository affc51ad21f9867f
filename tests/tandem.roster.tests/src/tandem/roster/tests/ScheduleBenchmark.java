package tandem.roster.tests;

import static tandem.roster.tests.Rosters.MONDAY;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.roster.GeneratedSchedule;
import tandem.roster.Requirement;
import tandem.roster.ScheduleGenerator;
import tandem.roster.TimeGrid;
import tandem.roster.internal.solver.GreedyBaseline;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.ShiftTemplate;

/**
 * Schedule quality on request (not part of the build: {@code ./mvnw verify -pl bundles/tandem.roster,
 * tests/tandem.roster.tests -Dtest=ScheduleBenchmark}): a week of 15-minute intervals, 3 queues, 200 agents with
 * mixed contracts (full-time 32-40 h on 5 days, part-time 16-24 h on 3) and skills (one to three queues), demand
 * with a morning and an afternoon peak, lower at weekends. Prints under-coverage of the greedy baseline and of
 * Timefold after 10 s and 30 s against the LP lower bound ({@link CoveringLowerBound}) (docs/PERFORMANCE.md).
 */
class ScheduleBenchmark {

    @Test
    void weekOf200Agents() {
        Rosters r = new Rosters();
        List<Queue> queues = List.of(r.queue("Sales"), r.queue("General"), r.queue("Billing"));
        ShiftTemplate day = r.template("Day", LocalTime.of(6, 0), LocalTime.of(14, 0), 510);
        day.getLengthsMinutes().add(360);
        Rosters.breakRule(day, ActivityKind.BREAK, 15, 60, 120, true);
        Rosters.breakRule(day, ActivityKind.LUNCH, 30, 180, 240, false);
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            boolean fullTime = i % 4 != 3;
            Queue main = queues.get(i % 3);
            Agent agent = fullTime ? r.agent("Agent " + i, 32, 40, 5, main) : r.agent("Agent " + i, 16, 24, 3, main);
            for (Queue other : queues) {
                if (other != main && random.nextInt(3) == 0) {
                    agent.getSkills().add(skill(other));
                }
            }
        }
        Requirement requirement = new Requirement(TimeGrid.of(MONDAY, MONDAY.plusDays(6), 15), queues);
        double[] size = { 50, 32, 21 }; // about what the agents can work: some intervals must stay short
        for (int d = 0; d < 7; d++) {
            double weekday = d >= 5 ? 0.5 : 1.0;
            for (int t = 7 * 4; t < 21 * 4; t++) {
                double hour = t / 4.0;
                double shape = 0.45 + 0.55 * Math.exp(-Math.pow((hour - 10.5) / 1.8, 2))
                        + 0.4 * Math.exp(-Math.pow((hour - 15.5) / 2, 2));
                for (int q = 0; q < 3; q++) {
                    requirement.setHeads(q, d * 96 + t, Math.ceil(size[q] * weekday * shape));
                }
            }
        }
        double required = 0;
        for (int q = 0; q < 3; q++) {
            for (int t = 0; t < 7 * 96; t++) {
                required += requirement.heads(q, t);
            }
        }
        CoveringLowerBound.Bound bound = CoveringLowerBound.of(r.roster, requirement);
        System.out.printf("[schedule benchmark] LP lower bound   under-coverage %.1f agent-intervals (%d variables,"
                + " %d constraints, Commons Math SimplexSolver, %.1f s)%n", bound.underCoverage(), bound.variables(),
                bound.constraints(), bound.nanos() / 1e9);
        long start = System.nanoTime();
        GeneratedSchedule greedy = GreedyBaseline.solve(r.roster, requirement);
        report("greedy", greedy, required, bound, System.nanoTime() - start);
        for (int seconds : new int[] { 10, 30 }) {
            start = System.nanoTime();
            GeneratedSchedule solved = ScheduleGenerator.generate(r.roster, requirement, Duration.ofSeconds(seconds),
                    null);
            report("timefold " + seconds + " s", solved, required, bound, System.nanoTime() - start);
        }
    }

    private static tandem.roster.model.Skill skill(Queue queue) {
        tandem.roster.model.Skill skill = Rosters.F.createSkill();
        skill.setQueue(queue);
        skill.setPriority(2);
        return skill;
    }

    private static void report(String what, GeneratedSchedule schedule, double required,
            CoveringLowerBound.Bound bound, long nanos) {
        System.out.printf("[schedule benchmark] %-16s required %.0f agent-intervals, under-coverage %.1f "
                + "(%.1f%% above the LP bound), over-coverage %.1f, shifts %d, rules broken %d, %.1f s%n", what,
                required, schedule.underCoverage(), 100 * (schedule.underCoverage() / bound.underCoverage() - 1),
                schedule.overCoverage(), schedule.shifts().size(), schedule.broken().size(), nanos / 1e9);
    }
}
