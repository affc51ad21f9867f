package tandem.roster.internal.solver;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

import tandem.roster.TimeGrid;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;

/**
 * The solver's rules of an agent's week ({@link AgentRules}) applied to shifts given by time, for callers outside
 * the solver: the same rest, run, days and hours rules the generator scores, in the same words.
 */
public final class AgentCheck {

    /** A shift the agent works: its start, length and paid minutes. */
    public record Worked(LocalDateTime start, int lengthMinutes, int paidMinutes) {
    }

    private AgentCheck() {
    }

    /**
     * The rules the agent breaks with the shifts over the grid (shifts outside the grid's days are left out), in
     * words; empty when none. At most one shift a day is counted: the caller checks "one shift per day" first.
     */
    public static List<String> problems(Roster roster, Agent agent, TimeGrid grid, List<Worked> shifts) {
        ShiftOption[] days = new ShiftOption[grid.days()];
        for (Worked shift : shifts) {
            if (shift.start() == null || !grid.contains(shift.start().toLocalDate())) {
                continue;
            }
            int day = (int) (shift.start().toLocalDate().toEpochDay() - grid.from().toEpochDay());
            DayOfWeek weekday = shift.start().getDayOfWeek();
            int start = (int) grid.minuteOf(shift.start());
            days[day] = new ShiftOption(day, start, Math.max(1, shift.lengthMinutes()), shift.paidMinutes(), -1, null,
                    List.of(), grid.intervalMinutes(), weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY,
                    false);
        }
        RosterProblem problem = new RosterProblem(grid, new int[0][grid.size()],
                List.of(ProblemBuilder.contract(agent, new boolean[grid.days()])),
                ProblemBuilder.minRestMinutes(roster), ProblemBuilder.maxConsecutiveDays(roster));
        return AgentRules.explain(problem, problem.agents.get(0), days);
    }
}
