package tandem.checks.quickfixchecklist.goals;

import tandem.goals.model.smart.Criterion;

/** {@code quickfix.goal-relevant}: the goal meets the Relevant criterion of its SMART assessment. */
public class GoalRelevantCheck extends GoalCriterionCheck {

    public GoalRelevantCheck() {
        super(Criterion.RELEVANT);
    }
}
