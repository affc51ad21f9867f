package tandem.checks.alignment;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * The heads required by the intervals a campaign lifts, remembered per plan from one run of the check to the next.
 * An interval's requirement depends only on its contacts (baseline plus lift), its AHT and the plan's targets,
 * shrinkage, occupancy cap, patience and interval length; while those are the same it is taken from the last run
 * instead of being searched for again with Erlang. After an edit of one campaign the re-check thus computes only the
 * intervals whose lift changed. Plans are held weakly, so closed documents are forgotten. Thread-safe.
 */
final class StaffingRequiredHeads {

    /**
     * The lifted intervals of a plan and their required heads.
     *
     * @param indexes the rows with lift, ascending
     * @param heads   the heads each requires, NaN where that cannot be computed
     */
    record Lifted(int[] indexes, double[] heads) {
    }

    /** What the requirement depends on besides the interval's contacts and AHT. */
    private record Settings(Double serviceLevelShare, double answerWithinSeconds, Double asaTargetSeconds,
            double occupancyCap, double shrinkage, Double averagePatienceSeconds, int intervalMinutes) {

        static Settings of(StaffingPlan plan) {
            return new Settings(plan.getServiceLevelShare(), plan.getAnswerWithinSeconds(),
                    plan.getAsaTargetSeconds(), plan.getOccupancyCap(), plan.getShrinkage(),
                    plan.getAveragePatienceSeconds(), plan.getIntervalMinutes());
        }
    }

    private record Memo(Settings settings, int[] indexes, double[] contacts, double[] aht, double[] heads) {
    }

    private final Map<StaffingPlan, Memo> memos = Collections.synchronizedMap(new WeakHashMap<>());

    /** The plan's lifted intervals (lift &gt; 0 in the forecast) with their required heads. */
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
        double[] heads = new double[count];
        int m = 0;
        for (int k = 0; k < count; k++) {
            int i = indexes[k];
            StaffingInterval row = plan.getIntervals().get(i);
            contacts[k] = row.getBaseline() + forecast.liftOf(i);
            aht[k] = StaffingPlans.ahtSecondsOf(row, plan);
            while (last != null && m < last.indexes().length && last.indexes()[m] < i) {
                m++;
            }
            boolean known = last != null && m < last.indexes().length && last.indexes()[m] == i
                    && last.contacts()[m] == contacts[k] && last.aht()[m] == aht[k];
            heads[k] = known ? last.heads()[m] : forecast.requiredHeads(i);
        }
        memos.put(plan, new Memo(settings, indexes, contacts, aht, heads));
        return new Lifted(indexes, heads);
    }
}
