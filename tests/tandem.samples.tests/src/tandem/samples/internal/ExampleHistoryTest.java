package tandem.samples.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;
import tandem.core.rows.RowTable;
import tandem.forecast.CampaignLifts;
import tandem.forecast.DayLift;
import tandem.forecast.ForecastException;
import tandem.forecast.Forecaster;
import tandem.forecast.HistoryForecasts;
import tandem.forecast.IntervalForecast;
import tandem.forecast.QueueForecast;
import tandem.forecast.StaffingBaselines;
import tandem.forecast.methods.ForecastMethod;
import tandem.history.model.ContactHistory;
import tandem.history.model.rows.HistoryRows;
import tandem.samples.SamplePlans;

/**
 * The example's year of contact history: every queue has one, shaped like its staffing plan, zero on holidays, with
 * last autumn's promotion in it by about its modelled lift; and a forecast made as the staffing plan's Forecast
 * action makes it is not inflated by that promotion, where one that kept the lift would be.
 */
class ExampleHistoryTest {

    private static final LocalDate CAMPAIGN_FIRST = SpringCalendar.LAST_AUTUMN_LAUNCH;
    private static final LocalDate CAMPAIGN_LAST = LocalDate.of(2026, 12, 12);

    @TempDir
    static Path folder;
    private static ContactHistory history;
    private static HistoryRows rows;
    private static List<Campaign> campaigns;

    /** The same year written from a calendar without the past promotion: what the queues had without it. */
    private static HistoryRows withoutPromotion;

    @BeforeAll
    static void writeTheExample() throws Exception {
        long started = System.nanoTime();
        SamplePlans.writeTo(folder);
        System.out.printf(Locale.ROOT, "The example is written in %d ms; %s is %,d bytes%n",
                (System.nanoTime() - started) / 1_000_000, SamplePlans.HISTORY_FILE,
                Files.size(folder.resolve(SamplePlans.HISTORY_FILE)));
        var set = PlanDocuments.createResourceSet();
        Resource document = PlanDocuments.load(set, URI.createFileURI(
                folder.resolve(SamplePlans.HISTORY_FILE).toAbsolutePath().toString()));
        history = (ContactHistory) document.getContents().get(0);
        rows = HistoryRows.of(history);
        Resource calendar = PlanDocuments.load(set, URI.createFileURI(
                folder.resolve(SamplePlans.CALENDAR_FILE).toAbsolutePath().toString()));
        campaigns = List.copyOf(((CampaignCalendar) calendar.getContents().get(0)).getCampaigns());

        MeadowlarkSetup setup = new MeadowlarkSetup();
        SpringCalendar spring = new SpringCalendar(setup);
        assertTrue(spring.calendar.getCampaigns().remove(spring.lastAutumn));
        withoutPromotion = HistoryRows.of(new YearOfHistory(setup, spring).history);
    }

    @Test
    void everyQueueHasAYearOfHalfHoursUpToTheDayBeforeTheStory() {
        assertEquals(List.of("Billing", "General", "Sales", "Technical Support"), rows.queues());
        assertEquals(30, rows.intervalMinutes());
        ContactCenter center = history.getContactCenter();
        assertEquals("Meadowlark Mobile", center.getName(), "the history belongs to the example's setup");
        for (String queue : rows.queues()) {
            HistoryRows.Series series = rows.series(queue);
            assertEquals(LocalDate.of(2026, 2, 16), series.firstDay(), queue);
            assertEquals(SamplePlans.AS_OF.minusDays(2), series.lastDay(), queue + ": the last Saturday before");
            // 24 half hours a weekday, 10 on Saturdays, none on Sundays, 52 weeks
            assertEquals(52 * (5 * 24 + 10), series.size(), queue);
        }
    }

    @Test
    void followsTheQueuesShapeAndIsZeroOnHolidays() {
        HistoryRows.Series general = rows.series("General");
        double monday = 0;
        double friday = 0;
        double morning = 0;
        double evening = 0;
        for (int i = 0; i < general.size(); i++) {
            LocalDateTime start = general.start(i);
            LocalDate day = start.toLocalDate();
            if (day.equals(LocalDate.of(2026, 5, 25)) || day.equals(LocalDate.of(2026, 11, 26))
                    || day.equals(LocalDate.of(2027, 1, 1))) {
                assertEquals(0, general.offered()[i], "closed on the holiday: " + start);
            }
            monday += day.getDayOfWeek() == DayOfWeek.MONDAY ? general.offered()[i] : 0;
            friday += day.getDayOfWeek() == DayOfWeek.FRIDAY ? general.offered()[i] : 0;
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                morning += start.getHour() == 10 ? general.offered()[i] : 0;
                evening += start.getHour() == 19 ? general.offered()[i] : 0;
            }
        }
        assertTrue(monday > 1.15 * friday, "Mondays are busiest: " + monday + " against " + friday);
        assertTrue(morning > 2.5 * evening, "late morning is busy, the evening quiet: " + morning + ", " + evening);
        // an average weekday of General is about 1,300 contacts
        double perWeekday = (total(general, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5)) / 5);
        assertTrue(perWeekday > 1_150 && perWeekday < 1_400, "a June weekday of General: " + perWeekday);
    }

    @Test
    void thePastPromotionLiftsSalesAndSupportByAboutItsModelledLift() {
        DailyLift modelled = ContactLift.of(campaigns, CAMPAIGN_FIRST.minusWeeks(1), CAMPAIGN_LAST.plusWeeks(1));
        ContactCenter center = history.getContactCenter();
        double lifted = 0;
        for (String name : List.of("Sales", "Technical Support", "General", "Billing")) {
            Queue queue = queue(center, name);
            double lift = modelled.byDay(queue).values().stream().mapToDouble(Double::doubleValue).sum();
            double actual = total(rows.series(name), CAMPAIGN_FIRST, CAMPAIGN_LAST);
            double baseline = total(withoutPromotion.series(name), CAMPAIGN_FIRST, CAMPAIGN_LAST);
            String what = String.format(Locale.ROOT, "%s: %.0f contacts in the weeks of the promotion, %.0f without"
                    + " it, modelled lift %.0f", name, actual, baseline, lift);
            System.out.println(what);
            assertEquals(lift, actual - baseline, 0.03 * lift + 40, what);
            if (name.equals("Sales") || name.equals("Technical Support")) {
                assertTrue(lift > 0.15 * baseline, "a lift one can see: " + what);
                lifted += lift;
            } else {
                assertEquals(0, lift, what);
            }
            for (LocalDate day = CAMPAIGN_FIRST; !day.isAfter(CAMPAIGN_LAST); day = day.plusDays(1)) {
                double dayLift = modelled.contacts(queue, day);
                double difference = total(rows.series(name), day, day) - total(withoutPromotion.series(name), day, day);
                assertEquals(dayLift, difference, 0.1 * dayLift + 25, name + " on " + day);
            }
        }
        assertTrue(lifted > 5_000, "the promotion brought thousands of contacts: " + lifted);
    }

    /**
     * The staffing plan's Forecast action forecasts 2027 from the history before it, the past lift taken out: the
     * same weeks a year later are forecast as the history without the promotion forecasts them, not as busy as the
     * promotion made them. A method that learns from the last eight weeks, the promotion's among them, shows what
     * keeping the lift would do.
     */
    @Test
    void theForecastOfTheSameWeeksNextYearIsNotInflatedByThePromotion() throws ForecastException {
        Queue sales = queue(history.getContactCenter(), "Sales");
        LocalDate from = LocalDate.of(2027, 1, 1);
        LocalDate to = LocalDate.of(2027, 12, 31);
        DayLift lift = StaffingBaselines.pastOnly(
                CampaignLifts.of(ContactLift.of(campaigns, rows.series("Sales").firstDay(), to), sales), from);
        LocalDate first = CAMPAIGN_FIRST.plusYears(1).with(DayOfWeek.MONDAY);
        LocalDate last = first.plusWeeks(4).minusDays(2);
        double lastYear = total(rows.series("Sales"), CAMPAIGN_FIRST, CAMPAIGN_LAST);
        double lastYearWithout = total(withoutPromotion.series("Sales"), CAMPAIGN_FIRST, CAMPAIGN_LAST);
        for (ForecastMethod method : java.util.Arrays.asList(null, Forecaster.method("weekly-average", 8))) {
            QueueForecast cleaned = forecast(rows, sales, from, to, method, lift);
            double cleanedWeeks = total(cleaned, first, last);
            double cleanWeeks = total(forecast(withoutPromotion, sales, from, to, method, DayLift.NONE), first, last);
            double keptWeeks = total(forecast(rows, sales, from, to, method, DayLift.NONE), first, last);
            String what = String.format(Locale.ROOT, "Sales, %s to %s by %s: %.0f forecast with the past lift taken"
                    + " out, %.0f from a history without the promotion, %.0f with the lift kept; %s to %s had %.0f"
                    + " (%.0f without the promotion); notes %s", first, last, cleaned.method(), cleanedWeeks,
                    cleanWeeks, keptWeeks, CAMPAIGN_FIRST, CAMPAIGN_LAST, lastYear, lastYearWithout, cleaned.notes());
            System.out.println(what);
            assertTrue(cleaned.notes().stream().anyMatch(n -> n.startsWith("past campaign lift removed")), what);
            assertEquals(cleanWeeks, cleanedWeeks, 0.03 * cleanWeeks, "as if there had been no promotion: " + what);
            assertTrue(cleanedWeeks < lastYear - 0.5 * (lastYear - lastYearWithout), "below last year's lifted"
                    + " weeks: " + what);
            if (method != null) {
                assertTrue(keptWeeks > cleanedWeeks * 1.08, "keeping the lift would inflate it: " + what);
            }
        }
    }

    private static QueueForecast forecast(HistoryRows history, Queue queue, LocalDate from, LocalDate to,
            ForecastMethod method, DayLift lift) throws ForecastException {
        return Forecaster.forecast(queue.getName(), HistoryForecasts.series(history, queue.getName()), from, to, method,
                HistoryForecasts.openHours(history, queue.getName(), queue), lift);
    }

    private static Queue queue(ContactCenter center, String name) {
        return center.getQueues().stream().filter(q -> q.getName().equals(name)).findFirst().orElseThrow();
    }

    private static double total(HistoryRows.Series series, LocalDate first, LocalDate last) {
        int from = RowTable.epochMinute(first.atStartOfDay());
        int to = RowTable.epochMinute(last.plusDays(1).atStartOfDay());
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.starts()[i] >= from && series.starts()[i] < to) {
                sum += series.offered()[i];
            }
        }
        return sum;
    }

    private static double total(QueueForecast forecast, LocalDate first, LocalDate last) {
        double sum = 0;
        for (IntervalForecast row : forecast.rows()) {
            LocalDate day = row.start().toLocalDate();
            if (!day.isBefore(first) && !day.isAfter(last)) {
                sum += row.forecast();
            }
        }
        return sum;
    }
}
