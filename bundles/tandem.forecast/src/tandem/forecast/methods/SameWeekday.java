package tandem.forecast.methods;

import java.util.ArrayList;
import java.util.List;

import tandem.forecast.DaySeries;

/** Finds the most recent usable days of a weekday, the ground of the weekly methods. */
final class SameWeekday {

    /** How far back to look for usable days of a weekday, in weeks, beyond the number wanted. */
    private static final int SLACK_WEEKS = 8;

    private SameWeekday() {
    }

    /**
     * The indexes of up to {@code count} most recent usable days of the weekday of day {@code target} (a day after
     * the series), most recent first.
     */
    static List<Integer> recent(DaySeries history, int target, int count) {
        List<Integer> days = new ArrayList<>(count);
        int last = history.days() - 1;
        int candidate = target - 7 * (int) Math.ceil((target - last) / 7.0);
        int oldest = Math.max(0, candidate - 7 * (count + SLACK_WEEKS));
        for (int d = candidate; d >= oldest && days.size() < count; d -= 7) {
            if (d <= last && history.usable(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
