package tandem.roster.internal.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * The objective, kept up to date move by move in plain Java (no generated classes): hard = the rules
 * ({@link AgentRules}); medium = under-coverage, each interval weighted by how short it is (minutes short plus a
 * convex term, so a shortage is spread rather than piled on one interval); soft = over-coverage in minutes, then
 * fairness (weekend and late shifts, squared per agent) and preferred days off.
 */
public class RosterScoreCalculator implements IncrementalScoreCalculator<RosterSolution, HardMediumSoftLongScore> {

    static final long UNDER_WEIGHT = 8;
    static final long FAIRNESS_WEIGHT = 30;
    static final long PREFERENCE_WEIGHT = 60;

    private RosterProblem problem;
    private int[][] covered;
    private ShiftOption[][] agentDays;
    private long hard;
    private long medium;
    private long soft;

    @Override
    public void resetWorkingSolution(RosterSolution solution) {
        problem = solution.getProblem();
        covered = new int[problem.queues][problem.grid.size()];
        agentDays = new ShiftOption[problem.agents.size()][problem.grid.days()];
        hard = 0;
        medium = 0;
        soft = 0;
        for (int q = 0; q < problem.queues; q++) {
            for (int t = 0; t < problem.scoredIntervals; t++) {
                medium += underPenalty(problem.requiredMinutes[q][t], 0);
            }
        }
        for (ShiftSlot slot : solution.getSlots()) {
            if (slot.getOption() != null) {
                agentDays[slot.agent()][slot.day()] = slot.getOption();
                cover(slot.getOption(), 1);
            }
        }
        for (int a = 0; a < agentDays.length; a++) {
            addAgent(a, 1);
        }
    }

    private long underPenalty(int required, int covered) {
        long short_ = Math.max(0, required - covered);
        return UNDER_WEIGHT * short_ + short_ * short_ / problem.grid.intervalMinutes();
    }

    private void cover(ShiftOption option, int sign) {
        if (option.queue < 0) {
            return;
        }
        int[] row = covered[option.queue];
        int[] required = problem.requiredMinutes[option.queue];
        for (int i = 0; i < option.intervals.length; i++) {
            int t = option.intervals[i];
            if (t >= problem.scoredIntervals) {
                row[t] += sign * option.minutes[i];
                continue;
            }
            int before = row[t];
            int after = before + sign * option.minutes[i];
            medium += underPenalty(required[t], after) - underPenalty(required[t], before);
            soft += Math.max(0, after - required[t]) - Math.max(0, before - required[t]);
            row[t] = after;
        }
    }

    private void addAgent(int agent, int sign) {
        RosterProblem.Contract contract = problem.agents.get(agent);
        hard += sign * AgentRules.hardPenalty(problem, contract, agentDays[agent]);
        soft += sign * AgentRules.softPenalty(problem, contract, agentDays[agent]);
    }

    private void retract(ShiftSlot slot) {
        addAgent(slot.agent(), -1);
        if (slot.getOption() != null) {
            cover(slot.getOption(), -1);
        }
        agentDays[slot.agent()][slot.day()] = null;
    }

    private void insert(ShiftSlot slot) {
        agentDays[slot.agent()][slot.day()] = slot.getOption();
        if (slot.getOption() != null) {
            cover(slot.getOption(), 1);
        }
        addAgent(slot.agent(), 1);
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        // slots are never added while solving
    }

    @Override
    public void afterEntityAdded(Object entity) {
        insert((ShiftSlot) entity);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract((ShiftSlot) entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert((ShiftSlot) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        retract((ShiftSlot) entity);
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        // retracted before
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        return HardMediumSoftLongScore.of(-hard, -medium, -soft);
    }
}
