package tandem.roster.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The planning solution: every agent-day slot over the problem's days. */
@PlanningSolution
public class RosterSolution {

    private RosterProblem problem;
    @PlanningEntityCollectionProperty
    private List<ShiftSlot> slots;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solver's cloner. */
    public RosterSolution() {
    }

    RosterSolution(RosterProblem problem, List<ShiftSlot> slots) {
        this.problem = problem;
        this.slots = slots;
    }

    public RosterProblem getProblem() {
        return problem;
    }

    public List<ShiftSlot> getSlots() {
        return slots;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
