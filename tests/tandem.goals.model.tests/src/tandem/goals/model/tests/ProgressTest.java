package tandem.goals.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.Metric;
import tandem.goals.model.progress.GoalProgress;
import tandem.goals.model.progress.MonthScale;
import tandem.goals.model.progress.TrackStatus;
import tandem.goals.model.progress.Trend;

/**
 * Progress, trend and on-track on hand-worked readings. Readings 70, 71 and 75 on the first of January, February
 * and March sit at months 0, 1 and 2 (mean 1, mean value 72): the least-squares slope is
 * ((-1)(-2) + 0 + (1)(3)) / ((-1)^2 + 0 + 1^2) = 5 / 2 = 2.5 a month, through 72 - 2.5 = 69.5 at month 0. On 1 July
 * (month 6) the trend stands at 69.5 + 6 x 2.5 = 84.5.
 */
class ProgressTest {

    private static final double EXACT = 1e-9;

    private final Goal goal = Goals.billingFcr();

    private void readJanuaryToMarch() {
        Goals.reading(goal, LocalDate.of(2026, 1, 1), 70);
        Goals.reading(goal, LocalDate.of(2026, 2, 1), 71);
        Goals.reading(goal, LocalDate.of(2026, 3, 1), 75);
    }

    @Test
    void theTrendIsTheLeastSquaresLineInUnitsPerMonth() {
        readJanuaryToMarch();
        Trend trend = Trend.of(goal.getReadings()).orElseThrow();
        assertEquals(2.5, trend.slopePerMonth(), EXACT);
        assertEquals(69.5, trend.intercept(), EXACT);
        assertEquals(84.5, trend.valueAt(LocalDate.of(2026, 7, 1)), EXACT);
    }

    @Test
    void aTrendThatFallsShortOfTheTargetAtTheDeadlineIsOffTrack() {
        readJanuaryToMarch();
        goal.setTarget(85.0);
        assertEquals(TrackStatus.OFF_TRACK, GoalProgress.status(goal), "84.5 by 1 July misses 85");
        goal.setTarget(84.0);
        assertEquals(TrackStatus.ON_TRACK, GoalProgress.status(goal), "84.5 by 1 July reaches 84");
        assertEquals(84.5, GoalProgress.projection(goal).orElseThrow().value(), EXACT);
    }

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        readJanuaryToMarch();
        assertEquals(0.5, GoalProgress.shareOfTheWay(goal).getAsDouble(), EXACT, "75 is half way from 70 to 80");
        assertEquals("50% of the way from 70 to 80. Trend +2.5 a month, 84.5 by 2026-07-01: on track.",
                GoalProgress.summary(goal));
    }

    @Test
    void forAMetricToLowerOnTrackMeansAtOrBelowTheTarget() {
        goal.setMetric(Metric.AVERAGE_HANDLE_TIME);
        goal.setDirection(Direction.LOWER);
        goal.setBaseline(400.0);
        goal.setTarget(360.0);
        Goals.reading(goal, LocalDate.of(2026, 1, 1), 400);
        Goals.reading(goal, LocalDate.of(2026, 2, 1), 390);
        Goals.reading(goal, LocalDate.of(2026, 3, 1), 380);
        assertEquals(-10, Trend.of(goal.getReadings()).orElseThrow().slopePerMonth(), EXACT);
        assertEquals(TrackStatus.ON_TRACK, GoalProgress.status(goal), "340 seconds by 1 July beats 360");
        assertEquals(0.5, GoalProgress.shareOfTheWay(goal).getAsDouble(), EXACT, "380 is half way from 400 to 360");
        goal.setTarget(330.0);
        assertEquals(TrackStatus.OFF_TRACK, GoalProgress.status(goal));
    }

    @Test
    void daysCountAsTheShareOfTheirMonth() {
        assertEquals(2.0, MonthScale.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)), EXACT,
                "January and February, whatever their lengths");
        assertEquals(15.0 / 31, MonthScale.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 16)), EXACT);
        Goals.reading(goal, LocalDate.of(2026, 1, 1), 70);
        Goals.reading(goal, LocalDate.of(2026, 1, 16), 71);
        assertEquals(31.0 / 15, Trend.of(goal.getReadings()).orElseThrow().slopePerMonth(), EXACT,
                "1 point in 15/31 of a month");
    }

    @Test
    void oneReadingShowsNoTrend() {
        Goals.reading(goal, LocalDate.of(2026, 2, 1), 72);
        assertTrue(Trend.of(goal.getReadings()).isEmpty());
        assertEquals(TrackStatus.UNKNOWN, GoalProgress.status(goal));
        assertEquals(0.2, GoalProgress.shareOfTheWay(goal).getAsDouble(), EXACT);
        assertFalse(GoalProgress.projection(goal).isPresent());
    }
}
