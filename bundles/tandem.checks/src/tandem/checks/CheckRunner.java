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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.ElementPaths;

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

    /** Runs every enabled check. */
    public CheckReport run(PlanSet plans) {
        return run(plans, check -> true);
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
