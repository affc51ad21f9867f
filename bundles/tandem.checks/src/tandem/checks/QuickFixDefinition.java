package tandem.checks;

import java.util.Optional;
import java.util.function.Supplier;

/** A contributed quick fix for the findings of one check; its implementation is created on first use. */
public record QuickFixDefinition(String id, String checkId, String label, Supplier<Optional<QuickFix>> implementation) {
}
