package tandem.checks.quickfixchecklist.goals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import tandem.goals.model.Goal;
import tandem.goals.model.Reading;
import tandem.goals.model.smart.Criterion;

/**
 * {@code quickfix.goal-measurable}: the goal meets the Measurable criterion. A goal without a baseline that has
 * dated readings offers the latest reading (value and date) as its baseline.
 */
public class GoalMeasurableCheck extends GoalCriterionCheck {

    static final String BASELINE = "baseline";
    static final String BASELINE_DATE = "baselineDate";

    public GoalMeasurableCheck() {
        super(Criterion.MEASURABLE);
    }

    @Override
    protected Map<String, String> fixData(Goal goal, LocalDate today) {
        if (goal.getBaseline() != null) {
            return Map.of();
        }
        Optional<Reading> latest = latestReading(goal);
        return latest.isEmpty() ? Map.of() : Map.of(BASELINE, Double.toString(latest.get().getValue()),
                BASELINE_DATE, latest.get().getDate().toString());
    }

    static Optional<Reading> latestReading(Goal goal) {
        return goal.getReadings().stream().filter(r -> r.getDate() != null)
                .max(Comparator.comparing(Reading::getDate));
    }
}
