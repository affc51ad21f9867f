package tandem.checks.alignment.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignLinks;
import tandem.checks.alignment.CampaignMemo;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage;
import tandem.training.model.TrainingPlan;
import tandem.training.model.readiness.Audiences;
import tandem.training.model.readiness.CampaignReadiness;
import tandem.training.model.readiness.TrainingReadiness;
import tandem.training.model.readiness.UntrainedAudience;

/**
 * {@code alignment.trained-before-launch}: the agents of every queue that receives a campaign's contacts
 * ({@code Campaign.getQueues()}) are trained for it at least {@code trainingLeadDays} days before its first drop
 * (its start when no drop is dated). Training for a queue is a course of a checked training plan that prepares for
 * the campaign, with an audience for the queue or for a team serving it; the readiness date is
 * {@link TrainingReadiness}'s (the day the last audience of those courses finishes).
 * <p>
 * Reported, each in the file the planner changes: no course prepares for the campaign (on the first training plan,
 * where the fix adds one; on the campaign when no training plan is checked); a queue has no audience (on the first
 * course for the campaign); agents without a seat, or no known completion date; the readiness date after the
 * deadline (on the course with the latest session, whose late sessions the fix moves); an audience without headcount
 * (on the audience: how many agents it must train is unknown, so it would pass unseen). Campaigns without queues or
 * without any date are skipped. The launch is {@link Campaigns#launch}.
 */
public class TrainingBeforeLaunchCheck implements Check {

    /** Finding data: the campaign's URI (create-course). */
    static final String CAMPAIGN = "campaign";
    /** Finding data: the latest day training may finish, ISO (move-session). */
    static final String DEADLINE = "deadline";
    static final String CAMPAIGN_NAME = "campaignName";

    private final CampaignMemo memo = new CampaignMemo(TrainingPackage.eNS_URI, CorePackage.eNS_URI);

    @Override
    public void run(CheckContext context) {
        int lead = context.parameters().intValue("trainingLeadDays");
        List<TrainingPlan> plans = context.plans().roots(TrainingPlan.class);
        CampaignLinks links = CampaignLinks.of(context.plans());
        memo.forEachCampaign(context, (kept, campaign) -> {
            LocalDate launch = Campaigns.launch(campaign);
            if (!campaign.getQueues().isEmpty() && launch != null) {
                check(kept, campaign, launch, launch.minusDays(lead), lead, plans, links.coursesFor(campaign));
            }
        });
    }

    private static void check(CheckContext context, Campaign campaign, LocalDate launch, LocalDate deadline,
            int lead, List<TrainingPlan> plans, List<Course> courses) {
        String name = "campaign '" + Campaigns.name(campaign) + "'";
        if (courses.isEmpty()) {
            String message = "No course prepares customer service for " + name + " (first drop on " + launch
                    + "); its queues " + queues(campaign.getQueues()) + " must be trained by " + deadline + ".";
            if (plans.isEmpty()) {
                context.report(campaign, message);
            } else {
                context.report(plans.get(0), message, Map.of(CAMPAIGN, EcoreUtil.getURI(campaign).toString(),
                        CAMPAIGN_NAME, Campaigns.name(campaign)));
            }
            return;
        }
        for (Queue queue : campaign.getQueues()) {
            boolean covered = courses.stream().flatMap(c -> c.getAudiences().stream())
                    .anyMatch(a -> trains(a, queue));
            if (!covered) {
                context.report(courses.get(0), "No course preparing for " + name + " has an audience for queue '"
                        + queue.getName() + "' or a team serving it, though the queue receives the campaign's"
                        + " contacts.");
            }
        }
        reportReadiness(context, campaign, launch, deadline, lead, courses, name);
        for (Course course : courses) {
            for (Audience audience : course.getAudiences()) {
                if (audience.getHeadcount() <= 0) {
                    context.report(audience, "The audience for " + Audiences.describe(audience) + " of course '"
                            + course.getName() + "' has no headcount: nobody can tell whether its agents are"
                            + " trained for " + name + " by " + deadline + ".");
                }
            }
        }
    }

    private static void reportReadiness(CheckContext context, Campaign campaign, LocalDate launch,
            LocalDate deadline, int lead, List<Course> courses, String name) {
        List<UntrainedAudience> untrained = new ArrayList<>();
        Optional<LocalDate> readyOn = Optional.empty();
        for (List<Course> ofPlan : byPlan(courses)) {
            CampaignReadiness readiness = TrainingReadiness.of(campaign, ofPlan);
            untrained.addAll(readiness.neverTrained());
            if (readiness.readyOn().isPresent()
                    && (readyOn.isEmpty() || readiness.readyOn().get().isAfter(readyOn.get()))) {
                readyOn = readiness.readyOn();
            }
        }
        if (!untrained.isEmpty()) {
            context.report(untrained.get(0).course(), "Training for " + name + " is never complete: "
                    + untrained.stream().map(UntrainedAudience::toString).collect(Collectors.joining(", "))
                    + " have no seat in a session.");
            return;
        }
        if (readyOn.isEmpty()) {
            context.report(courses.get(0), "Training for " + name + " has no date by which it is complete; it must"
                    + " be complete by " + deadline + ".");
            return;
        }
        if (readyOn.get().isAfter(deadline)) {
            Course latest = courses.stream().filter(c -> lastSession(c).isPresent())
                    .max((a, b) -> lastSession(a).get().compareTo(lastSession(b).get())).orElse(courses.get(0));
            Map<String, String> data = new HashMap<>();
            if (lastSession(latest).filter(d -> d.isAfter(deadline)).isPresent()) {
                data.put(DEADLINE, deadline.toString());
                data.put(CAMPAIGN, EcoreUtil.getURI(campaign).toString());
                data.put(CAMPAIGN_NAME, Campaigns.name(campaign));
            }
            context.report(latest, "Training for " + name + " is complete on " + readyOn.get()
                    + ", after the deadline " + deadline + " (" + lead + (lead == 1 ? " day" : " days")
                    + " before the first drop on " + launch + ").", data);
        }
    }

    /** The courses grouped by the plan holding them, in order. */
    private static Collection<List<Course>> byPlan(List<Course> courses) {
        Map<EObject, List<Course>> byPlan = new LinkedHashMap<>();
        for (Course course : courses) {
            byPlan.computeIfAbsent(course.eContainer(), p -> new ArrayList<>()).add(course);
        }
        return byPlan.values();
    }

    /** Whether the audience trains the agents of the queue: it names the queue, or a team serving it. */
    static boolean trains(Audience audience, Queue queue) {
        return audience.getQueue() == queue
                || audience.getTeam() != null && audience.getTeam().getQueues().contains(queue);
    }

    private static Optional<LocalDate> lastSession(Course course) {
        return course.getSessions().stream().map(Session::getDate).filter(d -> d != null)
                .max(LocalDate::compareTo);
    }

    private static String queues(List<Queue> queues) {
        return queues.stream().map(q -> "'" + q.getName() + "'").collect(Collectors.joining(", "));
    }
}
