package tandem.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import tandem.forecast.methods.DailyProfile;
import tandem.forecast.methods.HoltWinters;
import tandem.forecast.methods.SeasonalNaive;
import tandem.forecast.methods.WeeklyAverage;
import tandem.forecast.methods.WeeklyMedian;

/** Each method against values computed by hand. Day 0 is Monday 2027-03-01. */
class MethodsTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /** One interval per day (1,440 minutes): the daily values as given, every day usable. */
    static DaySeries daily(double... values) {
        boolean[] usable = new boolean[values.length];
        Arrays.fill(usable, true);
        return new DaySeries(MONDAY, 1440, values, usable);
    }

    /** Weeks of constant days: week k has value weeks[k] on every day. */
    static DaySeries weeks(double... weeks) {
        double[] values = new double[7 * weeks.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = weeks[i / 7];
        }
        return daily(values);
    }

    @Test
    void seasonalNaiveRepeatsLastWeekAndSkipsADayThatCannotBeLearnedFrom() {
        double[] values = new double[14];
        for (int i = 0; i < 14; i++) {
            values[i] = i + 1;
        }
        DaySeries history = daily(values);
        assertArrayEquals(new double[] { 8, 9, 10, 11, 12, 13, 14, 8 }, new SeasonalNaive().forecast(history, 8));

        boolean[] usable = new boolean[14];
        Arrays.fill(usable, true);
        usable[7] = false; // last week's Monday was a holiday: the Monday before is used
        DaySeries holiday = new DaySeries(MONDAY, 1440, values, usable);
        assertEquals(1, new SeasonalNaive().forecast(holiday, 1)[0]);
    }

    @Test
    void weeklyAverageWeighsTheLastWeeksMostRecentFirst() {
        DaySeries history = weeks(40, 20, 10);
        assertEquals(15, new WeeklyAverage(2).forecast(history, 1)[0], 1e-12);
        // (3 x 10 + 1 x 20) / 4
        assertEquals(12.5, new WeeklyAverage(3, 1).forecast(history, 1)[0], 1e-12);
        // (10 + 20 + 40) / 3
        assertEquals(70 / 3.0, new WeeklyAverage(3).forecast(history, 7)[6], 1e-12);
        assertEquals("weekly-average(3,1)", new WeeklyAverage(3, 1).id().replace(".0", ""));
    }

    @Test
    void weeklyMedianIgnoresOneOddWeek() {
        assertEquals(20, new WeeklyMedian(3).forecast(weeks(20, 500, 10), 1)[0], 1e-12);
        assertEquals(25, new WeeklyMedian(4).forecast(weeks(30, 20, 50, 10), 1)[0], 1e-12);
    }

    @Test
    void holtWintersAdditiveFollowsTheHandComputedRecursion() {
        // Week 1: 1..7 (level 4, weekly season -3..3), week 2: 2..8. alpha 0.5, no trend, season frozen:
        // levels 4.5, 4.75, 4.875, 4.9375, 4.96875, 4.984375, 4.9921875; Monday = level - 3.
        DaySeries history = daily(1, 2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6, 7, 8);
        double[] forecast = new HoltWinters(false, new double[] { 0.5, 0, 0, 0 }).forecast(history, 2);
        assertEquals(1.9921875, forecast[0], 1e-12);
        assertEquals(2.9921875, forecast[1], 1e-12);
    }

    @Test
    void holtWintersReproducesAPurelyWeeklyPatternWhetherAdditiveOrMultiplicative() {
        double[] values = new double[28 * 4];
        double[] week = new double[28];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 4 == 0 ? 0 : 10 + (i % 28)); // 6-hour intervals, one closed
        }
        System.arraycopy(values, 0, week, 0, 28);
        boolean[] usable = new boolean[28];
        Arrays.fill(usable, true);
        DaySeries history = new DaySeries(MONDAY, 360, values, usable);
        double[] additive = new HoltWinters(false).forecast(history, 7);
        double[] multiplicative = new HoltWinters(true).forecast(history, 7);
        for (int i = 0; i < 28; i++) {
            assertEquals(week[i], additive[i], 1e-6, "additive " + i);
            assertEquals(week[i], multiplicative[i], 1e-6, "multiplicative " + i);
        }
    }

    @Test
    void dailyProfileSpreadsTheForecastTotalByTheWeekdayProfile() {
        // Three weeks of days of 100 contacts, 30 in the morning and 70 in the afternoon.
        double[] values = new double[21 * 2];
        for (int d = 0; d < 21; d++) {
            values[2 * d] = 30;
            values[2 * d + 1] = 70;
        }
        boolean[] usable = new boolean[21];
        Arrays.fill(usable, true);
        double[] forecast = new DailyProfile().forecast(new DaySeries(MONDAY, 720, values, usable), 1);
        assertEquals(30, forecast[0], 1e-6);
        assertEquals(70, forecast[1], 1e-6);
    }
}
