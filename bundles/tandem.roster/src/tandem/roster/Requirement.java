package tandem.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import tandem.core.model.Queue;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * The heads each queue needs on the phones per interval of a grid. From staffing plans: the agents Erlang requires
 * (rounded up to whole agents), before shrinkage, because the schedule itself takes the planned shrinkage (breaks,
 * lunch, training, meetings) off the phones.
 */
public final class Requirement {

    private final TimeGrid grid;
    private final List<Queue> queues;
    private final double[][] heads;

    /** Requirement of zero heads everywhere for the queues. */
    public Requirement(TimeGrid grid, List<Queue> queues) {
        this.grid = grid;
        this.queues = List.copyOf(queues);
        this.heads = new double[queues.size()][grid.size()];
    }

    /** The grid. */
    public TimeGrid grid() {
        return grid;
    }

    /** The queues, in the order of their indexes. */
    public List<Queue> queues() {
        return queues;
    }

    /** The index of a queue, or -1. */
    public int indexOf(Queue queue) {
        return queues.indexOf(queue);
    }

    /** Heads required on a queue in an interval. */
    public double heads(int queue, int interval) {
        return heads[queue][interval];
    }

    /** Sets the heads required on a queue in an interval. */
    public void setHeads(int queue, int interval, double value) {
        heads[queue][interval] = value;
    }

    /**
     * The requirement of the staffing plans (one per queue) over the days from {@code from} to {@code to}.
     *
     * @throws ScheduleException naming the plan when a plan has no queue or target, two plans staff one queue, or a
     *                           day of the range is outside a plan
     */
    public static Requirement fromStaffing(List<StaffingPlan> plans, LocalDate from, LocalDate to,
            int intervalMinutes) throws ScheduleException {
        TimeGrid grid = TimeGrid.of(from, to, intervalMinutes);
        List<Queue> queues = new ArrayList<>();
        for (StaffingPlan plan : plans) {
            String name = "staffing plan '" + plan.getName() + "'";
            if (plan.getQueue() == null || plan.getQueue().eIsProxy()) {
                throw new ScheduleException(name + " names no queue");
            }
            if (queues.contains(plan.getQueue())) {
                throw new ScheduleException(name + " staffs queue '" + plan.getQueue().getName()
                        + "', which another plan staffs too");
            }
            if (plan.getStartDate() == null || plan.getEndDate() == null || from.isBefore(plan.getStartDate())
                    || to.isAfter(plan.getEndDate())) {
                throw new ScheduleException("the days " + from + " to " + to + " are outside " + name + " ("
                        + plan.getStartDate() + " to " + plan.getEndDate() + ")");
            }
            queues.add(plan.getQueue());
        }
        Requirement requirement = new Requirement(grid, queues);
        for (int q = 0; q < plans.size(); q++) {
            StaffingPlan plan = plans.get(q);
            StaffingForecast forecast = StaffingForecast.of(plan);
            if (!forecast.settingsProblem().isEmpty()) {
                throw new ScheduleException("staffing plan '" + plan.getName() + "': " + forecast.settingsProblem());
            }
            int length = plan.getIntervalMinutes();
            for (int i = 0; i < forecast.size(); i++) {
                LocalDateTime start = plan.getIntervals().get(i).getStart();
                if (start == null || !grid.contains(start.toLocalDate())) {
                    continue;
                }
                IntervalForecast figures = forecast.interval(i);
                double agents = Double.isFinite(figures.requiredAgents()) ? Math.ceil(figures.requiredAgents() - 1e-9)
                        : 0;
                long first = grid.minuteOf(start);
                for (long minute = first; minute < first + length; minute += intervalMinutes) {
                    int interval = (int) (minute / intervalMinutes);
                    if (interval >= 0 && interval < grid.size()) {
                        requirement.heads[q][interval] = Math.max(requirement.heads[q][interval], agents);
                    }
                }
            }
        }
        return requirement;
    }
}
