package tandem.roster.internal.solver;

import tandem.roster.GeneratedSchedule;
import tandem.roster.Requirement;
import tandem.roster.model.Roster;

/**
 * A simple greedy schedule, the baseline the solver is measured against (docs/PERFORMANCE.md): day by day, agent by
 * agent, each agent takes the shift that covers the most still-uncovered minutes, if it covers any and does not
 * make the agent's rules worse. No search, no second thoughts.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    /** The greedy schedule of the roster for the requirement. */
    public static GeneratedSchedule solve(Roster roster, Requirement requirement) {
        RosterSolution solution = new ProblemBuilder(roster, requirement).build();
        RosterProblem problem = solution.getProblem();
        int[][] covered = new int[problem.queues][problem.grid.size()];
        ShiftOption[][] days = new ShiftOption[problem.agents.size()][problem.grid.days()];
        for (ShiftSlot slot : solution.getSlots()) {
            if (slot.getOption() != null) {
                days[slot.agent()][slot.day()] = slot.getOption();
                add(covered, slot.getOption());
            }
        }
        for (int day = 0; day < problem.grid.days(); day++) {
            for (ShiftSlot slot : solution.getSlots()) {
                if (slot.day() != day || slot.isPinned()) {
                    continue;
                }
                RosterProblem.Contract contract = problem.agents.get(slot.agent());
                ShiftOption[] agentDays = days[slot.agent()];
                long before = AgentRules.hardPenalty(problem, contract, agentDays);
                ShiftOption best = null;
                long bestGain = 0;
                for (ShiftOption option : slot.getOptions()) {
                    long gain = gain(problem, covered, option);
                    if (gain > bestGain) {
                        agentDays[day] = option;
                        boolean allowed = AgentRules.hardPenalty(problem, contract, agentDays) <= before;
                        agentDays[day] = null;
                        if (allowed) {
                            best = option;
                            bestGain = gain;
                        }
                    }
                }
                if (best != null) {
                    agentDays[day] = best;
                    slot.setOption(best);
                    add(covered, best);
                }
            }
        }
        return Solving.result(roster, requirement, solution);
    }

    private static long gain(RosterProblem problem, int[][] covered, ShiftOption option) {
        if (option.queue < 0) {
            return 0;
        }
        long gain = 0;
        for (int i = 0; i < option.intervals.length; i++) {
            int t = option.intervals[i];
            if (t < problem.scoredIntervals) {
                int missing = problem.requiredMinutes[option.queue][t] - covered[option.queue][t];
                gain += Math.max(0, Math.min(missing, option.minutes[i]));
            }
        }
        return gain;
    }

    private static void add(int[][] covered, ShiftOption option) {
        if (option.queue >= 0) {
            for (int i = 0; i < option.intervals.length; i++) {
                covered[option.queue][option.intervals[i]] += option.minutes[i];
            }
        }
    }
}
