package tandem.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.ElementPaths;
import tandem.core.documents.LoadProblem;

/**
 * Runs the enabled checks of some checklists on a plan set. A check that throws is reported as broken (and logged)
 * and never stops the others.
 */
public final class CheckRunner {

    private final List<ChecklistDefinition> checklists;
    private final CheckSettings settings;
    private final LocalDate today;

    public CheckRunner(List<ChecklistDefinition> checklists, CheckSettings settings, LocalDate today) {
        this.checklists = List.copyOf(checklists);
        this.settings = settings;
        this.today = today;
    }

    /** Rule id of the finding for a plan file that could not be read (or a folder that could not be listed). */
    public static final String UNREADABLE_PLAN = "tandem.unreadable-plan";
    /** Rule id of the finding for a reference between plans that could not be followed. */
    public static final String UNRESOLVED_REFERENCE = "tandem.unresolved-reference";
    /** Rule id of the finding for an id that two elements of one file have. */
    public static final String DUPLICATE_ID = "tandem.duplicate-id";
    /** Checklist id of those findings: they come from reading the plans, not from a checklist. */
    public static final String READING = "tandem.reading";

    /** Runs every enabled check. */
    public CheckReport run(PlanSet plans) {
        return run(plans, check -> true);
    }

    /**
     * Runs every enabled check on the plans that were read, and reports each file that could not be read and each
     * reference that could not be followed as a finding of its own ({@link #UNREADABLE_PLAN},
     * {@link #UNRESOLVED_REFERENCE}, {@link #DUPLICATE_ID}; errors, warnings for what was skipped on purpose), so
     * that a report never looks clean for plans it did not read.
     */
    public CheckReport run(PlanSets.Loaded loaded) {
        CheckReport checked = run(loaded.plans());
        List<Finding> findings = new ArrayList<>();
        for (LoadProblem problem : loaded.problems()) {
            findings.add(readingFinding(UNREADABLE_PLAN, problem, locationOf(problem), problem.reason()));
        }
        for (LoadProblem problem : loaded.unresolved()) {
            // The reason reads "Element / Path: feature refers to ...".
            int colon = problem.reason().indexOf(": ");
            findings.add(colon < 0 ? readingFinding(UNRESOLVED_REFERENCE, problem, locationOf(problem),
                    problem.reason())
                    : readingFinding(UNRESOLVED_REFERENCE, problem, problem.reason().substring(0, colon),
                            problem.reason().substring(colon + 2)));
        }
        for (LoadProblem problem : loaded.duplicateIds()) {
            findings.add(readingFinding(DUPLICATE_ID, problem, locationOf(problem), problem.reason()));
        }
        findings.addAll(checked.findings());
        return new CheckReport(findings, checked.outcomes());
    }

    private static Finding readingFinding(String ruleId, LoadProblem problem, String where, String message) {
        Severity severity = problem.severity() == LoadProblem.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
        URI file = problem.file().startsWith("/") || new java.io.File(problem.file()).isAbsolute()
                ? URI.createFileURI(problem.file()) : URI.createURI(problem.file());
        return new Finding(ruleId, READING, severity, message, file, where, Map.of(), null);
    }

    private static String locationOf(LoadProblem problem) {
        if (problem.line() <= 0) {
            return "file";
        }
        return "line " + problem.line() + (problem.column() > 0 ? ", column " + problem.column() : "");
    }

    /** Runs the enabled checks that match, for example those a change can affect. */
    public CheckReport run(PlanSet plans, Predicate<CheckDefinition> which) {
        List<Finding> findings = new ArrayList<>();
        Map<String, CheckReport.Outcome> outcomes = new HashMap<>();
        for (ChecklistDefinition checklist : checklists) {
            for (CheckDefinition check : checklist.checks()) {
                if (!settings.isEnabled(check)) {
                    outcomes.put(check.id(), CheckReport.Outcome.DISABLED);
                    continue;
                }
                if (!which.test(check)) {
                    continue;
                }
                outcomes.put(check.id(), runOne(check, plans, findings));
            }
        }
        return new CheckReport(findings, outcomes);
    }

    private CheckReport.Outcome runOne(CheckDefinition check, PlanSet plans, List<Finding> findings) {
        Optional<Check> implementation = check.implementation().get();
        if (implementation.isEmpty()) {
            return CheckReport.Outcome.BROKEN;
        }
        Severity configured = settings.severity(check);
        List<Finding> found = new ArrayList<>();
        Parameters parameters;
        try {
            parameters = settings.parameters(check);
            implementation.get().run(new CheckContext() {
                @Override
                public PlanSet plans() {
                    return plans;
                }

                @Override
                public Parameters parameters() {
                    return parameters;
                }

                @Override
                public LocalDate today() {
                    return today;
                }

                @Override
                public void report(Severity severity, EObject element, String message, Map<String, String> data) {
                    found.add(new Finding(check.id(), check.checklistId(), severity == null ? configured : severity,
                            message, EcoreUtil.getURI(element), ElementPaths.of(element), data, element));
                }
            });
        } catch (RuntimeException | LinkageError e) {
            ILog.of(CheckRunner.class).log(new Status(IStatus.ERROR, "tandem.checks",
                    "Check '" + check.id() + "' failed and was skipped", e));
            return CheckReport.Outcome.BROKEN;
        }
        findings.addAll(found);
        if (found.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return CheckReport.Outcome.FAIL;
        }
        return found.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? CheckReport.Outcome.WARN
                : CheckReport.Outcome.PASS;
    }
}
