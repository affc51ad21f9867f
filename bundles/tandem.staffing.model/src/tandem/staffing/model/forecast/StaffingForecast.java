package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tandem.campaign.model.lift.OutboundWork;
import tandem.campaign.model.lift.DropResponse;
import tandem.core.model.Queue;
import tandem.staffing.erlang.ErlangA;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.ServiceLevelTarget;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.staffing.model.scheduled.ScheduledHeads;

/**
 * The derived figures of a staffing plan, per interval: total forecast (baseline plus the campaigns' lift spread
 * over the day by the intraday profile), outbound work (outbound waves' connected calls × their handle time, spread
 * over the dialling window), required agents and heads, the gap to the schedule and the service level and ASA the
 * schedule is expected to deliver.
 * <p>
 * Outbound work is not traffic arriving: it can wait, but it takes agent time. Required agents are therefore the
 * inbound agents Erlang finds for the contacts plus {@code outbound seconds / interval seconds / occupancy target}
 * (the plan's occupancy cap; 1 without one), and required heads those agents after shrinkage. The inbound
 * prediction (service level, ASA, abandonment) is made with the scheduled agents less the outbound agents.
 * <p>
 * The scheduled heads are the plan's {@link ScheduledHeads}: from the schedule of the roster the plan is linked
 * to, where it schedules, else typed. Heads from a schedule are net of planned shrinkage (breaks, lunch, meetings,
 * training), so only the plan's unplanned shrinkage takes agents off them and inflates their required heads;
 * typed heads keep the plan's single shrinkage.
 * <p>
 * A forecast is a snapshot: create a new one after the plan changed. The daily lift is spread over the intervals
 * when the forecast is created (cheap); the Erlang figures of an interval are computed the first time it is asked
 * for and then kept, so that a table or chart showing a day of a year-long plan costs only that day. Not
 * thread-safe.
 */
public final class StaffingForecast {

    private static final double WHOLE_AGENT_SLACK = 1e-9;

    /**
     * The callers' average patience assumed for an overloaded interval of a plan that gives none (Erlang C): three
     * minutes, a common figure for a service line.
     */
    public static final double ASSUMED_PATIENCE_SECONDS = 180;

    private final StaffingPlan plan;
    private final List<StaffingInterval> rows;
    private final double[] lifts;
    private final double[] outbound;
    private final double occupancyTarget;
    private IntervalForecast[] computed;
    private final StaffingCalculator calculator;
    private final StaffingCalculator scheduleCalculator;
    private final ScheduledHeads scheduled;
    private final String settingsProblem;
    private final double intervalSeconds;
    private final LiftPerDay liftSource;
    private int[] lifted = new int[0];
    private int liftedCount;

    private StaffingForecast(StaffingPlan plan, LiftPerDay lift, ScheduledHeads scheduled) {
        this.plan = plan;
        this.scheduled = scheduled;
        this.rows = plan.getIntervals();
        this.lifts = new double[rows.size()];
        this.outbound = new double[rows.size()];
        double cap = plan.getOccupancyCap();
        this.occupancyTarget = cap > 0 && cap <= 1 ? cap : 1;
        this.intervalSeconds = plan.getIntervalMinutes() * 60.0;
        StaffingCalculator built = null;
        String problem = "";
        try {
            built = calculatorFor(plan);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        StaffingCalculator fromSchedule = built;
        if (built != null && scheduled.linked()) {
            try {
                fromSchedule = built.withShrinkage(plan.getUnplannedShrinkage());
            } catch (IllegalArgumentException e) {
                problem = "unplanned " + e.getMessage();
                built = null;
                fromSchedule = null;
            }
        }
        this.calculator = built;
        this.scheduleCalculator = fromSchedule;
        this.settingsProblem = problem;
        this.liftSource = lift;
        spreadLift(lift);
        spreadOutbound(lift);
    }

    /** The forecast of a plan with the lift of its linked campaign calendars. */
    public static StaffingForecast of(StaffingPlan plan) {
        return new StaffingForecast(plan, CampaignLift.of(plan), ScheduledHeads.of(plan));
    }

    /** The forecast of a plan with the given daily lift (for what-if and tests). */
    public static StaffingForecast of(StaffingPlan plan, LiftPerDay lift) {
        return new StaffingForecast(plan, lift, ScheduledHeads.of(plan));
    }

    /** The forecast of a plan with the given daily lift and scheduled heads (for tests outside OSGi). */
    public static StaffingForecast of(StaffingPlan plan, LiftPerDay lift, ScheduledHeads scheduled) {
        return new StaffingForecast(plan, lift, scheduled);
    }

    /**
     * The staffing calculator the plan's settings describe: its service-level, ASA and/or abandonment target,
     * occupancy cap, shrinkage, and Erlang A when an average patience is given (an abandonment target needs it).
     *
     * @throws IllegalArgumentException saying which setting is missing or out of range
     */
    public static StaffingCalculator calculatorFor(StaffingPlan plan) {
        Double share = plan.getServiceLevelShare();
        Double asa = plan.getAsaTargetSeconds();
        Double abandonment = plan.getAbandonmentTarget();
        Double patience = plan.getAveragePatienceSeconds();
        if (abandonment != null && patience == null) {
            throw new IllegalArgumentException("the abandonment target needs the callers' average patience (Erlang A):"
                    + " give it, or clear the abandonment target");
        }
        StaffingCalculator calculator;
        if (share != null) {
            calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(share,
                    plan.getAnswerWithinSeconds()));
            if (asa != null) {
                calculator = calculator.withAsaTarget(asa);
            }
        } else if (asa != null) {
            calculator = StaffingCalculator.forAsa(asa);
        } else if (abandonment != null) {
            calculator = StaffingCalculator.forAbandonment(abandonment);
        } else {
            throw new IllegalArgumentException("the plan has no target: set a service level, an ASA or an abandonment"
                    + " target");
        }
        if (abandonment != null) {
            calculator = calculator.withAbandonmentTarget(abandonment);
        }
        calculator = calculator.withOccupancyCap(plan.getOccupancyCap()).withShrinkage(plan.getShrinkage());
        return patience == null ? calculator : calculator.withPatience(patience);
    }

    /** The plan this forecast is for. */
    public StaffingPlan plan() {
        return plan;
    }

    /** Where the scheduled heads come from (the linked roster's schedule, or typed), per row. */
    public ScheduledHeads scheduled() {
        return scheduled;
    }

    /** The heads scheduled in the interval: from the linked roster's schedule where it schedules, else typed. */
    public int scheduledHeads(int index) {
        return scheduled.heads(index);
    }

    /** The calculator of the interval: with unplanned shrinkage only for heads from a schedule. */
    private StaffingCalculator calculatorOf(int index) {
        return scheduled.fromSchedule(index) ? scheduleCalculator : calculator;
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

    /** Agent seconds of outbound work in the interval (outbound waves of the linked campaigns). */
    public double outboundSecondsOf(int index) {
        return outbound[index];
    }

    /** Agents the interval's outbound work takes: outbound seconds / interval seconds / occupancy target. */
    public double outboundAgentsOf(int index) {
        return outbound[index] == 0 ? 0 : outbound[index] / intervalSeconds / occupancyTarget;
    }

    /**
     * The indexes of the intervals with lift or outbound work (&gt; 0), ascending: the intervals campaigns touch,
     * found without a pass over the plan's rows when no outbound wave reaches the queue.
     */
    public int[] liftedIntervals() {
        return Arrays.copyOf(lifted, liftedCount);
    }

    /** The names of the campaigns whose lift reaches the interval's day, for explanations. */
    public List<String> campaignsLifting(int index) {
        LocalDateTime start = rows.get(index).getStart();
        Queue queue = plan.getQueue();
        return lifts[index] == 0 && outbound[index] == 0 || start == null || queue == null ? List.of()
                : liftSource.campaignsLifting(queue, start.toLocalDate());
    }

    /** The figures of the interval at the index (computed on first use). */
    public IntervalForecast interval(int index) {
        if (computed == null) {
            computed = new IntervalForecast[rows.size()];
        }
        IntervalForecast forecast = computed[index];
        if (forecast == null) {
            forecast = compute(index);
            computed[index] = forecast;
        }
        return forecast;
    }

    /**
     * The heads the interval requires, as {@link IntervalForecast#requiredHeads()} (NaN if not computable), without
     * the rest of the interval's figures: for checks that look at many intervals and need nothing else.
     */
    public double requiredHeads(int index) {
        IntervalForecast known = computed == null ? null : computed[index];
        if (known != null) {
            return known.requiredHeads();
        }
        if (calculator == null) {
            return Double.NaN;
        }
        try {
            StaffingCalculator of = calculatorOf(index);
            return of.scheduledHeads(of.requiredAgents(workload(index)) + outboundAgentsOf(index));
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** Whole agents the schedule puts on the phones in the interval, as {@link IntervalForecast#scheduledAgents()}. */
    public double scheduledAgents(int index) {
        return agents(scheduled.heads(index), 1 - scheduled.shrinkage(index));
    }

    /** Whole agents on the phones: 19 heads at 30% shrinkage keep 13 (the required heads are rounded the same way). */
    private static double agents(int scheduled, double keep) {
        return Math.floor(scheduled * keep + WHOLE_AGENT_SLACK);
    }

    /**
     * The occupancy the scheduled agents are expected to have, inbound and outbound, as
     * {@link IntervalForecast#occupancy()} (NaN if not computable), without the rest of the prediction under Erlang C.
     */
    public double predictedOccupancy(int index) {
        IntervalForecast known = computed == null ? null : computed[index];
        if (known != null) {
            return known.occupancy();
        }
        if (calculator == null) {
            return Double.NaN;
        }
        try {
            double agents = scheduledAgents(index);
            double inboundAgents = inboundAgents(index, agents);
            return occupancy(calculator.occupancy(workload(index), inboundAgents), inboundAgents, index, agents);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** The scheduled agents left for inbound contacts once the outbound work has its agents. */
    private double inboundAgents(int index, double scheduledAgents) {
        return Math.max(0, scheduledAgents - outboundAgentsOf(index));
    }

    /** Occupancy of all scheduled agents: inbound busy agents plus outbound busy agents, over the agents, ≤ 1. */
    private double occupancy(double inboundOccupancy, double inboundAgents, int index, double scheduledAgents) {
        if (outbound[index] == 0) {
            return inboundOccupancy;
        }
        if (!(scheduledAgents > 0)) {
            return 1;
        }
        double inboundBusy = inboundAgents > 0 ? inboundOccupancy * inboundAgents : 0;
        return Math.min(1, (inboundBusy + outbound[index] / intervalSeconds) / scheduledAgents);
    }

    /**
     * The intervals whose scheduled agents are predicted to be busier than a share of their time (for example the
     * plan's occupancy cap), found in one pass over the rows: occupancy never exceeds the offered traffic per agent,
     * so only intervals above the share by that measure get a prediction. Intervals without contacts or without
     * agents on the phones are not counted.
     *
     * @param share the occupancy to exceed, e.g. 0.85
     */
    public Busy busierThan(double share) {
        int count = 0;
        double highest = Double.NaN;
        int first = -1;
        for (int i = 0; i < rows.size(); i++) {
            StaffingInterval row = rows.get(i);
            int heads = scheduled.heads(i);
            double keep = 1 - scheduled.shrinkage(i);
            double contacts = row.getBaseline() + lifts[i];
            if (heads <= 0 || !(contacts > 0 || outbound[i] > 0)) {
                continue;
            }
            double agents = agents(heads, keep);
            double aht = StaffingPlans.ahtSecondsOf(row, plan);
            if (!(agents > 0 && (contacts * aht + outbound[i]) / intervalSeconds / agents > share)) {
                continue;
            }
            double occupancy = predictedOccupancy(i);
            if (occupancy > share) {
                count++;
                highest = count == 1 ? occupancy : Math.max(highest, occupancy);
                first = first < 0 ? i : first;
            }
        }
        return new Busy(count, highest, first);
    }

    /**
     * Intervals busier than a share of their time.
     *
     * @param intervals        how many
     * @param highestOccupancy the highest predicted occupancy among them, NaN if none
     * @param first            the index of the first of them, -1 if none
     */
    public record Busy(int intervals, double highestOccupancy, int first) {
    }

    private Workload workload(int index) {
        StaffingInterval row = rows.get(index);
        return new Workload(row.getBaseline() + lifts[index], intervalSeconds, StaffingPlans.ahtSecondsOf(row, plan));
    }

    /** Totals over the intervals {@code from} (inclusive) to {@code to} (exclusive). */
    public Summary summary(int from, int to) {
        int understaffed = 0;
        double peak = 0;
        double contacts = 0;
        double lift = 0;
        double outboundSeconds = 0;
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
            outboundSeconds += interval.outboundSeconds();
        }
        return new Summary(to - from, understaffed, peak, contacts, lift, outboundSeconds);
    }

    /**
     * Totals over a range of intervals.
     *
     * @param intervals         how many intervals
     * @param understaffed      how many of them have fewer heads scheduled than required
     * @param peakRequiredHeads the most heads any of them requires
     * @param contacts          forecast contacts, campaigns included
     * @param liftContacts      contacts the campaigns add
     * @param outboundSeconds   agent seconds of outbound work the campaigns' outbound waves add
     */
    public record Summary(int intervals, int understaffed, double peakRequiredHeads, double contacts,
            double liftContacts, double outboundSeconds) {
    }

    private IntervalForecast compute(int index) {
        StaffingInterval row = rows.get(index);
        LocalDateTime start = row.getStart();
        double baseline = row.getBaseline();
        double lift = lifts[index];
        double total = baseline + lift;
        double aht = StaffingPlans.ahtSecondsOf(row, plan);
        int scheduledHeads = scheduled.heads(index);
        double scheduledAgents = scheduledAgents(index);
        StaffingCalculator intervalCalculator = calculatorOf(index);
        if (intervalCalculator == null) {
            return unknown(index, total, aht, scheduledAgents, settingsProblem);
        }
        try {
            // Agents are required for what the plan staffs to (the baseline or its upper bound, plus the lift); the
            // service of the scheduled agents is predicted for the forecast itself.
            Workload workload = new Workload(total, intervalSeconds, aht);
            double staffed = StaffingPlans.staffedBaseline(row, plan);
            Workload staffedLoad = staffed == baseline ? workload
                    : new Workload(staffed + lift, intervalSeconds, aht);
            double outboundAgents = outboundAgentsOf(index);
            double required = intervalCalculator.requiredAgents(staffedLoad) + outboundAgents;
            double heads = intervalCalculator.scheduledHeads(required);
            double baselineHeads = lift == 0 && outboundAgents == 0 ? heads
                    : intervalCalculator.scheduledHeads(intervalCalculator.requiredAgents(
                            new Workload(staffed, intervalSeconds, aht)));
            double inboundAgents = inboundAgents(index, scheduledAgents);
            Prediction predicted = intervalCalculator.predict(workload, inboundAgents);
            if (!intervalCalculator.usesErlangA() && (!predicted.stable()
                    || predicted.asaSeconds() > ASSUMED_PATIENCE_SECONDS)) {
                predicted = overloaded(workload, inboundAgents, predicted);
            }
            return new IntervalForecast(start, baseline, lift, total, outbound[index], outboundAgents, aht, required,
                    heads, baselineHeads, scheduledHeads, scheduledAgents, predicted,
                    occupancy(predicted.occupancy(), inboundAgents, index, scheduledAgents), "");
        } catch (IllegalArgumentException e) {
            return unknown(index, total, aht, scheduledAgents, "interval " + start + ": " + e.getMessage());
        }
    }

    private IntervalForecast unknown(int index, double total, double aht, double scheduledAgents, String problem) {
        StaffingInterval row = rows.get(index);
        return new IntervalForecast(row.getStart(), row.getBaseline(), lifts[index], total, outbound[index],
                outboundAgentsOf(index), aht, Double.NaN, Double.NaN, Double.NaN, scheduled.heads(index), scheduledAgents,
                null, Double.NaN, problem);
    }

    /**
     * Spreads the outbound work of each day over the day's intervals: evenly over the minutes of the dialling
     * window (an interval that overlaps it in part gets its part), or, for a wave without window, by the intraday
     * profile as the inbound lift is. Work in hours of the window the plan has no interval for is not placed (the
     * plan does not staff those hours). A pass over the rows, made only when an outbound wave reaches the queue.
     */
    private void spreadOutbound(LiftPerDay lift) {
        Queue queue = plan.getQueue();
        if (queue == null || rows.isEmpty() || !lift.hasOutbound(queue)) {
            return;
        }
        Map<LocalDate, List<Integer>> days = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            LocalDateTime start = rows.get(i).getStart();
            if (start != null) {
                days.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(i);
            }
        }
        IntradayProfile profile = null;
        boolean placed = false;
        for (Map.Entry<LocalDate, List<Integer>> day : days.entrySet()) {
            List<OutboundWork> works = lift.outbound(queue, day.getKey());
            if (works.isEmpty()) {
                continue;
            }
            List<Integer> indexes = day.getValue();
            List<LocalDateTime> starts = new ArrayList<>(indexes.size());
            for (int index : indexes) {
                starts.add(rows.get(index).getStart());
            }
            for (OutboundWork work : works) {
                double[] shares;
                if (work.hasWindow()) {
                    shares = windowShares(starts, work);
                } else {
                    profile = profile == null ? new IntradayProfile(plan) : profile;
                    shares = profile.shares(starts);
                }
                for (int k = 0; k < shares.length; k++) {
                    if (shares[k] > 0) {
                        outbound[indexes.get(k)] += work.seconds() * shares[k];
                        placed = true;
                    }
                }
            }
        }
        if (placed) {
            int[] touched = new int[rows.size()];
            int count = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (lifts[i] > 0 || outbound[i] > 0) {
                    touched[count++] = i;
                }
            }
            lifted = touched;
            liftedCount = count;
        }
    }

    /**
     * Each interval's share of a dialling window: the time it overlaps the window over the window's length (the
     * dialer paces evenly; hours of the window the plan has no interval for keep their share).
     */
    private double[] windowShares(List<LocalDateTime> starts, OutboundWork work) {
        long from = work.windowStart() == null ? 0 : work.windowStart().toSecondOfDay();
        long to = work.windowEnd() == null ? 24 * 3600 : work.windowEnd().toSecondOfDay();
        double[] shares = new double[starts.size()];
        if (to <= from) {
            return shares; // an empty window (the validator reports it)
        }
        for (int k = 0; k < shares.length; k++) {
            long start = starts.get(k).toLocalTime().toSecondOfDay();
            long end = start + (long) intervalSeconds;
            shares[k] = Math.max(0, Math.min(end, to) - Math.max(start, from)) / (double) (to - from);
        }
        return shares;
    }

    /**
     * What an interval whose scheduled agents cannot keep up delivers when the plan gives no patience: Erlang C's
     * queue would grow without bound (service level 0, ASA ∞), or callers would wait longer on average than anyone
     * waits, but real callers hang up, so the prediction is made with Erlang A and {@link #ASSUMED_PATIENCE_SECONDS}.
     * It keeps Erlang C's stability flag and occupancy (as {@link #predictedOccupancy} gives it), with a note saying
     * what was assumed.
     */
    private static Prediction overloaded(Workload workload, double agents, Prediction erlangC) {
        Prediction a = ErlangA.predict(workload, (int) Math.min(agents, StaffingCalculator.MAX_AGENTS),
                ASSUMED_PATIENCE_SECONDS, erlangC.answerWithinSeconds());
        String note = String.format(Locale.ROOT, "%s: %.1f Erlangs of traffic for %.0f agents; assuming callers hang"
                + " up after %.0f s on average (give the plan's average patience to be exact), %.0f%% abandon",
                erlangC.stable() ? "short" : "overloaded", a.trafficErlangs(), agents, ASSUMED_PATIENCE_SECONDS,
                a.abandonment() * 100);
        return new Prediction(a.trafficErlangs(), a.agents(), a.answerWithinSeconds(), a.probabilityOfWait(),
                a.serviceLevel(), a.asaSeconds(), a.asaAnsweredSeconds(), erlangC.occupancy(), a.abandonment(),
                erlangC.stable(), note);
    }

    /**
     * Asks for each day's lift once and spreads it over the day's intervals by the intraday profile. Rows in time
     * order (every valid plan) are taken a day at a time, each day's end found by looking at two rows (or by binary
     * search when the day is not complete), so that a day costs a few rows rather than a pass over them. Rows out
     * of order, or without start, are noticed where they break a day's bounds and then grouped by day through a
     * map; rows out of order inside a day's bounds (which the validator reports) get the lift by position.
     */
    private void spreadLift(LiftPerDay lift) {
        Queue queue = plan.getQueue();
        if (queue == null || lift == LiftPerDay.NONE || rows.isEmpty()) {
            return;
        }
        IntradayProfile profile = new IntradayProfile(plan);
        if (!spreadByDays(lift, queue, profile)) {
            Arrays.fill(lifts, 0);
            liftedCount = 0;
            spreadByMap(lift, queue, profile);
        }
    }

    /** Spreads the lift day by day over rows in time order; false (leaving a partial result) if they are not. */
    private boolean spreadByDays(LiftPerDay lift, Queue queue, IntradayProfile profile) {
        int from = 0;
        while (from < rows.size()) {
            LocalDateTime first = rows.get(from).getStart();
            if (first == null) {
                return false;
            }
            LocalDate day = first.toLocalDate();
            int to = endOfDay(from, first);
            LocalDateTime last = to < 0 ? null : rows.get(to - 1).getStart();
            if (last == null || !last.toLocalDate().equals(day)) {
                return false;
            }
            double contacts = lift.contacts(queue, day);
            if (contacts > 0 && isRunOfSlots(first, rows.get(to - 1).getStart(), to - from)) {
                int firstSlot = StaffingPlans.slotOfDay(first, plan.getIntervalMinutes());
                double[] shares = profile.sharesOfSlots(day, firstSlot, to - from);
                double[] minutes = new double[shares.length];
                for (int k = 0; k < shares.length; k++) {
                    minutes[k] = (firstSlot + k) * (double) plan.getIntervalMinutes();
                }
                double[] spread = spreadDay(contacts, lift.responses(queue, day), shares, minutes);
                for (int k = 0; k < spread.length; k++) {
                    setLift(from + k, spread[k]);
                }
            } else if (contacts > 0) {
                List<LocalDateTime> starts = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    LocalDateTime start = rows.get(i).getStart();
                    if (start == null || !start.toLocalDate().equals(day)
                            || !starts.isEmpty() && !start.isAfter(starts.get(starts.size() - 1))) {
                        return false;
                    }
                    starts.add(start);
                }
                double[] spread = spreadDay(contacts, lift.responses(queue, day), profile.shares(starts),
                        minutesOfDay(starts));
                for (int k = 0; k < spread.length; k++) {
                    setLift(from + k, spread[k]);
                }
            }
            from = to;
        }
        return true;
    }

    /**
     * Whether {@code count} rows from {@code first} to {@code last} of one day fill the grid between them: then, in a
     * valid plan (rows on the grid, in time order, each once), they are the intervals from the first slot on, and
     * their start times need not be read one by one. (A plan whose rows are out of order within such a day, which
     * the validator reports, gets the lift by position.)
     */
    private boolean isRunOfSlots(LocalDateTime first, LocalDateTime last, int count) {
        int minutes = plan.getIntervalMinutes();
        return StaffingPlans.INTERVAL_LENGTHS.contains(minutes) && last != null
                && first.toLocalDate().equals(last.toLocalDate()) && StaffingPlans.isAligned(first, minutes)
                && StaffingPlans.isAligned(last, minutes)
                && StaffingPlans.slotOfDay(last, minutes) - StaffingPlans.slotOfDay(first, minutes) + 1 == count;
    }

    /**
     * The index after the last row of the day that starts with the row at {@code from}, for rows in time order: where
     * a full day of intervals would end if that row is the last of its day and the next one is not (two rows looked
     * at), else found by binary search; -1 if a row without start is met.
     */
    private int endOfDay(int from, LocalDateTime first) {
        int minutes = plan.getIntervalMinutes();
        LocalDateTime nextDay = first.toLocalDate().plusDays(1).atStartOfDay();
        if (StaffingPlans.INTERVAL_LENGTHS.contains(minutes)) {
            int guess = from + StaffingPlans.intervalsPerDay(minutes) - StaffingPlans.slotOfDay(first, minutes);
            if (guess <= rows.size()) {
                LocalDateTime last = rows.get(guess - 1).getStart();
                LocalDateTime next = guess == rows.size() ? null : rows.get(guess).getStart();
                if (last != null && last.isBefore(nextDay) && (guess == rows.size() || next != null
                        && !next.isBefore(nextDay))) {
                    return guess;
                }
            }
        }
        return firstAtOrAfter(from + 1, nextDay);
    }

    /**
     * The first index from {@code from} on whose row starts at or after the time, by binary search over rows
     * assumed in time order; -1 if a row without start is met.
     */
    private int firstAtOrAfter(int from, LocalDateTime time) {
        int low = from;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            LocalDateTime start = rows.get(mid).getStart();
            if (start == null) {
                return -1;
            }
            if (start.isBefore(time)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Groups the rows by day whatever their order (rows without start get no lift). */
    private void spreadByMap(LiftPerDay lift, Queue queue, IntradayProfile profile) {
        Map<LocalDate, List<Integer>> days = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            LocalDateTime start = rows.get(i).getStart();
            if (start != null) {
                days.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(i);
            }
        }
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
            double[] spread = spreadDay(contacts, lift.responses(queue, day.getKey()), profile.shares(starts),
                    minutesOfDay(starts));
            for (int k = 0; k < spread.length; k++) {
                setLift(indexes.get(k), spread[k]);
            }
        }
        Arrays.sort(lifted, 0, liftedCount);
    }

    /**
     * A day's lift per interval: each timed drop's response from its time on, fading as {@link DropResponse} says
     * and weighted by the intraday shares (so none while the queue is closed), the rest of the day's contacts by the
     * shares alone. A response with no open interval after its time spreads with the rest, so the day keeps its
     * total.
     *
     * @param contacts the day's lift
     * @param shares   the intraday share of each interval of the day (summing to 1)
     * @param minutes  the start of each interval in minutes of the day
     */
    private double[] spreadDay(double contacts, List<DropResponse> responses, double[] shares, double[] minutes) {
        double[] spread = new double[shares.length];
        double rest = contacts;
        double length = plan.getIntervalMinutes();
        for (DropResponse response : responses) {
            double amount = Math.min(response.contacts(), rest);
            if (!(amount > 0) || response.from() == null || !(response.halfLifeMinutes() > 0)) {
                continue;
            }
            double[] weights = new double[shares.length];
            double sum = 0;
            for (int k = 0; k < shares.length; k++) {
                weights[k] = shares[k] * response.weightBetween(minutes[k], minutes[k] + length);
                sum += weights[k];
            }
            if (!(sum > 0)) {
                continue;
            }
            for (int k = 0; k < shares.length; k++) {
                spread[k] += amount * weights[k] / sum;
            }
            rest -= amount;
        }
        for (int k = 0; k < shares.length; k++) {
            spread[k] += rest * shares[k];
        }
        return spread;
    }

    private static double[] minutesOfDay(List<LocalDateTime> starts) {
        double[] minutes = new double[starts.size()];
        for (int k = 0; k < minutes.length; k++) {
            minutes[k] = starts.get(k).toLocalTime().toSecondOfDay() / 60.0;
        }
        return minutes;
    }

    private void setLift(int index, double lift) {
        lifts[index] = lift;
        if (lift > 0) {
            if (liftedCount == lifted.length) {
                lifted = Arrays.copyOf(lifted, Math.max(64, 2 * liftedCount));
            }
            lifted[liftedCount++] = index;
        }
    }
}
