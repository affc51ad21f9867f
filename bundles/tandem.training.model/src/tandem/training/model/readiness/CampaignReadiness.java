package tandem.training.model.readiness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import tandem.campaign.model.Campaign;
import tandem.training.model.Course;

/**
 * How ready the agents are for one campaign: the courses that prepare for it and the date by which every audience
 * of those courses will have been trained.
 *
 * @param campaign     the campaign
 * @param courses      the courses of the plan that prepare for it
 * @param audiences    the number of audiences those courses train
 * @param readyOn      the date the last audience will have finished; empty when some agents get no seat (or no
 *                     date is known)
 * @param firstContact the campaign's launch ({@link tandem.campaign.model.Campaigns#launch}: its first dated drop,
 *                     else its start), if known
 * @param neverTrained the audiences the scheduled sessions leave partly untrained
 */
public record CampaignReadiness(Campaign campaign, List<Course> courses, int audiences, Optional<LocalDate> readyOn,
        Optional<LocalDate> firstContact, List<UntrainedAudience> neverTrained) {

    /** Whether any course prepares for the campaign. */
    public boolean trainingPlanned() {
        return !courses.isEmpty();
    }

    /** Whether every agent of every audience will have been trained. */
    public boolean ready() {
        return trainingPlanned() && audiences > 0 && neverTrained.isEmpty();
    }

    /** Whether training will be over before the first contact (strictly before: agents need the day). */
    public boolean inTime() {
        return ready() && readyOn.isPresent() && firstContact.isPresent() && readyOn.get().isBefore(firstContact.get());
    }

    /** The readiness in one sentence, as the training plan editor shows it. */
    public String summary() {
        if (!trainingPlanned()) {
            return "No course prepares for this campaign.";
        }
        if (audiences == 0) {
            return "No queue or team is to be trained for this campaign yet.";
        }
        if (!neverTrained.isEmpty()) {
            return "Not ready: " + neverTrained.stream().map(u -> u.untrained() + " agents of " + u.who())
                    .collect(Collectors.joining(", ")) + " have no seat in a session.";
        }
        if (readyOn.isEmpty()) {
            return "Ready; no completion date is recorded.";
        }
        LocalDate ready = readyOn.get();
        if (firstContact.isEmpty()) {
            return "Ready on " + ready + "; the campaign has no start date yet.";
        }
        LocalDate first = firstContact.get();
        long days = ChronoUnit.DAYS.between(ready, first);
        if (days > 0) {
            return "Ready on " + ready + ", " + days(days) + " before the first contact on " + first + ".";
        }
        return "Late: ready on " + ready + ", " + (days == 0 ? "the day of" : days(-days) + " after")
                + " the first contact on " + first + ".";
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
