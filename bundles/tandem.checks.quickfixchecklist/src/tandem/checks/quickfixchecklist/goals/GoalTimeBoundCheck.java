package tandem.checks.quickfixchecklist.goals;

import java.time.LocalDate;
import java.util.Map;

import tandem.campaign.model.Campaigns;
import tandem.goals.model.Goal;
import tandem.goals.model.smart.Criterion;

/**
 * {@code quickfix.goal-time-bound}: the goal meets the Time-bound criterion. A goal whose deadline is missing or
 * past is offered the end of the current quarter (of the check's today), when that date is after today and after
 * the launch ({@link Campaigns#launch}) of every campaign the goal serves.
 */
public class GoalTimeBoundCheck extends GoalCriterionCheck {

    static final String DEADLINE = "deadline";

    public GoalTimeBoundCheck() {
        super(Criterion.TIME_BOUND);
    }

    @Override
    protected Map<String, String> fixData(Goal goal, LocalDate today) {
        LocalDate end = endOfQuarter(today);
        boolean afterCampaigns = goal.getCampaigns().stream()
                .allMatch(c -> c.eIsProxy() || Campaigns.launch(c) == null || end.isAfter(Campaigns.launch(c)));
        return end.isAfter(today) && afterCampaigns ? Map.of(DEADLINE, end.toString()) : Map.of();
    }

    /** The last day of the quarter {@code day} is in, e.g. 2027-03-31 for 2027-01-04. */
    static LocalDate endOfQuarter(LocalDate day) {
        int lastMonth = (day.getMonthValue() - 1) / 3 * 3 + 3;
        LocalDate first = LocalDate.of(day.getYear(), lastMonth, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }
}
