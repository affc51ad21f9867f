package tandem.checks.quickfixchecklist.goals;

import tandem.goals.model.smart.Criterion;

/** {@code quickfix.goal-achievable}: the goal meets the Achievable criterion of its SMART assessment. */
public class GoalAchievableCheck extends GoalCriterionCheck {

    public GoalAchievableCheck() {
        super(Criterion.ACHIEVABLE);
    }
}
