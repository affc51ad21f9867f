package tandem.checks.quickfixchecklist.staffing;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.LiftPerDay;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * {@code quickfix.staffing-occupancy}: with the agents scheduled, no interval's predicted occupancy exceeds the
 * plan's occupancy cap. Within the plan alone: the contacts are the baseline forecast (campaign lift is the
 * alignment check's business), the agents those the schedule puts on the phones after shrinkage. Intervals with no
 * contacts or nobody on the phones are not counted, nor plans without a cap (1) or without a computable target. One
 * finding per plan, with the number of intervals over the cap, the highest occupancy and the first such interval.
 * <p>
 * The finding depends on the plan's document only, so it is {@link tandem.checks.PlanSet#kept kept} with the
 * document's revision: a re-check after an edit of one plan looks at that plan's intervals only.
 */
public class OccupancyCheck implements Check {

    /** Finding data: how many intervals are over the cap. */
    static final String INTERVALS = "intervals";
    /** Finding data: the start of the first of them, ISO. */
    static final String FIRST = "first";

    private static final double SLACK = 1e-12;

    /** The last run's finding on a plan ({@code null} message: none). */
    private record Last(String message, Map<String, String> data) {
    }

    @Override
    public void run(CheckContext context) {
        for (StaffingPlan plan : context.plans().all(StaffingPlan.class)) {
            Last last = plan.eResource() == null ? check(plan)
                    : context.plans().<Map<StaffingPlan, Last>> kept(plan.eResource(), this, ConcurrentHashMap::new)
                            .computeIfAbsent(plan, OccupancyCheck::check);
            if (last.message() != null) {
                context.report(plan, last.message(), last.data());
            }
        }
    }

    private static Last check(StaffingPlan plan) {
        double cap = plan.getOccupancyCap();
        StaffingForecast forecast = cap > 0 && cap < 1 ? StaffingForecast.of(plan, LiftPerDay.NONE) : null;
        if (forecast == null || !forecast.settingsProblem().isEmpty()) {
            return new Last(null, Map.of());
        }
        StaffingForecast.Busy busy = forecast.busierThan(cap * (1 + SLACK));
        if (busy.intervals() == 0) {
            return new Last(null, Map.of());
        }
        LocalDateTime first = plan.getIntervals().get(busy.first()).getStart();
        String where = first == null ? "" : ", the first on " + PlanText.DAY_AND_TIME.format(first);
        String message = PlanText.plan(plan) + ": in " + PlanText.number(busy.intervals()) + " of its "
                + PlanText.number(forecast.size()) + " intervals the scheduled agents are predicted to be busier"
                + " than the " + PlanText.percent(cap) + " occupancy cap (up to "
                + PlanText.percent(busy.highestOccupancy()) + ")" + where + ".";
        return new Last(message, first == null ? Map.of(INTERVALS, Integer.toString(busy.intervals()))
                : Map.of(INTERVALS, Integer.toString(busy.intervals()), FIRST, first.toString()));
    }
}
