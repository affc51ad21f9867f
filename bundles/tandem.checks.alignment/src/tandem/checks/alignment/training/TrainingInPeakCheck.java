package tandem.checks.alignment.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Campaigns;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPlan;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * {@code alignment.training-in-peak}: a training session takes its attendees off the phones; during a campaign's
 * peak that leaves the queues they serve short. A session is reported when one of the intervals it covers, in the
 * staffing plan of a queue its audience serves (the audience's queue, or the queues of its team), is a peak interval
 * (its campaign lift is at least half of the highest lift of that day) and the plan's margin there, scheduled heads
 * less the heads the session takes less the required heads, is at most {@code peakMarginHeads}.
 * <p>
 * The heads lost are the agents of the project's roster in the session's audience (its team, or a skill on its
 * queue), at most its seats, when a roster names any ({@link RosterAttendees}: read reflectively, no dependency on
 * the roster bundles); otherwise the session's seats ({@code capacity}), or its audience's headcount when it has no
 * seats (the session's audience, else all audiences of its course). A staffing plan linked to a roster takes its
 * scheduled heads from the roster's schedule, which already has the session's attendees off the phones at the
 * session's time: there the heads lost are not taken off a second time (they are at the slots the fix tries).
 * Sessions without a date, start time or length (neither the session's nor the course's) are not placed in time
 * and are skipped, as are plans without queue, calendars or
 * targets.
 * <p>
 * The finding (on the session) carries the least-loaded slot for the fix {@link TrainingMoveToQuietTime}: a
 * working day among the two weeks before the training deadline (the launch of the campaign the session's course
 * prepares for, else of the campaigns at their peak, less {@code trainingLeadDays}), a start within the allowed hours ({@code trainingFromHour} to {@code trainingToHour})
 * on a quarter hour, where the session would not be reported, with the fewest contacts (baseline plus lift) in the
 * intervals it covers; the latest such slot wins a tie.
 */
public class TrainingInPeakCheck implements Check {

    /** Finding data: the day to move the session to, ISO. */
    static final String TARGET_DATE = "targetDate";
    /** Finding data: the start time to move the session to, ISO. */
    static final String TARGET_TIME = "targetTime";

    /** How many days before the deadline the fix looks for a quieter slot. */
    static final int SEARCH_DAYS = 14;
    private static final int STEP_MINUTES = 15;

    @Override
    public void run(CheckContext context) {
        int margin = context.parameters().intValue("peakMarginHeads");
        int lead = context.parameters().intValue("trainingLeadDays");
        LocalTime from = LocalTime.of(clampHour(context.parameters().intValue("trainingFromHour")), 0);
        int toHour = clampHour(context.parameters().intValue("trainingToHour"));
        LocalTime to = toHour >= 24 ? LocalTime.MAX : LocalTime.of(toHour, 0);
        Map<StaffingPlan, View> views = new HashMap<>();
        List<StaffingPlan> staffing = context.plans().all(StaffingPlan.class);
        for (TrainingPlan plan : context.plans().roots(TrainingPlan.class)) {
            for (Course course : plan.getCourses()) {
                for (Session session : course.getSessions()) {
                    int minutes = session.getLengthMinutes() > 0 ? session.getLengthMinutes()
                            : course.getDurationMinutes();
                    if (session.getDate() == null || session.getStartTime() == null || minutes <= 0) {
                        continue;
                    }
                    List<Audience> audiences = session.getAudience() != null ? List.of(session.getAudience())
                            : course.getAudiences();
                    int lost = headsLost(context, session, audiences);
                    Set<Queue> queues = served(audiences);
                    if (lost <= 0 || queues.isEmpty()) {
                        continue;
                    }
                    List<View> affected = new ArrayList<>();
                    for (StaffingPlan each : staffing) {
                        if (queues.contains(each.getQueue())) {
                            View view = views.computeIfAbsent(each, View::of);
                            if (view != null) {
                                affected.add(view);
                            }
                        }
                    }
                    LocalDateTime start = session.getDate().atTime(session.getStartTime());
                    for (View view : affected) {
                        Peak peak = view.peak(start, minutes, lost, margin, true);
                        if (peak != null) {
                            report(context, session, course, start, minutes, lost, margin, lead, from, to, affected,
                                    view, peak);
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * The heads a session takes off the phones: the roster's agents of its audience (at most its seats) when the
     * project has a roster naming them; otherwise its seats, or its audience's headcount when it has none.
     */
    private static int headsLost(CheckContext context, Session session, List<Audience> audiences) {
        int seats = session.getCapacity();
        int rostered = RosterAttendees.count(context.plans(), audiences);
        if (rostered > 0) {
            return seats > 0 ? Math.min(seats, rostered) : rostered;
        }
        return seats > 0 ? seats : audiences.stream().mapToInt(Audience::getHeadcount).filter(h -> h > 0).sum();
    }

    private static int clampHour(int hour) {
        return Math.max(0, Math.min(24, hour));
    }

    private static void report(CheckContext context, Session session, Course course, LocalDateTime start,
            int minutes, int lost, int margin, int lead, LocalTime from, LocalTime to, List<View> affected, View view,
            Peak peak) {
        StaffingPlan plan = view.forecast.plan();
        LocalDateTime first = plan.getIntervals().get(peak.first).getStart();
        LocalDateTime last = plan.getIntervals().get(peak.last).getStart();
        int count = peak.last - peak.first + 1;
        String intervals = count == 1
                ? "the interval from " + time(first) + " to " + time(last.plusMinutes(plan.getIntervalMinutes()))
                : count + " intervals from " + time(first) + " to "
                        + time(last.plusMinutes(plan.getIntervalMinutes()));
        String campaigns = peak.campaigns.size() == 1 ? "campaign '" + peak.campaigns.get(0) + "'"
                : "campaigns " + String.join(", ", peak.campaigns.stream().map(n -> "'" + n + "'").toList());
        String message = "Session of course '" + course.getName() + "' on " + start.toLocalDate() + " from "
                + time(start) + " to " + time(start.plusMinutes(minutes)) + " takes " + lost
                + (lost == 1 ? " head" : " heads") + " off queue '" + plan.getQueue().getName() + "' during the peak of "
                + campaigns + ": " + intervals + " on " + first.toLocalDate() + (count == 1 ? " is" : " are") + " left with "
                + (peak.worstMargin < 0 ? "a shortfall of up to " + (-peak.worstMargin) + " heads"
                        : "a margin of at most " + peak.worstMargin + (peak.worstMargin == 1 ? " head" : " heads"))
                + " in staffing plan '" + plan.getName() + "'.";
        Map<String, String> data = new HashMap<>();
        LocalDate deadline = deadline(course, plan, peak.campaigns, lead);
        if (deadline != null) {
            LocalDateTime target = quietest(affected, deadline, minutes, lost, margin, from, to);
            if (target != null) {
                data.put(TARGET_DATE, target.toLocalDate().toString());
                data.put(TARGET_TIME, target.toLocalTime().toString());
            }
        }
        context.report(session, message, data);
    }

    /**
     * The training deadline: the earliest launch of the campaigns the course prepares for or, when it prepares for
     * none with a date, of the named campaigns (at their peak) of the plan's calendars; less the lead days.
     */
    private static LocalDate deadline(Course course, StaffingPlan plan, List<String> names, int lead) {
        LocalDate launch = course.getPreparesFor().stream().filter(c -> c != null && !c.eIsProxy())
                .map(Campaigns::launch).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        if (launch != null) {
            return launch.minusDays(lead);
        }
        for (CampaignCalendar calendar : plan.getCampaignCalendars()) {
            if (calendar == null || calendar.eIsProxy()) {
                continue;
            }
            for (Campaign campaign : calendar.getCampaigns()) {
                LocalDate date = Campaigns.launch(campaign);
                if (date != null && names.contains(Campaigns.name(campaign))
                        && (launch == null || date.isBefore(launch))) {
                    launch = date;
                }
            }
        }
        return launch == null ? null : launch.minusDays(lead);
    }

    /** The least-loaded slot the session may move to, or {@code null}. */
    private static LocalDateTime quietest(List<View> affected, LocalDate deadline, int minutes, int lost, int margin,
            LocalTime from, LocalTime to) {
        LocalDateTime best = null;
        double bestLoad = Double.POSITIVE_INFINITY;
        for (LocalDate day = deadline.minusDays(SEARCH_DAYS - 1L); !day.isAfter(deadline); day = day.plusDays(1)) {
            if (!TrainingWorkingDays.isWorkingDay(day)) {
                continue;
            }
            for (LocalDateTime start = day.atTime(from); !start.plusMinutes(minutes).isAfter(day.atTime(to))
                    && start.toLocalDate().equals(day)
                    && !start.plusMinutes(minutes).isAfter(day.plusDays(1).atStartOfDay()); start = start
                            .plusMinutes(STEP_MINUTES)) {
                double load = 0;
                boolean fits = true;
                for (View view : affected) {
                    if (!view.covers(start, minutes) || view.peak(start, minutes, lost, margin, false) != null) {
                        fits = false;
                        break;
                    }
                    load += view.contacts(start, minutes);
                }
                if (fits && load <= bestLoad) {
                    bestLoad = load;
                    best = start;
                }
            }
        }
        return best;
    }

    /** The queues the audiences' agents take: each audience's queue and its team's queues. */
    private static Set<Queue> served(List<Audience> audiences) {
        Set<Queue> queues = new LinkedHashSet<>();
        for (Audience audience : audiences) {
            if (audience.getQueue() != null) {
                queues.add(audience.getQueue());
            }
            if (audience.getTeam() != null) {
                queues.addAll(audience.getTeam().getQueues());
            }
        }
        return queues;
    }

    private static String time(LocalDateTime at) {
        return at.toLocalTime().toString();
    }

    /** The peak intervals a session leaves short: first and last index, the worst margin and the campaigns. */
    private record Peak(int first, int last, int worstMargin, List<String> campaigns) {
    }

    /** A staffing plan's forecast with the highest lift of each day. */
    private static final class View {
        final StaffingForecast forecast;
        final Map<LocalDate, Double> dayPeak = new HashMap<>();

        private View(StaffingForecast forecast) {
            this.forecast = forecast;
            StaffingPlan plan = forecast.plan();
            for (int i : forecast.liftedIntervals()) {
                LocalDateTime start = plan.getIntervals().get(i).getStart();
                if (start != null) {
                    dayPeak.merge(start.toLocalDate(), forecast.liftOf(i), Math::max);
                }
            }
        }

        /** The view of a plan, or {@code null} when the plan cannot say what it requires. */
        static View of(StaffingPlan plan) {
            if (plan.getQueue() == null || plan.getIntervalMinutes() <= 0 || plan.getIntervals().isEmpty()) {
                return null;
            }
            StaffingForecast forecast = StaffingForecast.of(plan);
            return forecast.settingsProblem().isEmpty() ? new View(forecast) : null;
        }

        /** The rows overlapping the session, as indexes from..to (exclusive). */
        int[] rows(LocalDateTime start, int minutes) {
            StaffingPlan plan = forecast.plan();
            int length = plan.getIntervalMinutes();
            int first = StaffingPlans.firstIndexAtOrAfter(plan, start.minusMinutes(length - 1L));
            LocalDateTime end = start.plusMinutes(minutes);
            int last = first;
            List<StaffingInterval> rows = plan.getIntervals();
            while (last < rows.size() && rows.get(last).getStart() != null && rows.get(last).getStart().isBefore(end)) {
                last++;
            }
            return new int[] { first, last };
        }

        boolean covers(LocalDateTime start, int minutes) {
            StaffingPlan plan = forecast.plan();
            return plan.getStartDate() != null && plan.getEndDate() != null
                    && !start.toLocalDate().isBefore(plan.getStartDate())
                    && !start.plusMinutes(minutes).minusMinutes(1).toLocalDate().isAfter(plan.getEndDate());
        }

        /**
         * The peak intervals the session leaves short, or {@code null}; {@code current}: the session's own time,
         * where a roster's schedule already has its attendees off.
         */
        Peak peak(LocalDateTime start, int minutes, int lost, int margin, boolean current) {
            int[] range = rows(start, minutes);
            int first = -1;
            int last = -1;
            int worst = Integer.MAX_VALUE;
            Set<String> campaigns = new LinkedHashSet<>();
            for (int i = range[0]; i < range[1]; i++) {
                double lift = forecast.liftOf(i);
                StaffingInterval row = forecast.plan().getIntervals().get(i);
                Double highest = dayPeak.get(row.getStart().toLocalDate());
                if (lift <= 0 || highest == null || lift < highest / 2) {
                    continue;
                }
                double required = forecast.requiredHeads(i);
                if (Double.isNaN(required)) {
                    continue;
                }
                // Heads from a roster's schedule already lack the attendees of a session the roster schedules at
                // this time: the session's heads are taken off only where the schedule does not have it.
                boolean removed = current && forecast.scheduled().fromSchedule(i);
                int left = (int) Math.floor(forecast.scheduledHeads(i) - (removed ? 0 : lost) - required);
                if (left <= margin) {
                    first = first < 0 ? i : first;
                    last = i;
                    worst = Math.min(worst, left);
                    campaigns.addAll(forecast.campaignsLifting(i));
                }
            }
            return first < 0 ? null : new Peak(first, last, worst, List.copyOf(campaigns));
        }

        /** Contacts (baseline plus lift) in the intervals the session covers. */
        double contacts(LocalDateTime start, int minutes) {
            int[] range = rows(start, minutes);
            double sum = 0;
            for (int i = range[0]; i < range[1]; i++) {
                sum += forecast.plan().getIntervals().get(i).getBaseline() + forecast.liftOf(i);
            }
            return sum;
        }
    }
}
