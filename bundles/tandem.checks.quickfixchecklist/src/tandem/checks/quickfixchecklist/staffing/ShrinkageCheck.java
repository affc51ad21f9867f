package tandem.checks.quickfixchecklist.staffing;

import java.util.Map;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.Severity;
import tandem.staffing.model.StaffingPlan;

/**
 * {@code quickfix.staffing-shrinkage}: a staffing plan has a shrinkage (the share of scheduled time lost to breaks,
 * meetings, training and absence), and a plausible one: more than 0 and at most the parameter {@code maxShrinkage}
 * (60%). A missing shrinkage (not set) is an error and a stated 0% a warning with its own message; both carry the
 * parameter {@code defaultShrinkage} (30%) for the fix {@link SetShrinkage}. Any other implausible value is the
 * planner's to correct.
 */
public class ShrinkageCheck implements Check {

    /** Finding data: the shrinkage the fix sets, as a share (0.3). Only on a missing shrinkage. */
    static final String PROPOSED = "proposedShrinkage";

    @Override
    public void run(CheckContext context) {
        double proposed = context.parameters().doubleValue("defaultShrinkage");
        double most = context.parameters().doubleValue("maxShrinkage");
        for (StaffingPlan plan : context.plans().all(StaffingPlan.class)) {
            if (plan.getRoster() != null) {
                continue; // linked to a roster: planned shrinkage comes from the schedule, unplanned is a setting
            }
            double shrinkage = plan.getShrinkage();
            if (!plan.isSetShrinkage()) {
                context.report(plan, PlanText.plan(plan) + " has no shrinkage: it plans as if agents never took"
                        + " breaks, meetings, training or leave, so every interval is short of heads.",
                        Map.of(PROPOSED, Double.toString(proposed)));
            } else if (shrinkage == 0) {
                context.report(Severity.WARNING, plan, PlanText.plan(plan) + " states a shrinkage of 0%: agents who"
                        + " never take breaks, meetings, training or leave are implausible; give the share of"
                        + " scheduled time they lose (30% is typical) unless the schedule already leaves it out.",
                        Map.of(PROPOSED, Double.toString(proposed)));
            } else if (!(shrinkage > 0 && shrinkage <= most)) {
                context.report(plan, PlanText.plan(plan) + " has an implausible shrinkage of "
                        + PlanText.percent(shrinkage) + ": more than 0% and at most " + PlanText.percent(most)
                        + " of scheduled time is expected.");
            }
        }
    }
}
