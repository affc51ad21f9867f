package tandem.checks;

import java.util.List;

/** A checklist as contributed: a named group of checks, like the paper checklists planners use. */
public record ChecklistDefinition(String id, String name, String description, String contributor,
        List<CheckDefinition> checks) {

    public ChecklistDefinition {
        checks = List.copyOf(checks);
    }
}
