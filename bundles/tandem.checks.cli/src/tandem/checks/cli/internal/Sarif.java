package tandem.checks.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Finding;

/** Check findings as a SARIF 2.1.0 log, the format code-scanning tools and CI servers read. */
final class Sarif {

    private Sarif() {
    }

    static Map<String, Object> of(CheckReport report, List<ChecklistDefinition> checklists) {
        List<Object> rules = new ArrayList<>();
        for (ChecklistDefinition checklist : checklists) {
            for (CheckDefinition check : checklist.checks()) {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("id", check.id());
                rule.put("name", check.name());
                rule.put("shortDescription", Map.of("text", check.name()));
                if (!check.description().isEmpty()) {
                    rule.put("fullDescription", Map.of("text", check.description()));
                }
                rule.put("properties", Map.of("checklist", checklist.id(), "category", check.category()));
                rules.add(rule);
            }
        }
        List<Object> results = new ArrayList<>();
        for (Finding finding : report.sorted()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", finding.ruleId());
            result.put("level", switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            });
            result.put("message", Map.of("text", finding.message()));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", Map.of("artifactLocation", Map.of("uri", finding.elementUri()
                    .trimFragment().toString())));
            location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", finding.elementPath())));
            result.put("locations", List.of(location));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Tandem checks");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }
}
