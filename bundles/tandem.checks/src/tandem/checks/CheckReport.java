package tandem.checks;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What one run of the checks found, with the outcome of every check. */
public record CheckReport(List<Finding> findings, Map<String, Outcome> outcomes) {

    /** The outcome of one checklist item. */
    public enum Outcome {
        PASS, WARN, FAIL, DISABLED, BROKEN
    }

    public CheckReport {
        findings = List.copyOf(findings);
        outcomes = Map.copyOf(outcomes);
    }

    public Outcome outcome(String checkId) {
        return outcomes.getOrDefault(checkId, Outcome.DISABLED);
    }

    public List<Finding> findingsOf(String checkId) {
        return findings.stream().filter(f -> f.ruleId().equals(checkId)).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Share of a checklist's enabled checks that pass, 0..1 (1 when none is enabled). */
    public double score(ChecklistDefinition checklist) {
        long enabled = checklist.checks().stream().filter(c -> outcome(c.id()) != Outcome.DISABLED).count();
        long passed = checklist.checks().stream().filter(c -> outcome(c.id()) == Outcome.PASS).count();
        return enabled == 0 ? 1 : (double) passed / enabled;
    }

    /** Findings sorted by file, then severity (errors first), then rule. */
    public List<Finding> sorted() {
        return findings.stream().sorted(Comparator.comparing(Finding::file)
                .thenComparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Finding::ruleId)
                .thenComparing(Finding::elementPath)).toList();
    }
}
