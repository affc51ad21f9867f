package tandem.checks.alignment.staffing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Drop;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.OutboundWork;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.PlanSet;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.LiftPerDay;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * {@code alignment.staffing-covers-lift}: every interval of a staffing plan into which a campaign of its linked
 * calendars brings contacts for the plan's queue (lift &gt; 0 in the plan's {@link StaffingForecast}) has at least
 * the heads scheduled that it requires, outbound work of outbound waves included (an interval that an outbound wave
 * gives work counts as lifted). One finding per plan and day with short intervals, on the plan, naming
 * the intervals, the largest shortfall and the campaigns; the data lists each short interval with its required
 * heads for the fix {@link StaffingRaiseHeads}. An outbound wave whose work no staffing plan sees (its campaign has
 * no phone queue, or no plan of a phone queue links its calendar over its first day) is a finding on the wave.
 * Plans without a queue, linked calendars, dates or a computable
 * target are left to the model validator.
 * <p>
 * A year of quarter hours for a few hundred queues is millions of intervals, so the check remembers what it found
 * ({@link StaffingLastRun}): a plan whose document, queue and lift did not change since the last run is not looked
 * at again, and what an interval requires is searched for with Erlang only when a table of requirements by traffic
 * cannot settle it and the last run did not ({@link StaffingRequiredHeads}). Re-checking after an edit of one
 * campaign thus costs the plans its lift reaches.
 */
public class StaffingCoversLiftCheck implements Check {

    /** Finding data: the day of the short intervals, ISO. */
    public static final String DAY = "day";
    /** Finding data: each short interval's start time and required heads, e.g. {@code 08:00=23 08:15=24}. */
    public static final String REQUIRED = "required";
    /** Finding data: how many intervals are short. */
    static final String INTERVALS = "intervals";
    /** Finding data: the most heads any of them requires. */
    public static final String MOST_REQUIRED = "mostRequired";

    private static final int NAMED_CAMPAIGNS = 3;

    private final StaffingRequiredHeads requiredHeads = new StaffingRequiredHeads();
    private final StaffingLastRun lastRun = new StaffingLastRun();

    @Override
    public void run(CheckContext context) {
        PlanSet plans = context.plans();
        unstaffedWaves(context, plans);
        Map<LiftKey, LiftPerDay> lifts = new HashMap<>();
        for (StaffingPlan plan : plans.all(StaffingPlan.class)) {
            Queue queue = plan.getQueue();
            LiftKey key = LiftKey.of(plan);
            if (queue == null || queue.eIsProxy() || key == null) {
                continue;
            }
            Object planRevision = revision(plans, plan);
            Object queueRevision = revision(plans, queue);
            List<Object> calendarRevisions = new ArrayList<>();
            key.calendars().forEach(c -> calendarRevisions.add(revision(plans, c)));
            if (plan.getRoster() != null) {
                calendarRevisions.add(revision(plans, plan.getRoster())); // the schedule gives the scheduled heads
            }
            List<StaffingLastRun.Found> found = lastRun.unchanged(plans, plan, planRevision, queueRevision,
                    calendarRevisions);
            if (found != null) {
                found.forEach(finding -> context.report(plan, finding.message(), finding.data()));
                continue; // not a document it reads has changed: not even the lift needs working out
            }
            LiftPerDay lift = lifts.computeIfAbsent(key, LiftKey::lift);
            StaffingLastRun.Inputs inputs = new StaffingLastRun.Inputs(planRevision, queueRevision,
                    calendarRevisions, dailyLift(queue, lift, key));
            found = lastRun.reuse(plans, plan, inputs, day -> lift.campaignsLifting(queue, day));
            if (found == null) {
                found = check(plan, queue, lift);
                lastRun.remember(plans, plan, inputs, found);
            }
            for (StaffingLastRun.Found finding : found) {
                context.report(plan, finding.message(), finding.data());
            }
        }
    }

    /** The short intervals of the plan, by day, as findings. */
    private List<StaffingLastRun.Found> check(StaffingPlan plan, Queue queue, LiftPerDay lift) {
        StaffingForecast forecast = StaffingForecast.of(plan, lift);
        if (!forecast.settingsProblem().isEmpty()) {
            return List.of();
        }
        StaffingRequiredHeads.Lifted lifted = requiredHeads.of(plan, forecast);
        List<StaffingLastRun.Found> found = new ArrayList<>();
        ShortDay day = null;
        for (int k = 0; k < lifted.indexes().length; k++) {
            int index = lifted.indexes()[k];
            StaffingInterval row = plan.getIntervals().get(index);
            int scheduled = forecast.scheduledHeads(index);
            if (!lifted.isShort(k, scheduled)) {
                continue;
            }
            double heads = lifted.heads()[k];
            LocalDate date = row.getStart().toLocalDate();
            if (day == null || !day.date.equals(date)) {
                if (day != null) {
                    found.add(day.finding(plan, queue, forecast));
                }
                day = new ShortDay(date);
            }
            day.add(index, row, (int) heads, scheduled);
        }
        if (day != null) {
            found.add(day.finding(plan, queue, forecast));
        }
        return found;
    }

    private static Object revision(PlanSet plans, EObject element) {
        return element.eResource() == null ? new Object() : plans.revision(element.eResource());
    }

    /**
     * The queue's lift on each day of the plan, followed by its outbound work (seconds and dialling window of each
     * wave, by day) when an outbound wave reaches it: what the findings depend on besides the plan and its queue.
     */
    private static double[] dailyLift(Queue queue, LiftPerDay lift, LiftKey key) {
        int days = (int) ChronoUnit.DAYS.between(key.from(), key.to()) + 1;
        double[] daily = new double[days];
        for (int d = 0; d < days; d++) {
            daily[d] = lift.contacts(queue, key.from().plusDays(d));
        }
        if (!lift.hasOutbound(queue)) {
            return daily;
        }
        List<Double> outbound = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (OutboundWork work : lift.outbound(queue, key.from().plusDays(d))) {
                outbound.add((double) d);
                outbound.add(work.seconds());
                outbound.add(work.windowStart() == null ? -1.0 : work.windowStart().toSecondOfDay());
                outbound.add(work.windowEnd() == null ? -1.0 : work.windowEnd().toSecondOfDay());
            }
        }
        double[] all = Arrays.copyOf(daily, days + outbound.size());
        for (int i = 0; i < outbound.size(); i++) {
            all[days + i] = outbound.get(i);
        }
        return all;
    }

    /**
     * Reports every dated outbound wave with work whose campaign has no phone queue, or one of whose phone queues has
     * no staffing plan that links the wave's calendar and includes the wave's first day: nobody plans the agents.
     */
    private static void unstaffedWaves(CheckContext context, PlanSet plans) {
        List<StaffingPlan> staffing = null;
        for (CampaignCalendar calendar : plans.all(CampaignCalendar.class)) {
            for (Campaign campaign : calendar.getCampaigns()) {
                for (Drop drop : campaign.getDrops()) {
                    if (!ContactLift.isOutbound(drop) || drop.getDate() == null) {
                        continue;
                    }
                    double seconds = Arrays.stream(ContactLift.dailyOutboundSeconds(drop)).sum();
                    if (!(seconds > 0)) {
                        continue;
                    }
                    List<Queue> phone = ContactLift.queuesByChannel(campaign).get(Channel.PHONE);
                    String wave = "Campaign '" + name(campaign.getName()) + "': the outbound wave '"
                            + name(drop.getName()) + "' on " + drop.getDate() + " needs "
                            + String.format(Locale.ROOT, "%,.1f", seconds / 3600) + " agent hours";
                    if (phone == null) {
                        context.report(drop, wave + ", but the campaign has no phone queue to dial from: add one,"
                                + " with a staffing plan that links calendar '" + name(calendar.getName()) + "'.",
                                Map.of(DAY, drop.getDate().toString()));
                        continue;
                    }
                    if (staffing == null) {
                        staffing = plans.all(StaffingPlan.class);
                    }
                    for (Queue queue : phone) {
                        if (!staffed(staffing, queue, calendar, drop.getDate())) {
                            context.report(drop, wave + " from queue '" + name(queue.getName()) + "', but no staffing"
                                    + " plan of that queue links calendar '" + name(calendar.getName())
                                    + "' and includes " + drop.getDate() + ": nobody plans those agents.",
                                    Map.of(DAY, drop.getDate().toString()));
                        }
                    }
                }
            }
        }
    }

    private static boolean staffed(List<StaffingPlan> staffing, Queue queue, CampaignCalendar calendar,
            LocalDate day) {
        for (StaffingPlan plan : staffing) {
            if (plan.getQueue() == queue && plan.getCampaignCalendars().contains(calendar)
                    && plan.getStartDate() != null && plan.getEndDate() != null
                    && !day.isBefore(plan.getStartDate()) && !day.isAfter(plan.getEndDate())) {
                return true;
            }
        }
        return false;
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? "(unnamed)" : name;
    }

    /**
     * The linked calendars (compared by identity, as EMF objects are) and the dates of a plan: the lift is computed
     * once for all plans that link the same calendars over the same dates.
     */
    private record LiftKey(List<CampaignCalendar> calendars, LocalDate from, LocalDate to) {

        /** The key of a plan, or {@code null} when it has no dates or no calendar that can be found. */
        static LiftKey of(StaffingPlan plan) {
            LocalDate from = plan.getStartDate();
            LocalDate to = plan.getEndDate();
            List<CampaignCalendar> calendars = plan.getCampaignCalendars().stream()
                    .filter(c -> c != null && !c.eIsProxy()).toList();
            return from == null || to == null || to.isBefore(from) || calendars.isEmpty() ? null
                    : new LiftKey(calendars, from, to);
        }

        LiftPerDay lift() {
            List<Campaign> campaigns = new ArrayList<>();
            calendars.forEach(c -> campaigns.addAll(c.getCampaigns()));
            return LiftPerDay.of(ContactLift.of(campaigns, from, to));
        }
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

        void add(int index, StaffingInterval row, int heads, int scheduled) {
            indexes.add(index);
            starts.add(row.getStart());
            mostRequired = Math.max(mostRequired, heads);
            largestShortfall = Math.max(largestShortfall, heads - scheduled);
            required.append(required.length() == 0 ? "" : " ").append(StaffingText.time(row.getStart())).append('=')
                    .append(heads);
        }

        StaffingLastRun.Found finding(StaffingPlan plan, Queue queue, StaffingForecast forecast) {
            List<String> campaigns = forecast.campaignsLifting(indexes.get(0));
            int count = indexes.size();
            String from = StaffingText.time(starts.get(0));
            String to = StaffingText.end(starts.get(count - 1), plan.getIntervalMinutes());
            String message = "Staffing plan '" + StaffingText.name(plan) + "': on " + date + ", "
                    + (count == 1 ? "the interval from " + from + " to " + to + " is short by "
                            : count + " intervals between " + from + " and " + to + " are short by up to ")
                    + StaffingText.heads(largestShortfall) + " while "
                    + StaffingText.campaigns(campaigns, NAMED_CAMPAIGNS) + " contacts for queue '"
                    + queue.getName() + "'.";
            return new StaffingLastRun.Found(date, campaigns, message, Map.of(DAY, date.toString(), REQUIRED,
                    required.toString(), INTERVALS, Integer.toString(count), MOST_REQUIRED,
                    Integer.toString(mostRequired)));
        }
    }
}
