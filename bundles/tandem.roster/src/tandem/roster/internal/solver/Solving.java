package tandem.roster.internal.solver;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import tandem.core.model.Queue;
import tandem.roster.GeneratedSchedule;
import tandem.roster.PlannedShift;
import tandem.roster.PlannedShift.PlannedActivity;
import tandem.roster.Requirement;
import tandem.roster.ScheduleGenerator.Progress;
import tandem.roster.TimeGrid;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.Skill;

/**
 * Runs Timefold on a roster problem. The solver is configured in Java with classes, never by name, and scores with
 * an incremental calculator in plain Java, so nothing is looked up or generated through a class loader: it runs the
 * same inside OSGi as on a plain class path.
 */
public final class Solving {

    private Solving() {
    }

    /** The best schedule found within the limit (see ScheduleGenerator). */
    public static GeneratedSchedule solve(Roster roster, Requirement requirement, Duration limit, Progress progress) {
        RosterSolution problem = new ProblemBuilder(roster, requirement).build();
        SolverConfig config = new SolverConfig(Solving.class.getClassLoader())
                .withSolutionClass(RosterSolution.class)
                .withEntityClasses(ShiftSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(RosterScoreCalculator.class))
                .withRandomSeed(0L)
                .withTerminationSpentLimit(limit);
        Solver<RosterSolution> solver = SolverFactory.<RosterSolution> create(config).buildSolver();
        AtomicBoolean done = new AtomicBoolean();
        if (progress != null) {
            solver.addEventListener(event -> {
                RosterSolution best = event.getNewBestSolution();
                double[] figures = coverage(best);
                HardMediumSoftLongScore score = best.getScore();
                progress.improved(figures[0], figures[1], score != null && score.hardScore() >= 0,
                        event.getTimeMillisSpent());
                if (progress.isCanceled()) {
                    solver.terminateEarly();
                }
            });
            Thread watcher = new Thread(() -> {
                while (!done.get()) {
                    if (progress.isCanceled()) {
                        solver.terminateEarly();
                        return;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "Tandem schedule cancel watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        RosterSolution best;
        try {
            best = solver.solve(problem);
        } finally {
            done.set(true);
        }
        return result(roster, requirement, best);
    }

    /** Under- and over-coverage of a solution in agent-intervals, recomputed from its slots. */
    static double[] coverage(RosterSolution solution) {
        RosterProblem problem = solution.getProblem();
        int[][] covered = new int[problem.queues][problem.grid.size()];
        for (ShiftSlot slot : solution.getSlots()) {
            ShiftOption option = slot.getOption();
            if (option != null && option.queue >= 0) {
                for (int i = 0; i < option.intervals.length; i++) {
                    covered[option.queue][option.intervals[i]] += option.minutes[i];
                }
            }
        }
        long under = 0;
        long over = 0;
        for (int q = 0; q < problem.queues; q++) {
            for (int t = 0; t < problem.scoredIntervals; t++) {
                int gap = covered[q][t] - problem.requiredMinutes[q][t];
                under += Math.max(0, -gap);
                over += Math.max(0, gap);
            }
        }
        double g = problem.grid.intervalMinutes();
        return new double[] { under / g, over / g };
    }

    static GeneratedSchedule result(Roster roster, Requirement requirement, RosterSolution best) {
        RosterProblem problem = best.getProblem();
        TimeGrid grid = problem.grid;
        List<PlannedShift> shifts = new ArrayList<>();
        ShiftOption[][] days = new ShiftOption[roster.getAgents().size()][grid.days()];
        for (ShiftSlot slot : best.getSlots()) {
            ShiftOption option = slot.getOption();
            if (option == null) {
                continue;
            }
            days[slot.agent()][slot.day()] = option;
            Agent agent = roster.getAgents().get(slot.agent());
            LocalDateTime start = grid.from().atStartOfDay().plusMinutes(option.startMinute);
            List<PlannedActivity> activities = new ArrayList<>();
            for (ShiftOption.Off off : option.off) {
                activities.add(new PlannedActivity(off.kind(), off.name(),
                        grid.from().atStartOfDay().plusMinutes(off.startMinute()), off.lengthMinutes()));
            }
            activities.sort(Comparator.comparing(PlannedActivity::start));
            shifts.add(new PlannedShift(agent, start, option.lengthMinutes, queueOf(requirement, agent, option),
                    option.template, slot.isPinned(), List.copyOf(activities)));
        }
        List<String> broken = new ArrayList<>();
        for (int a = 0; a < days.length; a++) {
            for (String rule : AgentRules.explain(problem, problem.agents.get(a), days[a])) {
                broken.add("agent '" + roster.getAgents().get(a).getName() + "' " + rule);
            }
        }
        double[] figures = coverage(best);
        return new GeneratedSchedule(grid, List.copyOf(shifts), figures[0], figures[1], List.copyOf(broken));
    }

    private static Queue queueOf(Requirement requirement, Agent agent, ShiftOption option) {
        if (option.queue >= 0) {
            return requirement.queues().get(option.queue);
        }
        for (Skill skill : agent.getSkills()) {
            if (skill.getQueue() != null) {
                return skill.getQueue();
            }
        }
        return null;
    }
}
