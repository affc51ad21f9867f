package tandem.checks.alignment.staffing;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * Which intervals a campaign lifts are short of heads, with as few Erlang searches as can be:
 * <ul>
 * <li>Required heads never fall as traffic rises (for the same AHT and targets), so the heads required at the grid
 * points of traffic just below and above an interval's bound the interval's: a table of them, on a grid of
 * {@value #STEP} Erlangs computed as needed, settles every interval scheduled at least the upper bound, and every
 * interval whose bounds are equal, without searching for its own requirement.</li>
 * <li>What an interval requires depends only on its contacts (baseline plus lift), its AHT, its outbound work and
 * the plan's targets,
 * shrinkage, occupancy cap, patience and interval length: while those are the same it is taken from the last run,
 * so that after an edit of one campaign only the intervals whose lift changed are computed again.</li>
 * </ul>
 * Plans are held weakly, so closed documents are forgotten. Thread-safe.
 */
final class StaffingRequiredHeads {

    /** Grid of the table of required heads, in Erlangs of traffic. */
    static final double STEP = 0.25;

    /**
     * The lifted intervals of a plan and what they require.
     *
     * @param indexes the rows with lift, ascending
     * @param heads   the heads each requires when {@code exact}, otherwise at most (and no more than scheduled);
     *                NaN where that cannot be computed
     * @param exact   whether the heads are the interval's own requirement
     */
    record Lifted(int[] indexes, double[] heads, boolean[] exact) {

        /** Whether the interval at position {@code k} has fewer heads scheduled than it requires. */
        boolean isShort(int k, int scheduled) {
            return exact[k] && heads[k] > scheduled;
        }
    }

    /** What the requirement depends on besides the interval's contacts and AHT. */
    private record Settings(Double serviceLevelShare, double answerWithinSeconds, Double asaTargetSeconds,
            Double abandonmentTarget, double occupancyCap, double shrinkage, Double averagePatienceSeconds,
            int intervalMinutes) {

        static Settings of(StaffingPlan plan) {
            return new Settings(plan.getServiceLevelShare(), plan.getAnswerWithinSeconds(),
                    plan.getAsaTargetSeconds(), plan.getAbandonmentTarget(), plan.getOccupancyCap(),
                    plan.getShrinkage(), plan.getAveragePatienceSeconds(), plan.getIntervalMinutes());
        }
    }

    private record Memo(Settings settings, Lifted lifted, double[] contacts, double[] aht, double[] outbound) {
    }

    private final Map<StaffingPlan, Memo> memos = Collections.synchronizedMap(new WeakHashMap<>());

    /** The plan's lifted intervals (lift &gt; 0 in the forecast) and what they require. */
    Lifted of(StaffingPlan plan, StaffingForecast forecast) {
        int[] indexes = forecast.liftedIntervals();
        Settings settings = Settings.of(plan);
        Memo last = memos.get(plan);
        if (last != null && !last.settings().equals(settings)) {
            last = null;
        }
        int count = indexes.length;
        double[] contacts = new double[count];
        double[] aht = new double[count];
        double[] outbound = new double[count];
        double[] heads = new double[count];
        boolean[] exact = new boolean[count];
        Ceilings ceilings = new Ceilings(plan);
        int m = 0;
        for (int k = 0; k < count; k++) {
            int i = indexes[k];
            StaffingInterval row = plan.getIntervals().get(i);
            contacts[k] = row.getBaseline() + forecast.liftOf(i);
            aht[k] = StaffingPlans.ahtSecondsOf(row, plan);
            outbound[k] = forecast.outboundSecondsOf(i);
            int scheduled = forecast.scheduledHeads(i);
            if (forecast.scheduled().fromSchedule(i)) {
                // Heads from a roster's schedule carry only unplanned shrinkage: the tables (made with the plan's
                // single shrinkage) do not apply, so the interval's own requirement is computed.
                heads[k] = forecast.requiredHeads(i);
                exact[k] = true;
                continue;
            }
            while (last != null && m < last.lifted().indexes().length && last.lifted().indexes()[m] < i) {
                m++;
            }
            boolean known = last != null && m < last.lifted().indexes().length && last.lifted().indexes()[m] == i
                    && last.contacts()[m] == contacts[k] && last.aht()[m] == aht[k]
                    && last.outbound()[m] == outbound[k];
            if (known && (last.lifted().exact()[m] || last.lifted().heads()[m] <= scheduled)) {
                heads[k] = last.lifted().heads()[m];
                exact[k] = last.lifted().exact()[m];
                continue;
            }
            if (outbound[k] > 0) {
                // Outbound work adds agents on top of the inbound requirement: the table of inbound heads cannot
                // bound the sum after shrinkage's rounding, so the interval's own requirement is computed.
                heads[k] = forecast.requiredHeads(i);
                exact[k] = true;
                continue;
            }
            double[] bounds = ceilings.bounds(contacts[k], aht[k]);
            if (bounds[1] <= scheduled) {
                heads[k] = bounds[1];
            } else {
                // Between two grid points that require the same heads, the interval requires them too.
                boolean squeezed = bounds[0] == bounds[1] && Double.isFinite(bounds[1]);
                heads[k] = squeezed ? bounds[1] : forecast.requiredHeads(i);
                exact[k] = true;
            }
        }
        Lifted lifted = new Lifted(indexes, heads, exact);
        memos.put(plan, new Memo(settings, lifted, contacts, aht, outbound));
        return lifted;
    }

    /** The tables of required heads of one plan, one per AHT. */
    private static final class Ceilings {
        private final StaffingCalculator calculator;
        private final double intervalSeconds;
        private final Map<Double, double[]> byAht = new HashMap<>();
        private double lastAht = Double.NaN;
        private double[] lastTable;

        Ceilings(StaffingPlan plan) {
            StaffingCalculator built;
            try {
                built = StaffingForecast.calculatorFor(plan);
            } catch (IllegalArgumentException e) {
                built = null;
            }
            calculator = built;
            intervalSeconds = plan.getIntervalMinutes() * 60.0;
        }

        /**
         * The heads required at the grid points just below and above the contacts' traffic at the AHT: at least the
         * first and at most the second are required for the contacts. {0, +∞} when no bounds are known.
         */
        double[] bounds(double contacts, double aht) {
            double[] none = { 0, Double.POSITIVE_INFINITY };
            if (calculator == null || !(contacts >= 0 && aht > 0 && intervalSeconds > 0)
                    || Double.isInfinite(contacts) || Double.isInfinite(aht)) {
                return none;
            }
            double traffic = contacts * aht / intervalSeconds;
            long point = (long) Math.floor(traffic / STEP) + 1;
            if (point > 100_000) {
                return none;
            }
            double[] table = aht == lastAht ? lastTable : byAht.computeIfAbsent(aht, a -> new double[0]);
            if (point >= table.length) {
                int length = (int) Math.max(point + 1, 2L * table.length);
                double[] larger = Arrays.copyOf(table, length);
                Arrays.fill(larger, table.length, length, Double.NaN);
                table = larger;
                byAht.put(aht, table);
            }
            lastAht = aht;
            lastTable = table;
            int above = (int) point;
            if (Double.isNaN(table[above])) {
                table[above] = headsAt(above, aht);
            }
            if (Double.isNaN(table[above - 1])) {
                table[above - 1] = headsAt(above - 1, aht);
            }
            double lower = traffic(above - 1, aht) <= traffic ? table[above - 1] : 0;
            double upper = traffic(above, aht) >= traffic ? table[above] : Double.POSITIVE_INFINITY;
            return new double[] { lower, upper };
        }

        private double traffic(int point, double aht) {
            return point * STEP * intervalSeconds / aht * aht / intervalSeconds;
        }

        /** The heads required at a grid point, +∞ if they cannot be computed. */
        private double headsAt(int point, double aht) {
            try {
                return calculator.scheduledHeads(calculator.requiredAgents(
                        new Workload(point * STEP * intervalSeconds / aht, intervalSeconds, aht)));
            } catch (IllegalArgumentException e) {
                return Double.POSITIVE_INFINITY;
            }
        }
    }
}
