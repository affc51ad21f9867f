package tandem.training.model.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.training.model.Course;
import tandem.training.model.TrainingPlan;

/**
 * When agents will be ready for a campaign. A campaign's agents are ready once every audience of every course that
 * prepares for it has been trained; the seats of each course's sessions go to its audiences as
 * {@link SeatAllocation} describes.
 */
public final class TrainingReadiness {

    private TrainingReadiness() {
    }

    /** The readiness of the plan's agents for the campaign. */
    public static CampaignReadiness of(TrainingPlan plan, Campaign campaign) {
        return of(campaign, coursesFor(plan, campaign));
    }

    /**
     * The readiness for the campaign of the agents trained by the given courses, which prepare for it (for example
     * those of one plan, found once for many campaigns).
     */
    public static CampaignReadiness of(Campaign campaign, List<Course> courses) {
        List<UntrainedAudience> neverTrained = new ArrayList<>();
        List<LocalDate> finishDates = new ArrayList<>();
        int audiences = 0;
        for (Course course : courses) {
            for (AudienceSchedule schedule : SeatAllocation.of(course).audiences()) {
                audiences++;
                if (schedule.willFinish()) {
                    schedule.finishDate().ifPresent(finishDates::add);
                } else {
                    neverTrained.add(untrained(course, schedule, schedule.untrainedAfterAllSessions()));
                }
            }
        }
        Optional<LocalDate> readyOn = neverTrained.isEmpty() && audiences > 0
                ? finishDates.stream().max(Comparator.naturalOrder())
                : Optional.empty();
        return new CampaignReadiness(campaign, courses, audiences, readyOn, firstContact(campaign),
                List.copyOf(neverTrained));
    }

    /**
     * The date by which all audiences of the courses preparing for the campaign will have completed their
     * training; empty when no course prepares for it, some agents get no seat, or no date is known.
     */
    public static Optional<LocalDate> readinessDate(TrainingPlan plan, Campaign campaign) {
        return of(plan, campaign).readyOn();
    }

    /** The audiences (queues and teams, with counts) of the campaign's courses not fully trained by {@code date}. */
    public static List<UntrainedAudience> untrainedBy(TrainingPlan plan, Campaign campaign, LocalDate date) {
        List<UntrainedAudience> result = new ArrayList<>();
        for (Course course : coursesFor(plan, campaign)) {
            for (AudienceSchedule schedule : SeatAllocation.of(course).audiences()) {
                int untrained = schedule.untrainedBy(date);
                if (untrained > 0) {
                    result.add(untrained(course, schedule, untrained));
                }
            }
        }
        return result;
    }

    /** The courses of the plan that prepare for the campaign, in plan order. */
    public static List<Course> coursesFor(TrainingPlan plan, Campaign campaign) {
        return plan.getCourses().stream().filter(c -> c.getPreparesFor().contains(campaign)).toList();
    }

    /** Every campaign some course of the plan prepares for, in the order they are first named. */
    public static List<Campaign> campaignsOf(TrainingPlan plan) {
        Set<Campaign> campaigns = new LinkedHashSet<>();
        plan.getCourses().forEach(c -> campaigns.addAll(c.getPreparesFor()));
        return List.copyOf(campaigns);
    }

    /**
     * The campaign's launch as {@link Campaigns#launch} defines it for every check (its first dated drop, else its
     * start date); empty when it has neither or cannot be found.
     */
    public static Optional<LocalDate> firstContact(Campaign campaign) {
        if (campaign.eIsProxy()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Campaigns.launch(campaign));
    }

    private static UntrainedAudience untrained(Course course, AudienceSchedule schedule, int count) {
        return new UntrainedAudience(course, schedule.audience(), Audiences.describe(schedule.audience()),
                schedule.audience().getHeadcount(), count);
    }
}
