package tandem.checks.quickfix.staffing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.LiftPerDay;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * {@code quickfix.staffing-occupancy}: with the agents scheduled, no interval's predicted occupancy exceeds the
 * plan's occupancy cap. Within the plan alone: the contacts are the baseline forecast (campaign lift is the
 * alignment check's business), the agents those the schedule puts on the phones after shrinkage. Intervals with no
 * contacts or nobody on the phones are not counted, nor plans without a cap (1) or without a computable target. One
 * finding per plan, with the number of intervals over the cap, the highest occupancy and the first such interval.
 */
public class OccupancyCheck implements Check {

    /** Finding data: how many intervals are over the cap. */
    static final String INTERVALS = "intervals";
    /** Finding data: the start of the first of them, ISO. */
    static final String FIRST = "first";

    private static final double SLACK = 1e-12;

    @Override
    public void run(CheckContext context) {
        for (StaffingPlan plan : context.plans().all(StaffingPlan.class)) {
            double cap = plan.getOccupancyCap();
            if (!(cap > 0 && cap < 1)) {
                continue;
            }
            StaffingForecast forecast = StaffingForecast.of(plan, LiftPerDay.NONE);
            if (!forecast.settingsProblem().isEmpty()) {
                continue;
            }
            double limit = cap * (1 + SLACK);
            int over = 0;
            double highest = 0;
            LocalDateTime first = null;
            List<StaffingInterval> rows = plan.getIntervals();
            for (int i = 0; i < rows.size(); i++) {
                StaffingInterval row = rows.get(i);
                if (row.getScheduled() <= 0 || !(row.getBaseline() > 0)) {
                    continue; // nobody to be busy, or nothing to do: most of the night
                }
                double agents = forecast.scheduledAgents(i);
                double traffic = forecast.trafficErlangs(i);
                // Occupancy never exceeds the offered load per agent, so only those above the cap are computed.
                if (!(agents > 0 && traffic > 0 && traffic / agents > limit)) {
                    continue;
                }
                double occupancy = forecast.predictedOccupancy(i);
                if (occupancy > limit) {
                    over++;
                    highest = Math.max(highest, occupancy);
                    if (first == null) {
                        first = row.getStart();
                    }
                }
            }
            if (over > 0) {
                String where = first == null ? "" : ", the first on " + PlanText.DAY_AND_TIME.format(first);
                context.report(plan, PlanText.plan(plan) + ": in " + PlanText.number(over) + " of its "
                        + PlanText.number(forecast.size()) + " intervals the scheduled agents are predicted to be"
                        + " busier than the " + PlanText.percent(cap) + " occupancy cap (up to "
                        + PlanText.percent(highest) + ")" + where + ".",
                        first == null ? Map.of(INTERVALS, Integer.toString(over))
                                : Map.of(INTERVALS, Integer.toString(over), FIRST, first.toString()));
            }
        }
    }
}
