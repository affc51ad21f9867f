package tandem.checks.quickfixchecklist.staffing;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/**
 * {@code quickfix.staffing-aht}: every interval has an average handle time, its own or the plan's. A plan whose AHT
 * is missing (0 or less) is reported when some of its intervals give none of their own, since no agents can be
 * computed for them.
 */
public class AhtCheck implements Check {

    @Override
    public void run(CheckContext context) {
        for (StaffingPlan plan : context.plans().all(StaffingPlan.class)) {
            double aht = plan.getAhtSeconds();
            if (aht > 0 && Double.isFinite(aht)) {
                continue;
            }
            int without = 0;
            for (StaffingInterval row : plan.getIntervals()) {
                if (row.getAhtSeconds() == null) {
                    without++;
                }
            }
            if (without > 0) {
                int all = plan.getIntervals().size();
                String which = without == all ? "none of its " + PlanText.number(all) + " intervals gives its own"
                        : PlanText.number(without) + " of its " + PlanText.number(all) + " intervals "
                                + (without == 1 ? "gives none of its own" : "give none of their own");
                context.report(plan, PlanText.plan(plan) + " has no average handle time (AHT "
                        + PlanText.number(aht) + " s) and " + which + ": the agents they require cannot be computed.");
            }
        }
    }
}
