package tandem.goals.model.smart;

import java.util.List;

/**
 * How a goal fares on one criterion.
 *
 * @param criterion the criterion
 * @param passed    whether the goal meets it
 * @param reason    why, in a planner's words: what is missing or wrong, or what makes it pass
 * @param warnings  things worth a second look even when the criterion is met
 */
public record Verdict(Criterion criterion, boolean passed, String reason, List<String> warnings) {

    static Verdict pass(Criterion criterion, String reason, List<String> warnings) {
        return new Verdict(criterion, true, reason, List.copyOf(warnings));
    }

    static Verdict pass(Criterion criterion, String reason) {
        return new Verdict(criterion, true, reason, List.of());
    }

    static Verdict fail(Criterion criterion, String reason) {
        return new Verdict(criterion, false, reason, List.of());
    }

    @Override
    public String toString() {
        return criterion.label() + ": " + (passed ? "pass" : "fail") + " - " + reason
                + (warnings.isEmpty() ? "" : " (warning: " + String.join("; ", warnings) + ")");
    }
}
