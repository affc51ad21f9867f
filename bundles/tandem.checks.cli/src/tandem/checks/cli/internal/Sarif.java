package tandem.checks.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.QuickFixDefinition;
import tandem.checks.Severity;

/**
 * Check findings as a SARIF 2.1.0 log, the format code-scanning tools and CI servers read (GitHub code scanning
 * among them: the log passes the SARIF multitool's {@code Sarif} and {@code Gh} rule sets).
 * <p>
 * File locations are relative to the checked folder they were found in, named by a {@code uriBaseId}
 * ({@code PLANS}, {@code PLANS2}, ...), so that they stay the same from clone to clone; each result points at the
 * line and column where its element starts and carries a fingerprint made from rule, file and element id.
 */
final class Sarif {

    /** Where the tool is described: the rules' help points into its user guide. */
    static final String INFORMATION_URI = "https://tandem.dev/";

    /** The key of the fingerprint each result carries. */
    static final String FINGERPRINT = "tandemElement/v1";

    /** A checked folder and the base id its files' URIs are relative to. */
    record Base(String id, Path folder) {
    }

    private final List<Base> bases = new ArrayList<>();
    private final Map<Path, ElementLines> lines = new HashMap<>();
    private final Map<String, Integer> fingerprints = new HashMap<>();

    private Sarif(List<Path> checkedFolders) {
        for (Path folder : checkedFolders) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (bases.stream().noneMatch(b -> b.folder().equals(absolute))) {
                bases.add(new Base(bases.isEmpty() ? "PLANS" : "PLANS" + (bases.size() + 1), absolute));
            }
        }
    }

    /**
     * The SARIF log of a check run.
     *
     * @param checkedFolders the folders checked (for a plan file named on the command line: its folder)
     * @param version        the tool's version, e.g. {@code 0.1.0.202612070100}
     */
    static Map<String, Object> of(CheckReport report, List<ChecklistDefinition> checklists, List<Path> checkedFolders,
            String version) {
        return new Sarif(checkedFolders).log(report, checklists, version);
    }

    private Map<String, Object> log(CheckReport report, List<ChecklistDefinition> checklists, String version) {
        List<Object> rules = new ArrayList<>();
        for (ChecklistDefinition checklist : checklists) {
            for (CheckDefinition check : checklist.checks()) {
                rules.add(rule(checklist, check));
            }
        }
        readingRules(report).forEach(rules::add);
        List<Object> results = new ArrayList<>();
        for (Finding finding : report.sorted()) {
            results.add(result(finding));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Tandem checks");
        driver.put("fullName", "Tandem plan checks (tandem-cli check)");
        driver.put("version", version);
        driver.put("semanticVersion", semanticVersion(version));
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        Map<String, Object> baseIds = new LinkedHashMap<>();
        for (Base base : bases) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("uri", base.folder().toUri().toString());
            location.put("description", Map.of("text", "The folder of plans that was checked."));
            baseIds.put(base.id(), location);
        }
        if (!baseIds.isEmpty()) {
            run.put("originalUriBaseIds", baseIds);
        }
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    /**
     * The rules of what {@code check} could not read (a plan file, a reference, a unique id), for the findings of
     * them in the report: every result's rule is described, as code scanning expects.
     */
    private static List<Map<String, Object>> readingRules(CheckReport report) {
        Map<String, String[]> known = new LinkedHashMap<>();
        known.put(CheckRunner.UNREADABLE_PLAN, new String[] { "Plan files can be read",
                "Every plan file in the checked folders can be read; a file that cannot is not checked, and its"
                        + " findings are unknown." });
        known.put(CheckRunner.UNRESOLVED_REFERENCE, new String[] { "References lead to plans in the project",
                "Every reference of a plan leads to an element of a readable plan file inside the checked folders;"
                        + " a reference to anything else (another scheme, a path outside, a missing element) is"
                        + " not followed." });
        known.put(CheckRunner.DUPLICATE_ID, new String[] { "Element ids are unique",
                "No two elements of a plan file share an id; references to the id are ambiguous." });
        List<Map<String, Object>> rules = new ArrayList<>();
        known.forEach((id, texts) -> {
            if (report.findings().stream().noneMatch(f -> f.ruleId().equals(id))) {
                return;
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", id);
            rule.put("name", ruleName(id));
            rule.put("shortDescription", Map.of("text", sentence(texts[0])));
            rule.put("fullDescription", Map.of("text", sentence(texts[1])));
            Map<String, Object> help = new LinkedHashMap<>();
            help.put("text", sentence(texts[1]) + " Fix the file or the reference and run tandem-cli check again.");
            help.put("markdown", "**" + texts[0] + "** (`" + id + "`)\n\n" + sentence(texts[1])
                    + "\n\nFix the file or the reference and run `tandem-cli check` again.");
            rule.put("help", help);
            rule.put("defaultConfiguration", Map.of("level", "error"));
            rule.put("properties", Map.of("tags", List.of("tandem", "reading")));
            rules.add(rule);
        });
        return rules;
    }

    private static Map<String, Object> rule(ChecklistDefinition checklist, CheckDefinition check) {
        String description = check.description().isBlank() ? check.name() : check.description();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", check.id());
        rule.put("name", ruleName(check.id()));
        rule.put("shortDescription", Map.of("text", sentence(check.name())));
        rule.put("fullDescription", Map.of("text", sentence(description)));
        List<String> fixes = Checklists.quickFixes(check.id()).stream().map(QuickFixDefinition::label).toList();
        StringBuilder text = new StringBuilder(sentence(description));
        StringBuilder markdown = new StringBuilder("**").append(check.name()).append("** (`").append(check.id())
                .append("`, ").append(checklist.name()).append(")\n\n").append(sentence(description));
        if (!fixes.isEmpty()) {
            text.append(" Quick fixes in the workbench: ").append(String.join("; ", fixes)).append('.');
            markdown.append("\n\nQuick fixes in the workbench:\n");
            fixes.forEach(fix -> markdown.append("\n- ").append(fix));
        }
        text.append(" Run tandem-cli check on the plans to see the findings again after a change.");
        markdown.append("\n\nRun `tandem-cli check` on the plans to see the findings again after a change.");
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", text.toString());
        help.put("markdown", markdown.toString());
        rule.put("help", help);
        rule.put("defaultConfiguration", Map.of("level", level(check.defaultSeverity())));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("checklist", checklist.id());
        properties.put("category", check.category());
        properties.put("tags", List.of(checklist.id(), check.category()));
        rule.put("properties", properties);
        return rule;
    }

    private Map<String, Object> result(Finding finding) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.ruleId());
        result.put("level", level(finding.severity()));
        result.put("message", Map.of("text", sentence(finding.message())));
        URI elementUri = finding.elementUri();
        URI fileUri = elementUri.trimFragment();
        Map<String, Object> artifact = new LinkedHashMap<>();
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        String fingerprintFile;
        if (fileUri.isFile()) {
            Path file = Path.of(fileUri.toFileString()).toAbsolutePath().normalize();
            Optional<Base> base = bases.stream().filter(b -> file.startsWith(b.folder()))
                    .max((a, b) -> Integer.compare(a.folder().getNameCount(), b.folder().getNameCount()));
            if (base.isPresent()) {
                String relative = relativeUri(base.get().folder().relativize(file));
                artifact.put("uri", relative);
                artifact.put("uriBaseId", base.get().id());
                fingerprintFile = relative;
            } else {
                artifact.put("uri", file.toUri().toString());
                fingerprintFile = file.getFileName().toString();
            }
            ElementLines.Position position = lines.computeIfAbsent(file, ElementLines::of)
                    .find(elementUri.fragment()).orElse(new ElementLines.Position(1, 1));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", position.line());
            region.put("startColumn", position.column());
            physical.put("region", region);
        } else {
            artifact.put("uri", fileUri.toString());
            fingerprintFile = fileUri.lastSegment();
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", finding.elementPath())));
        result.put("locations", List.of(location));
        result.put("partialFingerprints", Map.of(FINGERPRINT,
                fingerprint(finding.ruleId(), fingerprintFile, String.valueOf(elementUri.fragment()))));
        return result;
    }

    /** Rule, file and element id; a second finding of the same rule on the same element gets {@code :2}. */
    private String fingerprint(String ruleId, String file, String element) {
        String hash = sha256(ruleId + "\n" + file + "\n" + element);
        int occurrence = fingerprints.merge(hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String relativeUri(Path relative) {
        StringBuilder uri = new StringBuilder();
        for (Path segment : relative) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(URI.encodeSegment(segment.toString(), false));
        }
        return uri.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "note";
        };
    }

    /** {@code alignment.staffing-covers-lift} is named {@code AlignmentStaffingCoversLift}. */
    static String ruleName(String ruleId) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : ruleId.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.toString();
    }

    /** {@code 0.1.0.202612070100} is {@code 0.1.0+202612070100} (the qualifier as build metadata). */
    static String semanticVersion(String version) {
        String[] parts = version.split("\\.");
        if (parts.length <= 3) {
            return version;
        }
        return parts[0] + "." + parts[1] + "." + parts[2] + "+" + String.join(".", List.of(parts).subList(3,
                parts.length));
    }

    /** SARIF messages are sentences: they end with a period. */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
            return trimmed;
        }
        return trimmed + ".";
    }
}
