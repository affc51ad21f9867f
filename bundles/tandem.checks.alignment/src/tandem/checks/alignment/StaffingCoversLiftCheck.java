package tandem.checks.alignment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.lift.ContactLift;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.LiftPerDay;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * {@code alignment.staffing-covers-lift}: every interval of a staffing plan into which a campaign of its linked
 * calendars brings contacts for the plan's queue (lift &gt; 0 in the plan's {@link StaffingForecast}) has at least
 * the heads scheduled that it requires. One finding per plan and day with short intervals, on the plan, naming
 * the intervals, the largest shortfall and the campaigns; the data lists each short interval with its required
 * heads for the fix {@link StaffingRaiseHeads}.
 * <p>
 * Plans without a queue, linked calendars, dates or a computable target are left to the model validator. The
 * required heads of the lifted intervals are kept between runs while their inputs stay the same
 * ({@link StaffingRequiredHeads}), so that re-checking after an edit costs the plans whose lift or rows changed.
 */
public class StaffingCoversLiftCheck implements Check {

    /** Finding data: the day of the short intervals, ISO. */
    static final String DAY = "day";
    /** Finding data: each short interval's start time and required heads, e.g. {@code 08:00=23 08:15=24}. */
    static final String REQUIRED = "required";
    /** Finding data: how many intervals are short. */
    static final String INTERVALS = "intervals";
    /** Finding data: the most heads any of them requires. */
    static final String MOST_REQUIRED = "mostRequired";

    private static final int NAMED_CAMPAIGNS = 3;

    private final StaffingRequiredHeads requiredHeads = new StaffingRequiredHeads();

    @Override
    public void run(CheckContext context) {
        Map<LiftKey, LiftPerDay> lifts = new HashMap<>();
        for (StaffingPlan plan : context.plans().all(StaffingPlan.class)) {
            Queue queue = plan.getQueue();
            LiftPerDay lift = liftOf(plan, lifts);
            if (queue == null || queue.eIsProxy() || lift == LiftPerDay.NONE) {
                continue;
            }
            StaffingForecast forecast = StaffingForecast.of(plan, lift);
            if (!forecast.settingsProblem().isEmpty()) {
                continue;
            }
            checkPlan(context, plan, forecast, requiredHeads.of(plan, forecast));
        }
    }

    /** Reports the short intervals of each day among the lifted ones. */
    private static void checkPlan(CheckContext context, StaffingPlan plan, StaffingForecast forecast,
            StaffingRequiredHeads.Lifted lifted) {
        ShortDay day = null;
        for (int k = 0; k < lifted.indexes().length; k++) {
            int index = lifted.indexes()[k];
            double heads = lifted.heads()[k];
            StaffingInterval row = plan.getIntervals().get(index);
            if (!(heads > row.getScheduled())) {
                continue;
            }
            LocalDate date = row.getStart().toLocalDate();
            if (day == null || !day.date.equals(date)) {
                if (day != null) {
                    day.report(context, plan, forecast);
                }
                day = new ShortDay(date);
            }
            day.add(index, row, (int) heads);
        }
        if (day != null) {
            day.report(context, plan, forecast);
        }
    }

    /**
     * The lift of the plan's linked calendars over its dates, computed once for all plans that link the same
     * calendars over the same dates.
     */
    private static LiftPerDay liftOf(StaffingPlan plan, Map<LiftKey, LiftPerDay> lifts) {
        LocalDate from = plan.getStartDate();
        LocalDate to = plan.getEndDate();
        List<CampaignCalendar> calendars = plan.getCampaignCalendars().stream()
                .filter(c -> c != null && !c.eIsProxy()).toList();
        if (from == null || to == null || to.isBefore(from) || calendars.isEmpty()) {
            return LiftPerDay.NONE;
        }
        return lifts.computeIfAbsent(new LiftKey(calendars, from, to), key -> {
            List<Campaign> campaigns = new ArrayList<>();
            calendars.forEach(c -> campaigns.addAll(c.getCampaigns()));
            return LiftPerDay.of(ContactLift.of(campaigns, from, to));
        });
    }

    /** Linked calendars (compared by identity, as EMF objects are) and dates. */
    private record LiftKey(List<CampaignCalendar> calendars, LocalDate from, LocalDate to) {
    }

    /** The short intervals of one day of one plan. */
    private static final class ShortDay {
        final LocalDate date;
        final List<Integer> indexes = new ArrayList<>();
        final List<LocalDateTime> starts = new ArrayList<>();
        final StringBuilder required = new StringBuilder();
        int mostRequired;
        int largestShortfall;

        ShortDay(LocalDate date) {
            this.date = date;
        }

        void add(int index, StaffingInterval row, int heads) {
            indexes.add(index);
            starts.add(row.getStart());
            mostRequired = Math.max(mostRequired, heads);
            largestShortfall = Math.max(largestShortfall, heads - row.getScheduled());
            required.append(required.length() == 0 ? "" : " ").append(StaffingText.time(row.getStart())).append('=')
                    .append(heads);
        }

        void report(CheckContext context, StaffingPlan plan, StaffingForecast forecast) {
            Set<String> campaigns = new LinkedHashSet<>();
            indexes.forEach(i -> campaigns.addAll(forecast.campaignsLifting(i)));
            int count = indexes.size();
            String from = StaffingText.time(starts.get(0));
            String to = StaffingText.end(starts.get(count - 1), plan.getIntervalMinutes());
            String message = "Staffing plan '" + StaffingText.name(plan) + "': on " + date + ", "
                    + (count == 1 ? "the interval from " + from + " to " + to + " is short by "
                            : count + " intervals between " + from + " and " + to + " are short by up to ")
                    + StaffingText.heads(largestShortfall) + " while "
                    + StaffingText.campaigns(List.copyOf(campaigns), NAMED_CAMPAIGNS) + " contacts for queue '"
                    + plan.getQueue().getName() + "'.";
            context.report(plan, message, Map.of(DAY, date.toString(), REQUIRED, required.toString(), INTERVALS,
                    Integer.toString(count), MOST_REQUIRED, Integer.toString(mostRequired)));
        }
    }
}
