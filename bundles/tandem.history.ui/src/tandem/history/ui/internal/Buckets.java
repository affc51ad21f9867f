package tandem.history.ui.internal;

import java.util.Arrays;

/**
 * Sums values per time bucket so that a chart draws no more points than its width can show: years of 15-minute
 * history become days or weeks, a day stays in intervals. Times are minutes since 1970-01-01T00:00 (local time, as
 * the history's rows keep them).
 */
final class Buckets {

    static final int HOUR = 60;
    static final int DAY = 1440;
    static final int WEEK = 7 * DAY;
    /** 1970-01-01 was a Thursday: weeks start on the Monday three days before. */
    private static final int MONDAY_OFFSET = -3 * DAY;

    private Buckets() {
    }

    /**
     * The finest bucket (the history's interval, an hour, a day or a week) that shows the range in at most
     * {@code maxPoints} points.
     */
    static int choose(long rangeMinutes, int intervalMinutes, int maxPoints) {
        int[] sizes = { intervalMinutes, HOUR, DAY, WEEK };
        for (int size : sizes) {
            if (size >= intervalMinutes && rangeMinutes / size <= Math.max(1, maxPoints)) {
                return size;
            }
        }
        return WEEK;
    }

    /** The start of the bucket a minute falls into; weeks start on Mondays. */
    static int start(int minute, int bucket) {
        int offset = bucket == WEEK ? MONDAY_OFFSET : 0;
        return Math.floorDiv(minute - offset, bucket) * bucket + offset;
    }

    /**
     * The sums of the values whose start lies in [from, to), per bucket, in time order.
     *
     * @param starts ascending starts
     * @return per bucket with at least one value: {bucket start, sum}
     */
    static double[][] sum(int[] starts, double[] values, int bucket, int from, int to) {
        int first = lowerBound(starts, from);
        int last = lowerBound(starts, to);
        double[] times = new double[Math.max(0, last - first)];
        double[] sums = new double[times.length];
        int n = 0;
        int current = Integer.MIN_VALUE;
        for (int i = first; i < last; i++) {
            int b = start(starts[i], bucket);
            if (n == 0 || b != current) {
                current = b;
                times[n] = b;
                n++;
            }
            sums[n - 1] += values[i];
        }
        return new double[][] { Arrays.copyOf(times, n), Arrays.copyOf(sums, n) };
    }

    /** The first index whose start is at or after the minute. */
    static int lowerBound(int[] starts, int minute) {
        int index = Arrays.binarySearch(starts, minute);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && starts[index - 1] == minute) {
            index--;
        }
        return index;
    }

    /** How a bucket is named on the value axis. */
    static String label(int bucket) {
        return switch (bucket) {
        case HOUR -> "Contacts per hour";
        case DAY -> "Contacts per day";
        case WEEK -> "Contacts per week";
        default -> "Contacts per " + bucket + " minutes";
        };
    }
}
