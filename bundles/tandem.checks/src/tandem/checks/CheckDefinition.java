package tandem.checks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One contributed check: its stable id (the rule id findings carry), name, category, default severity, the
 * parameters it takes, the model packages it reads (so that a change to other documents does not re-run it) and
 * its implementation, created on first use.
 */
public record CheckDefinition(String id, String checklistId, String name, String category, String description,
        Severity defaultSeverity, List<ParameterDefinition> parameters, Set<String> reads,
        Supplier<Optional<Check>> implementation) {

    public CheckDefinition {
        parameters = List.copyOf(parameters);
        reads = Set.copyOf(reads);
    }

    /** Whether a change to documents of the given model packages can change this check's findings. */
    public boolean isAffectedBy(Set<String> changedPackages) {
        return reads.isEmpty() || changedPackages.stream().anyMatch(reads::contains);
    }
}
