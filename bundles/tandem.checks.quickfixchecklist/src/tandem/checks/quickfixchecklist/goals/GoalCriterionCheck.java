package tandem.checks.quickfixchecklist.goals;

import java.time.LocalDate;
import java.util.Map;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.goals.model.Goal;
import tandem.goals.model.smart.Criterion;
import tandem.goals.model.smart.SmartAssessment;
import tandem.goals.model.smart.Verdict;

/**
 * One SMART criterion of every goal, as {@link SmartAssessment} judges it as of the check's today: a goal that
 * fails the criterion is reported with the assessment's reason, e.g. {@code Goal 'FCR': needs a baseline.}
 */
public abstract class GoalCriterionCheck implements Check {

    private final Criterion criterion;

    protected GoalCriterionCheck(Criterion criterion) {
        this.criterion = criterion;
    }

    @Override
    public void run(CheckContext context) {
        SmartAssessment assessment = new SmartAssessment();
        for (Goal goal : context.plans().all(Goal.class)) {
            Verdict verdict = assessment.verdict(goal, criterion, context.today());
            if (!verdict.passed()) {
                context.report(goal, "Goal '" + (goal.getName() == null ? "(unnamed)" : goal.getName()) + "': "
                        + verdict.reason() + ".", fixData(goal, context.today()));
            }
        }
    }

    /** Values the criterion's quick fix needs; none by default. */
    protected Map<String, String> fixData(Goal goal, LocalDate today) {
        return Map.of();
    }
}
