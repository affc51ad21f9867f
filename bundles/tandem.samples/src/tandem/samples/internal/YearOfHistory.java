package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.named;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.hours.Hours;
import tandem.core.rows.RowTable;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.rows.HistoryRows;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * The year of contact history before the story is told, as an ACD would have recorded it: the half-hourly contacts
 * offered to each queue from Monday 16 February 2026 to Sunday 14 February 2027, with handled, abandoned and
 * average handle time.
 * <p>
 * Each queue's expected contacts are its {@link DemandPattern} (the same weekday, month and intraday shape as its
 * 2027 staffing plan, with noise of its own seed) plus the lift that last autumn's promotion brought, modelled as a
 * staffing plan models campaign lift (a plan of the history's days linked to the calendar, made here and thrown
 * away); the count recorded is drawn around that like real arrivals (roughly Poisson). Every interval of the
 * regular opening hours has a row, holidays included, where nothing arrived (0); closed hours have none.
 * <p>
 * The rows are the history's compact row table (written inside the {@code .history} file, not as XMI), so the year
 * costs a few hundred kilobytes on disk.
 */
final class YearOfHistory {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 16);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 2, 14);
    static final int INTERVAL_MINUTES = 30;
    /** Share of offered contacts that hang up before an answer. */
    private static final double ABANDON_RATE = 0.04;

    final ContactHistory history;

    YearOfHistory(MeadowlarkSetup setup, SpringCalendar spring) {
        history = named(HistoryFactory.eINSTANCE.createContactHistory(), "meadowlark-2026", "Meadowlark contacts"
                + " 2026");
        history.setDescription("The contacts offered to each queue per half hour from 16 February 2026 to 14 February"
                + " 2027, from the ACD's interval exports; Autumn Upgrade 2026 lifted Sales and Technical Support"
                + " from 16 November to 12 December 2026.");
        history.setContactCenter(setup.center);
        history.setIntervalMinutes(INTERVAL_MINUTES);
        OpeningHours regular = EcoreUtil.copy(setup.hours);
        regular.getExceptions().clear();
        List<Queue> queues = List.of(setup.sales, setup.general, setup.technicalSupport, setup.billing).stream()
                .sorted(Comparator.comparing(Queue::getName)).toList();
        RowTable.Builder rows = RowTable.builder(HistoryRows.COLUMNS, 30_000);
        for (Queue queue : queues) {
            append(rows, queue, spring, regular, demandOf(queue, setup), ahtOf(queue, setup));
        }
        history.setRows(rows.build());
    }

    /** The same volumes as the queue's 2027 staffing plan, noise of another seed. */
    private static DemandPattern demandOf(Queue queue, MeadowlarkSetup setup) {
        if (queue == setup.sales) {
            return new DemandPattern(900, 320, setup.hours, 2026_01);
        } else if (queue == setup.general) {
            return new DemandPattern(1_300, 520, setup.hours, 2026_02);
        } else if (queue == setup.technicalSupport) {
            return new DemandPattern(520, 200, setup.hours, 2026_03);
        }
        return new DemandPattern(380, 120, setup.hours, 2026_04);
    }

    private static double ahtOf(Queue queue, MeadowlarkSetup setup) {
        return queue == setup.sales ? 420 : queue == setup.general ? 300 : queue == setup.technicalSupport ? 540 : 480;
    }

    private static void append(RowTable.Builder rows, Queue queue, SpringCalendar spring, OpeningHours regular,
            DemandPattern demand, double ahtSeconds) {
        StaffingPlan year = StaffingPlans.create(queue.getName(), queue, INTERVAL_MINUTES, FIRST_DAY, LAST_DAY);
        year.getCampaignCalendars().add(spring.calendar);
        for (StaffingInterval interval : year.getIntervals()) {
            interval.setBaseline(demand.contacts(interval.getStart()));
        }
        StaffingForecast lift = StaffingForecast.of(year);
        Random arrivals = new Random(queue.getName().hashCode());
        List<StaffingInterval> intervals = year.getIntervals();
        for (int i = 0; i < intervals.size(); i++) {
            LocalDateTime start = intervals.get(i).getStart();
            if (!Hours.isOpen(regular, start)) {
                continue;
            }
            double expected = intervals.get(i).getBaseline() + lift.liftOf(i);
            int offered = expected <= 0 ? 0
                    : (int) Math.max(0, Math.round(expected + Math.sqrt(expected) * arrivals.nextGaussian()));
            int abandoned = (int) Math.round(offered * ABANDON_RATE * (0.5 + arrivals.nextDouble()));
            // as many draws whatever the counts, so that a history without the lift has the same noise
            double ahtNoise = 0.92 + 0.16 * arrivals.nextDouble();
            int aht = offered == 0 ? RowTable.MISSING : (int) Math.round(ahtSeconds * 10 * ahtNoise);
            rows.appendRow();
            rows.setString(HistoryRows.QUEUE, queue.getName()).setInt(HistoryRows.START, RowTable.epochMinute(start))
                    .setInt(HistoryRows.OFFERED, offered).setInt(HistoryRows.HANDLED, offered - abandoned)
                    .setInt(HistoryRows.ABANDONED, abandoned).setInt(HistoryRows.AHT_TENTHS, aht);
        }
    }
}
