package tandem.checks.quickfixchecklist.goals;

import tandem.goals.model.smart.Criterion;

/** {@code quickfix.goal-owner}: someone answers for the goal (the Owner criterion of its SMART assessment). */
public class GoalOwnerCheck extends GoalCriterionCheck {

    public GoalOwnerCheck() {
        super(Criterion.OWNED);
    }
}
