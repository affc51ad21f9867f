package tandem.goals.model.smart;

import java.time.LocalDate;
import java.util.Optional;

import tandem.goals.model.Goal;

/**
 * An extra test of whether a goal can be reached, supplied by whoever knows more than the goal itself: for example
 * the cross-plan checks, which compare a service-level or speed-of-answer target with the queue's staffing plan.
 * {@link SmartAssessment} runs the checks it is given after its own; the goals model depends on none of them.
 * <p>
 * To have the goals editor use a check, register it as an OSGi service of this type (for example as a Declarative
 * Services component); the editor asks the registered checks at each assessment.
 */
@FunctionalInterface
public interface AchievabilityCheck {

    /**
     * Why the goal cannot be reached, or empty when this check finds nothing against it (including when it does not
     * apply to the goal).
     *
     * @param goal  the goal
     * @param today the date the assessment is made on
     */
    Optional<String> problem(Goal goal, LocalDate today);
}
