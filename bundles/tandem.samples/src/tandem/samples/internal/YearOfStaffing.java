package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.id;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.IntervalForecast;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * A year of 30-minute staffing plans, one per queue, linked to the spring calendar: the baseline from a
 * {@link DemandPattern}, 80% of contacts answered within 20 seconds, 30% shrinkage, and agents scheduled for what
 * Erlang C says the baseline plus the campaigns' lift needs.
 * <p>
 * One week is deliberately short: in the week of the TV spot the Sales schedule covers the baseline only, as if
 * nobody had told workforce management about the spot.
 */
final class YearOfStaffing {

    static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);
    static final int INTERVAL_MINUTES = 30;
    /** The week the Sales schedule forgets the TV spot: Monday to Saturday. */
    static final LocalDate SHORT_WEEK_START = SpringCalendar.TV_SPOT;
    static final LocalDate SHORT_WEEK_END = SpringCalendar.TV_SPOT.plusDays(5);

    final StaffingPlan sales;
    final StaffingPlan general;
    final StaffingPlan technicalSupport;
    final StaffingPlan billing;

    YearOfStaffing(MeadowlarkSetup setup, SpringCalendar spring) {
        sales = plan(setup.sales, spring, 420, new DemandPattern(900, 320, setup.hours, 2027_01), true);
        general = plan(setup.general, spring, 300, new DemandPattern(1_300, 520, setup.hours, 2027_02), false);
        technicalSupport = plan(setup.technicalSupport, spring, 540,
                new DemandPattern(520, 200, setup.hours, 2027_03), false);
        billing = plan(setup.billing, spring, 480, new DemandPattern(380, 120, setup.hours, 2027_04), false);
    }

    List<StaffingPlan> plans() {
        return List.of(sales, general, technicalSupport, billing);
    }

    private static StaffingPlan plan(Queue queue, SpringCalendar spring, double ahtSeconds, DemandPattern demand,
            boolean forgetsTheTvSpot) {
        StaffingPlan plan = StaffingPlans.create(queue.getName() + " 2027", queue, INTERVAL_MINUTES, FIRST_DAY,
                LAST_DAY);
        id(plan, SampleIds.slugOf(queue.getName()) + "-2027");
        plan.setDescription("Half-hourly forecast and schedule of the " + queue.getName() + " queue for 2027.");
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(ahtSeconds);
        plan.getCampaignCalendars().add(spring.calendar);
        for (StaffingInterval row : plan.getIntervals()) {
            row.setBaseline(demand.contacts(row.getStart()));
        }
        schedule(plan, forgetsTheTvSpot);
        return plan;
    }

    /**
     * Schedules the heads each interval needs: baseline, campaigns and outbound work, or the baseline alone in the
     * short week.
     */
    private static void schedule(StaffingPlan plan, boolean forgetsTheTvSpot) {
        StaffingForecast forecast = StaffingForecast.of(plan);
        List<StaffingInterval> rows = plan.getIntervals();
        for (int index = 0; index < rows.size(); index++) {
            StaffingInterval row = rows.get(index);
            if (row.getBaseline() == 0 && forecast.liftOf(index) == 0 && forecast.outboundSecondsOf(index) == 0) {
                continue;
            }
            IntervalForecast interval = forecast.interval(index);
            double heads = forgetsTheTvSpot && inShortWeek(row.getStart()) ? interval.baselineRequiredHeads()
                    : interval.requiredHeads();
            if (Double.isNaN(heads)) {
                throw new IllegalStateException("the example's staffing cannot be computed: " + interval.problem());
            }
            row.setScheduled((int) Math.ceil(heads - 1e-9));
        }
    }

    private static boolean inShortWeek(LocalDateTime start) {
        LocalDate day = start.toLocalDate();
        return !day.isBefore(SHORT_WEEK_START) && !day.isAfter(SHORT_WEEK_END);
    }
}
