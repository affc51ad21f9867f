package tandem.checks;

import java.util.List;
import java.util.Optional;

import tandem.checks.internal.ChecklistReader;
import tandem.checks.internal.QuickFixReader;

/** The checklists and quick fixes contributed by all installed bundles. */
public final class Checklists {

    private static final ChecklistReader CHECKLISTS = new ChecklistReader();
    private static final QuickFixReader QUICK_FIXES = new QuickFixReader();

    private Checklists() {
    }

    /** Every valid contributed checklist, in contribution order. */
    public static List<ChecklistDefinition> all() {
        return CHECKLISTS.descriptors();
    }

    public static Optional<ChecklistDefinition> find(String checklistId) {
        return all().stream().filter(c -> c.id().equals(checklistId)).findFirst();
    }

    public static Optional<CheckDefinition> findCheck(String checkId) {
        return all().stream().flatMap(c -> c.checks().stream()).filter(c -> c.id().equals(checkId)).findFirst();
    }

    /** The quick fixes contributed for a check. */
    public static List<QuickFixDefinition> quickFixes(String checkId) {
        return QUICK_FIXES.descriptors().stream().filter(q -> q.checkId().equals(checkId)).toList();
    }

    /** The labels of the fixes that apply to a finding (what the command line lists). */
    public static List<String> quickFixLabels(Finding finding) {
        return quickFixes(finding.ruleId()).stream()
                .map(q -> q.implementation().get().filter(fix -> fix.appliesTo(finding))
                        .map(fix -> fix.label(finding)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }
}
