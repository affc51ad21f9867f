package tandem.staffing.erlang;

/**
 * Finds the agents an interval needs to meet a service-level and/or ASA target under an
 * occupancy cap, and turns them into scheduled heads through shrinkage.
 *
 * <p>Immutable; configure it once per queue and reuse it for every interval:
 * <pre>{@code
 * StaffingCalculator calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.80, 20))
 *         .withOccupancyCap(0.85)
 *         .withShrinkage(0.30);
 * StaffingRequirement r = calculator.requirement(new Workload(100, 1800, 180)); // 14 agents, 20 heads
 * }</pre>
 *
 * <p>Model: Erlang C, unless {@link #withPatience} gives the callers' average patience, in which
 * case Erlang A (abandonment) is used. Erlang A works with whole agents only.
 *
 * <p>Required agents are the smallest number that meets every target: service level ≥ share,
 * ASA ≤ target, occupancy ≤ cap (and, for Erlang C, more agents than Erlangs). Zero calls need
 * zero agents. For whole agents the Erlang C search starts at ⌊A⌋ + 1 and walks up one agent at a
 * time, carrying Erlang B forward with its recursion instead of recomputing it; for fractional
 * agents it then bisects between the last failing and the first passing whole number.
 */
public final class StaffingCalculator {

    /**
     * The most agents the calculator staffs an interval with: beyond any contact center, and far enough below
     * {@link Integer#MAX_VALUE} that the whole-agent searches cannot overflow.
     */
    public static final double MAX_AGENTS = 1e9;

    /** Relative slack for occupancy and shrinkage, which often land exactly on a decimal. */
    private static final double DECIMAL_SLACK = 1e-12;

    private final ServiceLevelTarget serviceLevel;
    private final double asaTargetSeconds;
    private final double abandonmentShare;
    private final double occupancyCap;
    private final double shrinkage;
    private final double patienceSeconds;
    private final boolean fractionalAgents;

    private StaffingCalculator(ServiceLevelTarget serviceLevel, double asaTargetSeconds, double abandonmentShare,
            double occupancyCap, double shrinkage, double patienceSeconds, boolean fractionalAgents) {
        this.abandonmentShare = abandonmentShare;
        this.serviceLevel = serviceLevel;
        this.asaTargetSeconds = asaTargetSeconds;
        this.occupancyCap = occupancyCap;
        this.shrinkage = shrinkage;
        this.patienceSeconds = patienceSeconds;
        this.fractionalAgents = fractionalAgents;
    }

    /** A calculator for a service-level target, no occupancy cap, no shrinkage, Erlang C. */
    public static StaffingCalculator forServiceLevel(ServiceLevelTarget target) {
        return new StaffingCalculator(nonNull(target), Double.NaN, Double.NaN, 1, 0, Double.NaN, false);
    }

    /** A calculator for an average-speed-of-answer target in seconds (&gt; 0), Erlang C. */
    public static StaffingCalculator forAsa(double asaTargetSeconds) {
        return new StaffingCalculator(null, Checks.positive("asaTargetSeconds", asaTargetSeconds), Double.NaN, 1, 0,
                Double.NaN, false);
    }

    /**
     * A calculator for an abandonment target: the highest share (0, 1] of callers who may hang up before they are
     * answered. Abandonment needs Erlang A: give the callers' patience with {@link #withPatience} before asking for
     * agents.
     */
    public static StaffingCalculator forAbandonment(double share) {
        return new StaffingCalculator(null, Double.NaN, Checks.shareAboveZero("abandonmentShare", share), 1, 0,
                Double.NaN, false);
    }

    /** The same calculator with a (further) service-level target. */
    public StaffingCalculator withServiceLevel(ServiceLevelTarget target) {
        return new StaffingCalculator(nonNull(target), asaTargetSeconds, abandonmentShare, occupancyCap, shrinkage,
                patienceSeconds, fractionalAgents);
    }

    /** The same calculator with a (further) ASA target in seconds, &gt; 0. */
    public StaffingCalculator withAsaTarget(double seconds) {
        return new StaffingCalculator(serviceLevel, Checks.positive("asaTargetSeconds", seconds), abandonmentShare,
                occupancyCap, shrinkage, patienceSeconds, fractionalAgents);
    }

    /**
     * The same calculator with a (further) abandonment target: the highest share (0, 1] of callers who may abandon.
     * The required agents then keep abandonment at or below it as well; it needs Erlang A ({@link #withPatience}).
     */
    public StaffingCalculator withAbandonmentTarget(double share) {
        if (fractionalAgents) {
            throw new IllegalArgumentException("an abandonment target (" + share + ") needs Erlang A, which works with"
                    + " whole agents only; drop withFractionalAgents()");
        }
        return new StaffingCalculator(serviceLevel, asaTargetSeconds, Checks.shareAboveZero("abandonmentShare", share),
                occupancyCap, shrinkage, patienceSeconds, false);
    }

    /** The same calculator with a maximum occupancy in (0, 1] (1 = no cap). */
    public StaffingCalculator withOccupancyCap(double cap) {
        return new StaffingCalculator(serviceLevel, asaTargetSeconds, abandonmentShare,
                Checks.shareAboveZero("occupancyCap", cap), shrinkage, patienceSeconds, fractionalAgents);
    }

    /** The same calculator with a shrinkage in [0, 1) for turning agents into heads. */
    public StaffingCalculator withShrinkage(double share) {
        return new StaffingCalculator(serviceLevel, asaTargetSeconds, abandonmentShare, occupancyCap,
                Checks.shareBelowOne("shrinkage", share), patienceSeconds, fractionalAgents);
    }

    /**
     * The same calculator using Erlang A with the callers' average patience in seconds (&gt; 0).
     *
     * @throws IllegalArgumentException also if fractional agents were asked for
     */
    public StaffingCalculator withPatience(double averagePatienceSeconds) {
        Checks.positive("patienceSeconds", averagePatienceSeconds);
        if (fractionalAgents) {
            throw new IllegalArgumentException("Erlang A (patienceSeconds=" + averagePatienceSeconds
                    + ") works with whole agents only; drop withFractionalAgents()");
        }
        return new StaffingCalculator(serviceLevel, asaTargetSeconds, abandonmentShare, occupancyCap, shrinkage,
                averagePatienceSeconds, false);
    }

    /**
     * The same calculator answering in fractional agents (Erlang C only), for smooth curves and
     * for summing requirements before rounding.
     *
     * @throws IllegalArgumentException if a patience (Erlang A) was given
     */
    public StaffingCalculator withFractionalAgents() {
        if (usesErlangA()) {
            throw new IllegalArgumentException("fractional agents are supported for Erlang C only, but patienceSeconds="
                    + patienceSeconds + " selects Erlang A");
        }
        if (!Double.isNaN(abandonmentShare)) {
            throw new IllegalArgumentException("fractional agents are supported for Erlang C only, but the abandonment"
                    + " target " + abandonmentShare + " needs Erlang A");
        }
        return new StaffingCalculator(serviceLevel, asaTargetSeconds, abandonmentShare, occupancyCap, shrinkage,
                patienceSeconds, true);
    }

    /** Whether the calculator uses Erlang A (a patience was given). */
    public boolean usesErlangA() {
        return !Double.isNaN(patienceSeconds);
    }

    /**
     * Agents required for the workload, with the queue's performance at that staffing and the
     * heads to schedule.
     */
    public StaffingRequirement requirement(Workload workload) {
        double agents = requiredAgents(workload);
        return new StaffingRequirement(agents, scheduledHeads(agents), shrinkage, predict(workload, agents));
    }

    /**
     * Agents required for the workload: the smallest number meeting every target. This is the
     * fast path for bulk planning; it builds no prediction.
     *
     * @throws IllegalArgumentException if an abandonment target is set without a patience (Erlang C has no
     *             abandonment), or the workload needs more than {@value #MAX_AGENTS} agents (the traffic, or the
     *             traffic over the occupancy cap, is beyond any contact center: check calls, AHT and interval)
     */
    public double requiredAgents(Workload workload) {
        double traffic = workload.trafficErlangs();
        if (traffic == 0) {
            return 0;
        }
        if (!Double.isNaN(abandonmentShare) && !usesErlangA()) {
            throw new IllegalArgumentException("an abandonment target needs the callers' average patience (Erlang A):"
                    + " Erlang C assumes nobody hangs up");
        }
        if (traffic / occupancyCap > MAX_AGENTS) {
            throw new IllegalArgumentException("the workload is " + traffic + " Erlangs" + (occupancyCap < 1
                    ? " (" + traffic / occupancyCap + " agents at the occupancy cap " + occupancyCap + ")" : "")
                    + ", more than the " + (long) MAX_AGENTS + " agents the calculator staffs; check the calls, AHT"
                    + " and interval length");
        }
        try {
            if (usesErlangA()) {
                return requiredAgentsErlangA(traffic, workload.ahtSeconds());
            }
            if (!fractionalAgents) {
                return requiredWholeAgentsErlangC(traffic, workload.ahtSeconds(),
                        minimumAgentsForOccupancy(traffic));
            }
            return requiredFractionalAgentsErlangC(traffic, workload.ahtSeconds());
        } catch (ArithmeticException e) {
            throw notComputable(e);
        }
    }

    private static IllegalArgumentException notComputable(ArithmeticException e) {
        return new IllegalArgumentException("the staffing cannot be computed for this workload (" + e.getMessage()
                + "); check the patience, the handle time and the interval length", e);
    }

    /**
     * Heads to schedule so that {@code requiredAgents} remain after shrinkage:
     * ceil(required / (1 − shrinkage)) for whole agents, the quotient itself for fractional agents.
     */
    public double scheduledHeads(double requiredAgents) {
        Checks.nonNegative("requiredAgents", requiredAgents);
        double heads = requiredAgents / (1 - shrinkage);
        if (fractionalAgents) {
            return heads;
        }
        // 14 agents at 30% shrinkage are 20 heads, although 14 / 0.7 is a hair above 20 in binary.
        return Math.ceil(heads * (1 - DECIMAL_SLACK));
    }

    /** The queue's performance with the given agents, under this calculator's model. */
    public Prediction predict(Workload workload, double agents) {
        double answerWithin = serviceLevel == null ? 0 : serviceLevel.answerWithinSeconds();
        try {
            if (usesErlangA()) {
                return ErlangA.predict(workload, wholeAgents(agents), patienceSeconds, answerWithin);
            }
            return ErlangC.predict(workload, agents, answerWithin);
        } catch (ArithmeticException e) {
            throw notComputable(e);
        }
    }

    /**
     * The agents' occupancy with the given agents, as {@code predict(workload, agents).occupancy()}; under Erlang C
     * computed without the rest of the prediction (A / N, or 1 when the agents cannot keep up).
     */
    public double occupancy(Workload workload, double agents) {
        if (usesErlangA()) {
            return predict(workload, agents).occupancy();
        }
        Checks.nonNegative("agents", agents);
        return ErlangC.occupancyOf(agents, workload.trafficErlangs());
    }

    /** Whether the given agents meet every target of this calculator for the workload. */
    public boolean meetsTargets(Workload workload, double agents) {
        if (workload.calls() == 0) {
            return true;
        }
        return meets(predict(workload, agents));
    }

    @Override
    public String toString() {
        return "StaffingCalculator[" + (serviceLevel == null ? "" : "SL " + serviceLevel + ", ")
                + (Double.isNaN(asaTargetSeconds) ? "" : "ASA " + asaTargetSeconds + " s, ")
                + (Double.isNaN(abandonmentShare) ? "" : "abandonment " + abandonmentShare + ", ")
                + "occupancy cap " + occupancyCap + ", shrinkage " + shrinkage
                + (usesErlangA() ? ", Erlang A patience " + patienceSeconds + " s" : ", Erlang C")
                + (fractionalAgents ? ", fractional" : "") + "]";
    }

    private boolean meets(Prediction p) {
        return p.stable()
                && (serviceLevel == null || p.serviceLevel() >= serviceLevel.share())
                && (Double.isNaN(asaTargetSeconds) || p.asaSeconds() <= asaTargetSeconds)
                && (Double.isNaN(abandonmentShare) || p.abandonment() <= abandonmentShare * (1 + DECIMAL_SLACK))
                && p.occupancy() <= occupancyCap * (1 + DECIMAL_SLACK);
    }

    /** Smallest whole N with A/N within the cap. */
    private int minimumAgentsForOccupancy(double traffic) {
        int agents = (int) Math.ceil(traffic / occupancyCap);
        while (agents > 1 && traffic / (agents - 1) <= occupancyCap * (1 + DECIMAL_SLACK)) {
            agents--;
        }
        while (traffic / agents > occupancyCap * (1 + DECIMAL_SLACK)) {
            agents++;
        }
        return agents;
    }

    /**
     * Walks N = ⌊A⌋ + 1, ⌊A⌋ + 2, … carrying R = 1/B forward with one multiply-add per agent and
     * the service-level decay e^(−(N − A)t/AHT) with one multiply, until the service-level and ASA
     * targets hold. Both only improve with more agents, so once they hold, the answer is that N or
     * the occupancy minimum, whichever is larger; the walk never has to go up to the occupancy
     * minimum itself.
     */
    private int requiredWholeAgentsErlangC(double traffic, double aht, int occupancyMinimum) {
        int agents = (int) Math.floor(traffic) + 1;
        double inverseTraffic = 1 / traffic;
        double r = ErlangB.inverseBlocking(agents, traffic);
        double within = serviceLevel == null ? 0 : serviceLevel.answerWithinSeconds();
        double decayPerAgent = Math.exp(-within / aht);
        double decay = Math.exp(-(agents - traffic) * within / aht);
        while (true) {
            double wait = ErlangC.waitProbability(agents, traffic, r);
            if (waitTargetsMet(wait, agents, traffic, aht, decay)
                    && waitTargetsMet(wait, agents, traffic, aht, Math.exp(-(agents - traffic) * within / aht))) {
                // The second check repeats the first with the exact exponential, so the answer
                // agrees with ErlangC.serviceLevel even when a target is met by a hair.
                return Math.max(agents, occupancyMinimum);
            }
            agents++;
            r = ErlangB.stepUp(r, agents, inverseTraffic);
            decay *= decayPerAgent;
        }
    }

    private boolean waitTargetsMet(double wait, double agents, double traffic, double aht, double decay) {
        return (serviceLevel == null || 1 - wait * decay >= serviceLevel.share())
                && (Double.isNaN(asaTargetSeconds) || wait * aht / (agents - traffic) <= asaTargetSeconds);
    }

    /**
     * Fractional agents: the service-level/ASA requirement lies between the whole-agent answer
     * (ignoring the cap) and one agent below it; bisect there on the exact formulas, then apply
     * the occupancy minimum A / cap, which is exact for fractional agents.
     */
    private double requiredFractionalAgentsErlangC(double traffic, double aht) {
        double occupancyMinimum = traffic / occupancyCap;
        int whole = requiredWholeAgentsErlangC(traffic, aht, 0);
        double pass = whole;
        double fail = Math.max(whole - 1, traffic);
        double within = serviceLevel == null ? 0 : serviceLevel.answerWithinSeconds();
        for (int i = 0; i < 200 && pass - fail > 1e-10 * pass; i++) {
            double mid = 0.5 * (pass + fail);
            double wait = ErlangC.waitProbability(mid, traffic, ErlangB.inverseBlocking(mid, traffic));
            if (mid > traffic && waitTargetsMet(wait, mid, traffic, aht, Math.exp(-(mid - traffic) * within / aht))) {
                pass = mid;
            } else {
                fail = mid;
            }
        }
        return Math.max(pass, occupancyMinimum);
    }

    /**
     * Erlang A is stable for any staffing, so the answer may lie below the traffic. Search from N
     * near A: gallop up in growing steps until the targets hold, then bisect. Every target only
     * improves with more agents. At least one agent is required as soon as calls are offered.
     */
    private int requiredAgentsErlangA(double traffic, double aht) {
        int pass;
        int fail;
        int guess = Math.max(1, (int) Math.floor(traffic));
        if (meetsErlangA(traffic, aht, guess)) {
            pass = guess;
            fail = 0;
        } else {
            fail = guess;
            int step = Math.max(1, (int) Math.sqrt(traffic));
            pass = guess + step;
            while (!meetsErlangA(traffic, aht, pass)) {
                fail = pass;
                step *= 2;
                pass += step;
            }
        }
        while (pass - fail > 1) {
            int mid = fail + (pass - fail) / 2;
            if (mid >= 1 && meetsErlangA(traffic, aht, mid)) {
                pass = mid;
            } else {
                fail = mid;
            }
        }
        return pass;
    }

    private boolean meetsErlangA(double traffic, double aht, int agents) {
        double within = serviceLevel == null ? 0 : serviceLevel.answerWithinSeconds();
        return meets(ErlangA.compute(traffic, agents, aht, patienceSeconds, within, false));
    }

    private static int wholeAgents(double agents) {
        Checks.nonNegative("agents", agents);
        if (agents != Math.rint(agents) || agents > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Erlang A needs a whole number of agents, was " + agents);
        }
        return (int) agents;
    }

    private static ServiceLevelTarget nonNull(ServiceLevelTarget target) {
        if (target == null) {
            throw new IllegalArgumentException("serviceLevelTarget must not be null");
        }
        return target;
    }
}
