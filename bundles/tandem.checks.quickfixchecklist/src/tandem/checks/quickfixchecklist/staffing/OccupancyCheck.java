package tandem.checks.quickfixchecklist.staffing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tandem.campaign.model.CampaignCalendar;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.PlanSet;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * {@code quickfix.staffing-occupancy}: with the agents scheduled, no interval's predicted occupancy exceeds the
 * plan's occupancy cap. The agents' work is the plan's forecast: the baseline, the lift of the campaign calendars
 * the plan links and the outbound work of their outbound waves (agents busy dialling are busy); the agents are those
 * the schedule puts on the phones after shrinkage. Intervals with no
 * contacts or nobody on the phones are not counted, nor plans without a cap (1) or without a computable target. One
 * finding per plan, with the number of intervals over the cap, the highest occupancy and the first such interval.
 * <p>
 * The finding depends on the plan's document and its linked calendars, so it is {@link tandem.checks.PlanSet#kept
 * kept} with the document's revision and the calendars' revisions: a re-check after an edit of one plan looks at that
 * plan's intervals only, and after an edit of a calendar at the plans that link it.
 */
public class OccupancyCheck implements Check {

    /** Finding data: how many intervals are over the cap. */
    static final String INTERVALS = "intervals";
    /** Finding data: the start of the first of them, ISO. */
    static final String FIRST = "first";

    private static final double SLACK = 1e-12;

    /** The last run's finding on a plan ({@code null} message: none). */
    private record Last(String message, Map<String, String> data, List<Object> calendars) {
    }

    @Override
    public void run(CheckContext context) {
        PlanSet plans = context.plans();
        for (StaffingPlan plan : plans.all(StaffingPlan.class)) {
            List<Object> calendars = calendarRevisions(plans, plan);
            Last last;
            if (plan.eResource() == null) {
                last = check(plan, calendars);
            } else {
                Map<StaffingPlan, Last> kept = plans.kept(plan.eResource(), this, ConcurrentHashMap::new);
                last = kept.get(plan);
                if (last == null || !same(last.calendars(), calendars)) {
                    last = check(plan, calendars);
                    kept.put(plan, last);
                }
            }
            if (last.message() != null) {
                context.report(plan, last.message(), last.data());
            }
        }
    }

    /** The revisions of the calendars the plan links (identity of a new object for one not in a document). */
    private static List<Object> calendarRevisions(PlanSet plans, StaffingPlan plan) {
        List<Object> revisions = new ArrayList<>();
        for (CampaignCalendar calendar : plan.getCampaignCalendars()) {
            revisions.add(calendar == null || calendar.eIsProxy() ? null
                    : calendar.eResource() == null ? new Object() : plans.revision(calendar.eResource()));
        }
        return revisions;
    }

    private static boolean same(List<Object> before, List<Object> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static Last check(StaffingPlan plan, List<Object> calendars) {
        double cap = plan.getOccupancyCap();
        StaffingForecast forecast = cap > 0 && cap < 1 ? StaffingForecast.of(plan) : null;
        if (forecast == null || !forecast.settingsProblem().isEmpty()) {
            return new Last(null, Map.of(), calendars);
        }
        StaffingForecast.Busy busy = forecast.busierThan(cap * (1 + SLACK));
        if (busy.intervals() == 0) {
            return new Last(null, Map.of(), calendars);
        }
        LocalDateTime first = plan.getIntervals().get(busy.first()).getStart();
        String where = first == null ? "" : ", the first on " + PlanText.DAY_AND_TIME.format(first);
        String message = PlanText.plan(plan) + ": in " + PlanText.number(busy.intervals()) + " of its "
                + PlanText.number(forecast.size()) + " intervals the scheduled agents are predicted to be busier"
                + " than the " + PlanText.percent(cap) + " occupancy cap (up to "
                + PlanText.percent(busy.highestOccupancy()) + ")" + where + ".";
        return new Last(message, first == null ? Map.of(INTERVALS, Integer.toString(busy.intervals()))
                : Map.of(INTERVALS, Integer.toString(busy.intervals()), FIRST, first.toString()), calendars);
    }
}
