package tandem.checks;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** What a running check sees and where it reports. */
public interface CheckContext {

    /** The plan documents being checked, resolved as one set. */
    PlanSet plans();

    /** This check's parameters (defaults from its contribution, overridden by the planner's settings). */
    Parameters parameters();

    /** The date checks treat as today (fixed in tests). */
    LocalDate today();

    /** Reports a finding on an element at the check's severity. */
    default void report(EObject element, String message) {
        report(null, element, message, Map.of());
    }

    /** Reports a finding with data for its quick fixes, at the check's severity. */
    default void report(EObject element, String message, Map<String, String> data) {
        report(null, element, message, data);
    }

    /**
     * Reports a finding.
     *
     * @param severity the severity, or {@code null} for the check's configured severity
     * @param element  the element the finding is about (a marker is placed on its file)
     * @param message  one sentence a planner understands, naming the elements concerned
     * @param data     values a quick fix needs (for example the required number of agents), as text
     */
    void report(Severity severity, EObject element, String message, Map<String, String> data);
}
