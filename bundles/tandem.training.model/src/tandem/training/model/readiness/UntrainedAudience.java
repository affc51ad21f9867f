package tandem.training.model.readiness;

import tandem.training.model.Audience;
import tandem.training.model.Course;

/**
 * An audience some of whose agents will not have been trained by a date.
 *
 * @param course    the course they miss
 * @param audience  the audience
 * @param who       the queue or team, as in {@code queue 'Billing'}
 * @param headcount the agents of the audience to train
 * @param untrained how many of them will not be trained by then
 */
public record UntrainedAudience(Course course, Audience audience, String who, int headcount, int untrained) {

    @Override
    public String toString() {
        return untrained + " of " + headcount + " agents of " + who + " (course '" + course.getName() + "')";
    }
}
