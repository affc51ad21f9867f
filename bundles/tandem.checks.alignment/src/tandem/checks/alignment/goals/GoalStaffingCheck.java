package tandem.checks.alignment.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.campaign.model.CampaignCalendar;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.PlanSet;
import tandem.checks.alignment.goals.GoalStaffing.PlanResult;
import tandem.core.model.Queue;
import tandem.goals.model.Goal;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.ScheduledService;
import tandem.staffing.model.forecast.ScheduledService.Delivered;
import tandem.staffing.model.forecast.ScheduledService.Measure;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * {@code alignment.goal-staffing}: a goal on service level, speed of answer or abandonment for some queues is one
 * their staffing delivers. The staffing plans of the goal's queues predict the metric over the goal's period (start
 * date to deadline, the plan's days within it) from the heads they schedule ({@link ScheduledService}); when the
 * goal asks for more than they deliver together, the goal gets a finding naming the predicted value, with the fix
 * {@link GoalSetTargetToStaffing}, and each plan that falls short on its own gets one naming the intervals that do,
 * with the fix {@link GoalRaiseScheduledHeads}. (Two findings, because each fix changes the file its finding is on.)
 * <p>
 * The answer time of a service-level goal is the one its statement gives ("within 30 s", "in 2 minutes"), else the
 * plan's. ASA is that of the answered calls, as the ACD reports a goal is measured by show it. Abandonment can only be
 * predicted by plans that give the callers' patience (Erlang A). What a plan delivers is remembered with the plan's
 * document while it and its campaign calendars do not change.
 */
public class GoalStaffingCheck implements Check {

    /** Goal finding data: the predicted value in the goal's unit, rounded the goal's way, for the target fix. */
    static final String PREDICTED = "predicted";
    /** Plan finding data: the measure ({@link Measure} name). */
    static final String MEASURE = "measure";
    /** Plan finding data: the goal's target in the measure's units (share or seconds). */
    static final String TARGET = "target";
    /** Plan finding data: the answer time in seconds of a service level. */
    static final String WITHIN = "within";
    /** Plan finding data: the goal's period, ISO dates, empty when open. */
    static final String FROM = "from";
    static final String TO = "to";
    /** Plan finding data: how many intervals fall short, and the goal's name. */
    static final String SHORT = "short";
    static final String GOAL = "goal";

    @Override
    public void run(CheckContext context) {
        PlanSet plans = context.plans();
        Map<Queue, List<StaffingPlan>> plansByQueue = new IdentityHashMap<>();
        for (StaffingPlan plan : plans.all(StaffingPlan.class)) {
            Queue queue = plan.getQueue();
            if (queue != null && !queue.eIsProxy()) {
                plansByQueue.computeIfAbsent(queue, q -> new ArrayList<>()).add(plan);
            }
        }
        if (plansByQueue.isEmpty()) {
            return;
        }
        Map<StaffingPlan, StaffingForecast> forecasts = new IdentityHashMap<>();
        for (Goal goal : plans.all(Goal.class)) {
            GoalMetric metric = GoalMetric.of(goal);
            if (metric == null) {
                continue;
            }
            List<PlanResult> results = new ArrayList<>();
            for (Queue queue : goal.getQueues()) {
                for (StaffingPlan plan : plansByQueue.getOrDefault(queue, List.of())) {
                    double within = metric.answerWithinSeconds(plan);
                    Delivered delivered = delivered(plans, plan, forecasts, metric, within, goal);
                    if (delivered != null) {
                        results.add(new PlanResult(plan, within, delivered));
                    }
                }
            }
            report(context, goal, metric, results);
        }
    }

    private void report(CheckContext context, Goal goal, GoalMetric metric, List<PlanResult> results) {
        GoalStaffing together = GoalStaffing.of(metric, results);
        if (together == null || together.delivers()) {
            return;
        }
        Map<String, String> data = new HashMap<>();
        String predicted = metric.predictedText(together.value());
        if (predicted != null) {
            data.put(PREDICTED, predicted);
        }
        context.report(goal, "Goal '" + GoalSharedCheck.name(goal) + "' " + together.problem() + ".", data);
        for (PlanResult result : together.falling()) {
            Delivered delivered = result.delivered();
            Map<String, String> planData = new LinkedHashMap<>();
            planData.put(MEASURE, metric.measure().name());
            planData.put(TARGET, Double.toString(metric.target()));
            planData.put(WITHIN, Double.toString(result.within()));
            planData.put(FROM, goal.getStartDate() == null ? "" : goal.getStartDate().toString());
            planData.put(TO, goal.getDeadline() == null ? "" : goal.getDeadline().toString());
            planData.put(SHORT, Integer.toString(delivered.shortIntervals()));
            planData.put(GOAL, GoalSharedCheck.name(goal));
            context.report(result.plan(), "With the heads scheduled in staffing plan '" + name(result.plan())
                    + "' the queue would " + metric.describeValue(delivered.value(), result.within()) + " from "
                    + delivered.firstDay() + " to " + delivered.lastDay() + ", short of goal '"
                    + GoalSharedCheck.name(goal) + "' (" + metric.describeTarget(result.within()) + "): "
                    + delivered.shortIntervals() + " of " + delivered.intervals() + " intervals fall short.",
                    planData);
        }
    }

    /** What the plan delivers for the goal, remembered with the plan's document while its inputs do not change. */
    private Delivered delivered(PlanSet plans, StaffingPlan plan, Map<StaffingPlan, StaffingForecast> forecasts,
            GoalMetric metric, double within, Goal goal) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(metric.measure());
        inputs.add(metric.target());
        inputs.add(within);
        inputs.add(String.valueOf(goal.getStartDate()));
        inputs.add(String.valueOf(goal.getDeadline()));
        for (CampaignCalendar calendar : plan.getCampaignCalendars()) {
            inputs.add(calendar.eResource() == null ? new Object() : plans.revision(calendar.eResource()));
        }
        Map<List<Object>, Delivered[]> memo = plan.eResource() == null ? new HashMap<>()
                : plans.kept(plan.eResource(), this, HashMap::new);
        Delivered[] known = memo.get(inputs);
        if (known == null) {
            StaffingForecast forecast = forecasts.computeIfAbsent(plan, StaffingForecast::of);
            known = new Delivered[] { GoalStaffing.delivered(forecast, metric, within) };
            memo.put(inputs, known);
        }
        return known[0];
    }

    static String name(StaffingPlan plan) {
        return plan.getName() == null || plan.getName().isBlank() ? "(unnamed)" : plan.getName();
    }
}
