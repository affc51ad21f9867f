package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.core.model.Queue;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.ServiceLevelTarget;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * The derived figures of a staffing plan, per interval: total forecast (baseline plus the campaigns' lift spread
 * over the day by the intraday profile), required agents and heads, the gap to the schedule and the service level
 * and ASA the schedule is expected to deliver.
 * <p>
 * A forecast is a snapshot: create a new one after the plan changed. The daily lift is spread over the intervals
 * when the forecast is created (cheap); the Erlang figures of an interval are computed the first time it is asked
 * for and then kept, so that a table or chart showing a day of a year-long plan costs only that day. Not
 * thread-safe.
 */
public final class StaffingForecast {

    private static final double WHOLE_AGENT_SLACK = 1e-9;

    private final StaffingPlan plan;
    private final List<StaffingInterval> rows;
    private final double[] lifts;
    private final IntervalForecast[] computed;
    private final StaffingCalculator calculator;
    private final String settingsProblem;
    private final double intervalSeconds;
    private final LiftPerDay liftSource;

    private StaffingForecast(StaffingPlan plan, LiftPerDay lift) {
        this.plan = plan;
        this.rows = plan.getIntervals();
        this.lifts = new double[rows.size()];
        this.computed = new IntervalForecast[rows.size()];
        this.intervalSeconds = plan.getIntervalMinutes() * 60.0;
        StaffingCalculator built = null;
        String problem = "";
        try {
            built = calculatorFor(plan);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        this.calculator = built;
        this.settingsProblem = problem;
        this.liftSource = lift;
        spreadLift(lift);
    }

    /** The forecast of a plan with the lift of its linked campaign calendars. */
    public static StaffingForecast of(StaffingPlan plan) {
        return new StaffingForecast(plan, CampaignLift.of(plan));
    }

    /** The forecast of a plan with the given daily lift (for what-if and tests). */
    public static StaffingForecast of(StaffingPlan plan, LiftPerDay lift) {
        return new StaffingForecast(plan, lift);
    }

    /**
     * The staffing calculator the plan's settings describe: its service-level and/or ASA target, occupancy cap,
     * shrinkage, and Erlang A when an average patience is given.
     *
     * @throws IllegalArgumentException saying which setting is missing or out of range
     */
    public static StaffingCalculator calculatorFor(StaffingPlan plan) {
        Double share = plan.getServiceLevelShare();
        Double asa = plan.getAsaTargetSeconds();
        StaffingCalculator calculator;
        if (share != null) {
            calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(share,
                    plan.getAnswerWithinSeconds()));
            if (asa != null) {
                calculator = calculator.withAsaTarget(asa);
            }
        } else if (asa != null) {
            calculator = StaffingCalculator.forAsa(asa);
        } else {
            throw new IllegalArgumentException("the plan has no target: set a service level or an ASA target");
        }
        calculator = calculator.withOccupancyCap(plan.getOccupancyCap()).withShrinkage(plan.getShrinkage());
        Double patience = plan.getAveragePatienceSeconds();
        return patience == null ? calculator : calculator.withPatience(patience);
    }

    /** The plan this forecast is for. */
    public StaffingPlan plan() {
        return plan;
    }

    /** Number of intervals (rows) of the plan. */
    public int size() {
        return rows.size();
    }

    /** Why no staffing can be computed for the plan (for example no target), or empty. */
    public String settingsProblem() {
        return settingsProblem;
    }

    /** Campaign contacts spread onto the interval. */
    public double liftOf(int index) {
        return lifts[index];
    }

    /** The names of the campaigns whose lift reaches the interval's day, for explanations. */
    public List<String> campaignsLifting(int index) {
        LocalDateTime start = rows.get(index).getStart();
        Queue queue = plan.getQueue();
        return lifts[index] == 0 || start == null || queue == null ? List.of()
                : liftSource.campaignsLifting(queue, start.toLocalDate());
    }

    /** The figures of the interval at the index (computed on first use). */
    public IntervalForecast interval(int index) {
        IntervalForecast forecast = computed[index];
        if (forecast == null) {
            forecast = compute(index);
            computed[index] = forecast;
        }
        return forecast;
    }

    /** Totals over the intervals {@code from} (inclusive) to {@code to} (exclusive). */
    public Summary summary(int from, int to) {
        int understaffed = 0;
        double peak = 0;
        double contacts = 0;
        double lift = 0;
        for (int i = from; i < to; i++) {
            IntervalForecast interval = interval(i);
            if (interval.understaffed()) {
                understaffed++;
            }
            if (interval.requiredHeads() > peak) {
                peak = interval.requiredHeads();
            }
            contacts += interval.total();
            lift += interval.lift();
        }
        return new Summary(to - from, understaffed, peak, contacts, lift);
    }

    /**
     * Totals over a range of intervals.
     *
     * @param intervals         how many intervals
     * @param understaffed      how many of them have fewer heads scheduled than required
     * @param peakRequiredHeads the most heads any of them requires
     * @param contacts          forecast contacts, campaigns included
     * @param liftContacts      contacts the campaigns add
     */
    public record Summary(int intervals, int understaffed, double peakRequiredHeads, double contacts,
            double liftContacts) {
    }

    private IntervalForecast compute(int index) {
        StaffingInterval row = rows.get(index);
        LocalDateTime start = row.getStart();
        double baseline = row.getBaseline();
        double lift = lifts[index];
        double total = baseline + lift;
        double aht = StaffingPlans.ahtSecondsOf(row, plan);
        int scheduled = row.getScheduled();
        // Whole agents, as the required heads assume: 19 heads at 30% shrinkage keep 13 agents on the phones.
        double scheduledAgents = Math.floor(scheduled * (1 - plan.getShrinkage()) + WHOLE_AGENT_SLACK);
        if (calculator == null) {
            return unknown(row, total, lift, aht, scheduledAgents, settingsProblem);
        }
        try {
            Workload workload = new Workload(total, intervalSeconds, aht);
            double required = calculator.requiredAgents(workload);
            double heads = calculator.scheduledHeads(required);
            double baselineHeads = lift == 0 ? heads
                    : calculator.scheduledHeads(calculator.requiredAgents(new Workload(baseline, intervalSeconds,
                            aht)));
            Prediction predicted = calculator.predict(workload, scheduledAgents);
            return new IntervalForecast(start, baseline, lift, total, aht, required, heads, baselineHeads, scheduled,
                    scheduledAgents, predicted, "");
        } catch (IllegalArgumentException e) {
            return unknown(row, total, lift, aht, scheduledAgents, "interval " + start + ": " + e.getMessage());
        }
    }

    private static IntervalForecast unknown(StaffingInterval row, double total, double lift, double aht,
            double scheduledAgents, String problem) {
        return new IntervalForecast(row.getStart(), row.getBaseline(), lift, total, aht, Double.NaN, Double.NaN,
                Double.NaN, row.getScheduled(), scheduledAgents, null, problem);
    }

    /** Asks for each day's lift once and spreads it over the day's intervals by the intraday profile. */
    private void spreadLift(LiftPerDay lift) {
        Queue queue = plan.getQueue();
        if (queue == null || lift == LiftPerDay.NONE) {
            return;
        }
        Map<LocalDate, List<Integer>> days = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            LocalDateTime start = rows.get(i).getStart();
            if (start != null) {
                days.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(i);
            }
        }
        IntradayProfile profile = new IntradayProfile(plan);
        for (Map.Entry<LocalDate, List<Integer>> day : days.entrySet()) {
            double contacts = lift.contacts(queue, day.getKey());
            if (!(contacts > 0)) {
                continue;
            }
            List<Integer> indexes = day.getValue();
            List<LocalDateTime> starts = new ArrayList<>(indexes.size());
            for (int index : indexes) {
                starts.add(rows.get(index).getStart());
            }
            double[] shares = profile.shares(starts);
            for (int k = 0; k < shares.length; k++) {
                lifts[indexes.get(k)] = contacts * shares[k];
            }
        }
    }
}
