package tandem.checks.quickfixchecklist.goals;

import tandem.goals.model.smart.Criterion;

/** {@code quickfix.goal-specific}: the goal meets the Specific criterion of its SMART assessment. */
public class GoalSpecificCheck extends GoalCriterionCheck {

    public GoalSpecificCheck() {
        super(Criterion.SPECIFIC);
    }
}
