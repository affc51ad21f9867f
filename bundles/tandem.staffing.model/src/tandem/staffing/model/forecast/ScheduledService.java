package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;

import tandem.staffing.erlang.ErlangA;
import tandem.staffing.erlang.ErlangC;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * What the heads scheduled in a staffing plan deliver over a range of days, whatever the plan's own targets: each
 * interval's service level, ASA of answered calls or abandonment is predicted from its forecast contacts (baseline
 * plus campaign lift) and the agents its schedule keeps after shrinkage less those its outbound work takes (see
 * {@link StaffingForecast}), with Erlang A when the plan gives the
 * callers' patience and Erlang C otherwise, and the intervals are averaged as a contact center's report would:
 * service level and abandonment over the offered contacts, ASA over the answered ones.
 * <p>
 * This is how a goal for a queue is compared with the queue's staffing, and how a schedule is raised until it
 * delivers the goal. Not thread-safe (it reads the plan).
 */
public final class ScheduledService {

    /** What is measured; values are shares in [0, 1] for service level and abandonment, seconds for ASA. */
    public enum Measure {
        /** Share of offered contacts answered within the answer time; higher is better. */
        SERVICE_LEVEL,
        /** Average speed of answer of the answered contacts in seconds (what ACD reports show); lower is better. */
        ASA_ANSWERED,
        /** Share of offered contacts that hang up before they are answered (Erlang A only); lower is better. */
        ABANDONMENT;

        /** Whether a delivered value reaches the target (with a hair of slack for decimals). */
        public boolean meets(double value, double target) {
            if (Double.isNaN(value)) {
                return false;
            }
            return this == SERVICE_LEVEL ? value >= target * (1 - SLACK) : value <= target * (1 + SLACK);
        }
    }

    /**
     * What the schedule delivers over the days asked for.
     *
     * @param intervals      intervals with contacts among them
     * @param contacts       forecast contacts in them
     * @param weight         what the value is averaged over: the offered contacts, or for ASA the answered ones
     * @param value          the measure averaged over them (+∞ for ASA when an interval's queue grows without bound)
     * @param shortIntervals how many of them miss the target on their own
     * @param firstDay       the first day with contacts
     * @param lastDay        the last day with contacts
     */
    public record Delivered(int intervals, double contacts, double weight, double value, int shortIntervals,
            LocalDate firstDay, LocalDate lastDay) {
    }

    private static final double SLACK = 1e-12;

    private final StaffingForecast forecast;
    private final StaffingPlan plan;
    private final Measure measure;
    private final double answerWithinSeconds;
    private final Double patienceSeconds;
    private final double keep;
    private final double intervalSeconds;

    /**
     * @param forecast            the plan's forecast (contacts with campaign lift)
     * @param measure             what to predict
     * @param answerWithinSeconds the answer time of the service level (ignored for the other measures)
     */
    public ScheduledService(StaffingForecast forecast, Measure measure, double answerWithinSeconds) {
        this.forecast = forecast;
        this.plan = forecast.plan();
        this.measure = measure;
        this.answerWithinSeconds = answerWithinSeconds;
        Double patience = plan.getAveragePatienceSeconds();
        this.patienceSeconds = patience != null && patience > 0 && Double.isFinite(patience) ? patience : null;
        this.keep = 1 - plan.getShrinkage();
        this.intervalSeconds = plan.getIntervalMinutes() * 60.0;
    }

    /**
     * Whether the plan's settings let it predict the measure: abandonment needs the callers' patience, every measure
     * an interval length, a shrinkage in [0, 1) and a positive answer time or AHT (the validator reports the rest).
     */
    public boolean predicts() {
        return (measure != Measure.ABANDONMENT || patienceSeconds != null) && keep > 0 && keep <= 1
                && intervalSeconds > 0 && answerWithinSeconds >= 0 && Double.isFinite(answerWithinSeconds);
    }

    /** Index of the first row on or after the day (rows in time order), the number of rows if none. */
    public int firstIndexOn(LocalDate day) {
        return day == null ? 0 : StaffingPlans.firstIndexAtOrAfter(plan, day.atStartOfDay());
    }

    /** Index after the last row on or before the day. */
    public int endIndexAfter(LocalDate day) {
        return day == null ? plan.getIntervals().size()
                : StaffingPlans.firstIndexAtOrAfter(plan, day.plusDays(1).atStartOfDay());
    }

    /**
     * What the schedule delivers on the days from {@code from} to {@code to} (inclusive; {@code null} for open),
     * counting the intervals that miss the target on their own; {@code null} when no interval of those days has
     * contacts or the plan cannot predict the measure.
     */
    public Delivered over(LocalDate from, LocalDate to, double target) {
        if (!predicts()) {
            return null;
        }
        int start = firstIndexOn(from);
        int end = endIndexAfter(to);
        int intervals = 0;
        int shortIntervals = 0;
        double contacts = 0;
        double weighted = 0;
        double weights = 0;
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (int i = start; i < end; i++) {
            Prediction predicted = predict(i, agentsScheduled(i));
            if (predicted == null) {
                continue;
            }
            double offered = offered(i);
            double value = valueOf(predicted);
            double weight = measure == Measure.ASA_ANSWERED ? offered * answeredShare(predicted) : offered;
            intervals++;
            contacts += offered;
            if (!measure.meets(value, target)) {
                shortIntervals++;
            }
            if (weight > 0) {
                weighted += Double.isInfinite(value) ? Double.POSITIVE_INFINITY : weight * value;
                weights += weight;
            }
            LocalDateTime at = plan.getIntervals().get(i).getStart();
            first = first == null ? at : first;
            last = at;
        }
        if (intervals == 0) {
            return null;
        }
        double value = weights > 0 ? weighted / weights : Double.NaN;
        return new Delivered(intervals, contacts, weights, value, shortIntervals,
                first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate());
    }

    /**
     * The heads the interval needs for its own prediction to reach the target: its scheduled heads if they do, more
     * otherwise; -1 if the interval has no contacts or no staffing reaches the target (a service level of 100%).
     */
    public int headsToMeet(int index, double target) {
        if (!predicts() || !(offered(index) > 0)) {
            return -1;
        }
        int scheduled = Math.max(0, forecast.scheduledHeads(index));
        double keep = 1 - forecast.scheduled().shrinkage(index);
        double agents = agentsScheduled(index);
        if (meets(index, agents, target)) {
            return scheduled;
        }
        // Every measure only improves with more agents: gallop up, then bisect.
        double fail = agents;
        double step = Math.max(1, Math.ceil(Math.sqrt(trafficOf(index))));
        double pass = fail + step;
        while (!meets(index, pass, target)) {
            fail = pass;
            step *= 2;
            pass += step;
            if (pass > StaffingCalculator.MAX_AGENTS) {
                return -1;
            }
        }
        while (pass - fail > 1) {
            double mid = Math.floor((pass + fail) / 2);
            if (meets(index, mid, target)) {
                pass = mid;
            } else {
                fail = mid;
            }
        }
        // The heads must keep the agents the outbound work takes besides those the calls need.
        double outbound = forecast.outboundAgentsOf(index);
        int heads = (int) Math.ceil((pass + outbound) / keep * (1 - SLACK));
        while (Math.floor(heads * keep + 1e-9) - outbound < pass) {
            heads++;
        }
        return Math.max(heads, scheduled);
    }

    private boolean meets(int index, double agents, double target) {
        Prediction predicted = predict(index, agents);
        return predicted != null && measure.meets(valueOf(predicted), target);
    }

    /**
     * Agents the schedule keeps for the calls: the whole agents on the phones, as
     * {@link StaffingForecast#scheduledAgents}, less those the interval's outbound work takes.
     */
    private double agentsScheduled(int index) {
        return Math.max(0, forecast.scheduledAgents(index) - forecast.outboundAgentsOf(index));
    }

    private double offered(int index) {
        return plan.getIntervals().get(index).getBaseline() + forecast.liftOf(index);
    }

    private double trafficOf(int index) {
        StaffingInterval row = plan.getIntervals().get(index);
        return offered(index) * StaffingPlans.ahtSecondsOf(row, plan) / intervalSeconds;
    }

    /** The interval's prediction with the agents, or {@code null} without contacts or with settings out of range. */
    private Prediction predict(int index, double agents) {
        StaffingInterval row = plan.getIntervals().get(index);
        double offered = offered(index);
        if (!(offered > 0) || row.getStart() == null) {
            return null;
        }
        try {
            Workload workload = new Workload(offered, intervalSeconds, StaffingPlans.ahtSecondsOf(row, plan));
            double within = measure == Measure.SERVICE_LEVEL ? answerWithinSeconds : 0;
            return patienceSeconds == null ? ErlangC.predict(workload, agents, within)
                    : ErlangA.predict(workload, (int) Math.min(agents, StaffingCalculator.MAX_AGENTS),
                            patienceSeconds, within);
        } catch (IllegalArgumentException e) {
            return null; // an AHT or baseline out of range: the validator names it
        }
    }

    private double valueOf(Prediction predicted) {
        return switch (measure) {
        case SERVICE_LEVEL -> predicted.serviceLevel();
        case ASA_ANSWERED -> predicted.asaAnsweredSeconds();
        case ABANDONMENT -> predicted.abandonment();
        };
    }

    private static double answeredShare(Prediction predicted) {
        return Double.isNaN(predicted.abandonment()) ? 1 : 1 - predicted.abandonment();
    }
}
