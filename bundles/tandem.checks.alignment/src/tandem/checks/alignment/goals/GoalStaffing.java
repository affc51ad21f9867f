package tandem.checks.alignment.goals;

import java.time.LocalDate;
import java.util.List;

import tandem.goals.model.Goal;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.ScheduledService;
import tandem.staffing.model.forecast.ScheduledService.Delivered;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * What the staffing plans of a goal's queues deliver together over the goal's period, and the words for a goal that
 * asks for more: shared by the check {@link GoalStaffingCheck} and the goals editor's {@link StaffingAchievability}.
 *
 * @param metric         the goal's metric
 * @param results        what each plan delivers
 * @param value          what they deliver together (averaged as {@link ScheduledService} does)
 * @param intervals      intervals with contacts in the period
 * @param shortIntervals intervals that miss the target on their own
 * @param firstDay       the first day with contacts
 * @param lastDay        the last day with contacts
 */
record GoalStaffing(GoalMetric metric, List<PlanResult> results, double value, int intervals, int shortIntervals,
        LocalDate firstDay, LocalDate lastDay) {

    /** What one plan delivers for the goal, with the answer time used. */
    record PlanResult(StaffingPlan plan, double within, Delivered delivered) {
    }

    /** What one plan delivers over the goal's period, {@code null} when it has no contacts then or cannot predict. */
    static Delivered delivered(StaffingForecast forecast, GoalMetric metric, double within) {
        Goal goal = metric.goal();
        return new ScheduledService(forecast, metric.measure(), within).over(goal.getStartDate(), goal.getDeadline(),
                metric.target());
    }

    /** The plans' results together; {@code null} without results. */
    static GoalStaffing of(GoalMetric metric, List<PlanResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        double weights = 0;
        double weighted = 0;
        int intervals = 0;
        int shortIntervals = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (PlanResult result : results) {
            Delivered delivered = result.delivered();
            intervals += delivered.intervals();
            shortIntervals += delivered.shortIntervals();
            if (delivered.weight() > 0) {
                weighted += Double.isInfinite(delivered.value()) ? Double.POSITIVE_INFINITY
                        : delivered.weight() * delivered.value();
                weights += delivered.weight();
            }
            first = first == null || delivered.firstDay().isBefore(first) ? delivered.firstDay() : first;
            last = last == null || delivered.lastDay().isAfter(last) ? delivered.lastDay() : last;
        }
        return new GoalStaffing(metric, List.copyOf(results), weights > 0 ? weighted / weights : Double.NaN,
                intervals, shortIntervals, first, last);
    }

    /** Whether the plans together deliver the goal's target. */
    boolean delivers() {
        return metric.measure().meets(value, metric.target());
    }

    /** The plans that fall short on their own. */
    List<PlanResult> falling() {
        return results.stream().filter(r -> !metric.measure().meets(r.delivered().value(), metric.target())).toList();
    }

    /**
     * Why the goal cannot be reached, without naming the goal: "asks for 99% answered within 20 s on queue 'Billing',
     * but with the heads scheduled in staffing plan 'P' it would answer 70.3% within 20 s from ... to ... (8 of 8
     * intervals fall short)".
     */
    String problem() {
        String planNames = results.size() == 1 ? "staffing plan '" + GoalStaffingCheck.name(results.get(0).plan()) + "'"
                : "staffing plans " + names();
        double within = results.get(0).within();
        return "asks for " + metric.describeTarget(within) + " on " + queues(metric.goal())
                + ", but with the heads scheduled in " + planNames + " it would " + metric.describeValue(value, within)
                + " from " + firstDay + " to " + lastDay + " (" + shortIntervals + " of " + intervals
                + " intervals fall short)";
    }

    private String names() {
        List<String> names = results.stream().map(r -> "'" + GoalStaffingCheck.name(r.plan()) + "'").distinct()
                .toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String queues(Goal goal) {
        List<String> names = goal.getQueues().stream().filter(q -> !q.eIsProxy())
                .map(q -> "'" + (q.getName() == null ? q.getId() : q.getName()) + "'").toList();
        return (names.size() == 1 ? "queue " : "queues ") + String.join(", ", names);
    }
}
