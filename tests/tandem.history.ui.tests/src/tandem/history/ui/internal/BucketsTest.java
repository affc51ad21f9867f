package tandem.history.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import tandem.core.rows.RowTable;

/** Summing history per bucket, worked out by hand. */
class BucketsTest {

    private static int minute(String time) {
        return RowTable.epochMinute(LocalDateTime.parse(time));
    }

    @Test
    void theFinestBucketThatFitsTheWidthIsChosen() {
        assertEquals(15, Buckets.choose(Buckets.DAY, 15, 300), "a day is 96 quarter hours");
        assertEquals(Buckets.HOUR, Buckets.choose(7 * Buckets.DAY, 15, 300), "a week is 168 hours");
        assertEquals(Buckets.DAY, Buckets.choose(365 * Buckets.DAY, 15, 400));
        assertEquals(Buckets.WEEK, Buckets.choose(3 * 365 * Buckets.DAY, 15, 300), "three years: 157 weeks");
        assertEquals(Buckets.HOUR, Buckets.choose(Buckets.DAY, 60, 300), "never finer than the history");
    }

    @Test
    void weeksStartOnMonday() {
        // Sunday 2027-03-07 belongs to the week of Monday 2027-03-01.
        assertEquals(minute("2027-03-01T00:00"), Buckets.start(minute("2027-03-07T23:45"), Buckets.WEEK));
        assertEquals(minute("2027-03-08T00:00"), Buckets.start(minute("2027-03-08T00:00"), Buckets.WEEK));
        assertEquals(minute("2027-03-07T00:00"), Buckets.start(minute("2027-03-07T23:45"), Buckets.DAY));
    }

    @Test
    void valuesAreSummedPerBucketWithinTheRange() {
        int[] starts = { minute("2027-03-01T08:00"), minute("2027-03-01T08:15"), minute("2027-03-01T09:00"),
                minute("2027-03-02T08:00"), minute("2027-03-03T08:00") };
        double[] values = { 1, 2, 4, 8, 16 };
        double[][] hours = Buckets.sum(starts, values, Buckets.HOUR, minute("2027-03-01T00:00"),
                minute("2027-03-03T00:00"));
        assertArrayEquals(new double[] { minute("2027-03-01T08:00"), minute("2027-03-01T09:00"),
                minute("2027-03-02T08:00") }, hours[0]);
        assertArrayEquals(new double[] { 3, 4, 8 }, hours[1]);
        double[][] days = Buckets.sum(starts, values, Buckets.DAY, minute("2027-03-01T08:15"),
                minute("2027-03-09T00:00"));
        assertArrayEquals(new double[] { 6, 8, 16 }, days[1], "the 08:00 row is before the range");
    }
}
