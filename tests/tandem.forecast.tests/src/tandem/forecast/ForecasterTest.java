package tandem.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.forecast.methods.SeasonalNaive;

/** Backtest accuracy, automatic selection, closed days, campaign lift and prediction intervals. */
class ForecasterTest {

    static final LocalDate MONDAY = MethodsTest.MONDAY;

    @Test
    void backtestReportsWmapeAndBiasOfTheLastWeeksByHand() throws ForecastException {
        // Weeks of constant days 5, 10, 12, 9. From the origin before week 3, weeks 3 and 4 are forecast as week 2
        // (10, 10 against 12, 9); from the origin before week 4, week 4 as week 3 (12 against 9). The origins
        // before weeks 1 and 2 have less than two weeks of history and are skipped.
        DaySeries history = MethodsTest.weeks(5, 10, 12, 9);
        QueueForecast forecast = Forecaster.forecast("Billing", history, MONDAY.plusDays(28), MONDAY.plusDays(28),
                new SeasonalNaive(), OpenHours.ALWAYS, DayLift.NONE);
        Accuracy accuracy = forecast.accuracy();
        assertEquals("seasonal-naive", accuracy.method());
        assertEquals((2 + 1 + 3) / (12 + 9 + 9.0), accuracy.intervalWmape(), 1e-12);
        assertEquals((-2 + 1 + 3) / (12 + 9 + 9.0), accuracy.intervalBias(), 1e-12);
        assertEquals((2 + 1 + 3) / (12 + 9 + 9.0), accuracy.dayWmape(), 1e-12);
        assertEquals(List.of(new IntervalForecast(MONDAY.plusDays(28).atStartOfDay(), 9, 9 + bandLow(9), 9
                + bandHigh(9))).get(0).start(), forecast.rows().get(0).start());
        assertEquals(9, forecast.rows().get(0).forecast(), 1e-12);
        assertTrue(forecast.accuracies().size() > 5, "every candidate's accuracy is reported");
    }

    @Test
    void fittedValuesAreTheChosenMethodsOneWeekAheadBacktestForecasts() throws ForecastException {
        // As above: week 3 is forecast from the origin before it as week 2 (10), week 4 from its own as week 3 (12);
        // weeks 1 and 2 have no origin with two weeks of history before them.
        DaySeries history = MethodsTest.weeks(5, 10, 12, 9);
        QueueForecast forecast = Forecaster.forecast("Billing", history, MONDAY.plusDays(28), MONDAY.plusDays(28),
                new SeasonalNaive(), OpenHours.ALWAYS, DayLift.NONE);
        List<Fitted> fitted = forecast.fitted();
        assertEquals(14 * history.slots(), fitted.size());
        assertEquals(MONDAY.plusDays(14).atStartOfDay(), fitted.get(0).start());
        for (Fitted value : fitted) {
            boolean third = value.start().toLocalDate().isBefore(MONDAY.plusDays(21));
            assertEquals(third ? 10 : 12, value.value(), 1e-12, value.toString());
        }
    }

    private static double bandLow(double f) {
        return -1.2816 * Math.sqrt(f);
    }

    private static double bandHigh(double f) {
        return 1.2816 * Math.sqrt(f);
    }

    @Test
    void automaticSelectionAveragesTheThreeCandidatesWithTheLowestBacktestWmape() throws ForecastException {
        // A stable weekly shape with one wild week: medians resist it, the four-week average does not.
        double[] weeks = { 50, 50, 50, 50, 400, 50, 50, 50 };
        DaySeries history = MethodsTest.weeks(weeks);
        QueueForecast forecast = Forecaster.forecast("Billing", history, MONDAY.plusDays(56), MONDAY.plusDays(62),
                null, OpenHours.ALWAYS, DayLift.NONE);
        List<String> best = forecast.accuracies().subList(1, forecast.accuracies().size()).stream()
                .sorted(java.util.Comparator.comparingDouble(Accuracy::intervalWmape)).limit(3)
                .map(Accuracy::method).toList();
        assertEquals("mean(" + String.join(", ", best) + ")", forecast.method());
        assertTrue(forecast.accuracy().measured(), "the combination is backtested too");
        assertTrue(forecast.rows().get(0).forecast() < 60, "the wild week is not forecast: " + forecast.rows());
    }

    @Test
    void tooShortAHistoryIsRefusedSayingWhatIsNeeded() {
        DaySeries history = MethodsTest.daily(new double[13]);
        ForecastException e = assertThrows(ForecastException.class, () -> Forecaster.forecast("Billing", history,
                MONDAY.plusDays(13), MONDAY.plusDays(20), null, OpenHours.ALWAYS, DayLift.NONE));
        assertEquals("Billing: the history before 2027-03-14 has 13 usable days (2027-03-01 to 2027-03-13); a "
                + "forecast needs at least two weeks (14 days) of history", e.getMessage());
    }

    @Test
    void closedDaysAreNeitherLearnedFromNorForecast() throws ForecastException {
        LocalDate holidayInHistory = MONDAY.plusDays(14);
        LocalDate holidayAhead = MONDAY.plusDays(22);
        OpenHours hours = new OpenHours() {
            @Override
            public boolean isOpen(LocalDateTime start) {
                return !isClosedDay(start.toLocalDate());
            }

            @Override
            public boolean isClosedDay(LocalDate day) {
                return day.equals(holidayInHistory) || day.equals(holidayAhead);
            }
        };
        double[] values = new double[21];
        Arrays.fill(values, 10);
        values[14] = 0; // the holiday's (empty) row
        values[7] = 20; // the Monday before it
        QueueForecast forecast = Forecaster.forecast("Billing", MethodsTest.daily(values), MONDAY.plusDays(21),
                MONDAY.plusDays(22), new SeasonalNaive(), hours, DayLift.NONE);
        assertEquals(1, forecast.rows().size(), "no row on the holiday ahead");
        assertEquals(20, forecast.rows().get(0).forecast(), 1e-12, "the holiday Monday is not last week's Monday");
        assertTrue(forecast.notes().get(0).startsWith("1 closed days"), forecast.notes().toString());
    }

    @Test
    void pastCampaignLiftIsRemovedAndFutureLiftAdded() throws ForecastException {
        double[] values = new double[14];
        Arrays.fill(values, 100);
        values[7] = 150; // last Monday, 50 of them from a promotion
        LocalDate promotion = MONDAY.plusDays(7);
        LocalDate next = MONDAY.plusDays(15);
        DayLift lift = day -> day.equals(promotion) ? 50 : day.equals(next) ? 30 : 0;
        QueueForecast forecast = Forecaster.forecast("Billing", MethodsTest.daily(values), MONDAY.plusDays(14),
                MONDAY.plusDays(15), new SeasonalNaive(), OpenHours.ALWAYS, lift);
        assertEquals(100, forecast.rows().get(0).forecast(), 1e-9, "the promotion does not inflate next Monday");
        assertEquals(130, forecast.rows().get(1).forecast(), 1e-9, "this Tuesday's campaign adds its lift");
        assertTrue(forecast.notes().contains("past campaign lift removed from the history: 50 contacts on 1 days"),
                forecast.notes().toString());
    }

    @Test
    void everyIntervalCarriesAnEightyPercentBandAroundItsForecast() throws ForecastException {
        double[] values = new double[56 * 4];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = 20 + 10 * (i % 4) + random.nextInt(9) - 4;
        }
        boolean[] usable = new boolean[56];
        Arrays.fill(usable, true);
        DaySeries history = new DaySeries(MONDAY, 360, values, usable);
        QueueForecast forecast = Forecaster.forecast("Billing", history, MONDAY.plusDays(56), MONDAY.plusDays(62),
                null, OpenHours.ALWAYS, DayLift.NONE);
        assertEquals(28, forecast.rows().size());
        for (IntervalForecast row : forecast.rows()) {
            assertTrue(row.lower() <= row.forecast() && row.forecast() <= row.upper(), row.toString());
            assertTrue(row.upper() > row.lower(), row.toString());
        }
    }

    @Test
    void eightyPercentBandsHoldAboutEightyPercentOfActualsFourWeeksAhead() throws ForecastException {
        // Queues with known noise (drifting level, day shocks, Poisson scatter), 16 weeks learned, 4 forecast: the
        // bands held 77.7% when their quantiles ignored that the backtest has only a few dozen independent days.
        double coverage = tandem.forecast.bench.SyntheticCoverage.coverage(20, null);
        assertTrue(coverage >= 0.785 && coverage <= 0.84, "coverage " + coverage);
    }
}
