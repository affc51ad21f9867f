package tandem.goals.model.smart;

import java.util.List;

import tandem.goals.model.Goal;

/**
 * A goal's verdicts, one per {@link Criterion}, in criterion order.
 *
 * @param goal     the goal
 * @param verdicts the verdicts
 */
public record SmartReport(Goal goal, List<Verdict> verdicts) {

    /** The verdict on one criterion. */
    public Verdict of(Criterion criterion) {
        return verdicts.stream().filter(v -> v.criterion() == criterion).findFirst().orElseThrow();
    }

    /** Whether the goal meets every criterion. */
    public boolean allPassed() {
        return verdicts.stream().allMatch(Verdict::passed);
    }

    /** The criteria the goal does not meet. */
    public List<Criterion> failed() {
        return verdicts.stream().filter(v -> !v.passed()).map(Verdict::criterion).toList();
    }
}
