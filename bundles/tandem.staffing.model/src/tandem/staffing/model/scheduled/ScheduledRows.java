package tandem.staffing.model.scheduled;

/**
 * What a schedule says about a staffing plan's rows.
 *
 * @param source  the schedule's name, for notes such as "from roster Spring week"
 * @param heads   per row of the plan: the heads on the plan's queue for the whole interval (agents on shift less
 *                those in breaks, lunch, meetings or training), or -1 where the schedule does not cover the row
 * @param planned per row: the share of the scheduled time on the queue spent in breaks, lunch, meetings and
 *                training (planned shrinkage), NaN where no one is scheduled or the row is not covered
 * @param onShift per row: the heads on shift on the queue, activities included (a fraction for part of the
 *                interval), 0 where the row is not covered; the weight of the row's planned shrinkage
 */
public record ScheduledRows(String source, int[] heads, double[] planned, double[] onShift) {

    /** Whether the schedule covers the row. */
    public boolean covers(int index) {
        return index >= 0 && index < heads.length && heads[index] >= 0;
    }
}
