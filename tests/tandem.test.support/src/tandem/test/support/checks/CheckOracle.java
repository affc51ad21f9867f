package tandem.test.support.checks;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import tandem.checks.CheckDefinition;
import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.checks.QuickFix;
import tandem.checks.QuickFixDefinition;

/**
 * Runs one contributed check on a small model and applies its quick fixes through a real command stack, for the
 * oracle test every rule has: the model that breaks it, the exact finding, the model after the fix, and Undo.
 */
public final class CheckOracle {

    private final ResourceSet plans;
    private final EditingDomain domain;
    private LocalDate today = LocalDate.of(2027, 1, 4);
    private CheckSettings settings = CheckSettings.defaults();

    /** An oracle over the documents of a resource set (they need not be saved). */
    public CheckOracle(ResourceSet plans) {
        this.plans = plans;
        this.domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack(), plans);
    }

    public CheckOracle today(LocalDate date) {
        this.today = date;
        return this;
    }

    public CheckOracle settings(CheckSettings newSettings) {
        this.settings = newSettings;
        return this;
    }

    /** The findings of one check, by its id. */
    public List<Finding> run(String checkId) {
        CheckDefinition check = Checklists.findCheck(checkId)
                .orElseThrow(() -> new AssertionError("no check '" + checkId + "' is contributed"));
        CheckReport report = new CheckRunner(Checklists.find(check.checklistId()).map(List::of).orElseThrow(),
                settings, today).run(PlanSets.of(plans), c -> c.id().equals(checkId));
        if (report.outcome(checkId) == CheckReport.Outcome.BROKEN) {
            throw new AssertionError("check '" + checkId + "' is broken (see the log)");
        }
        return report.findingsOf(checkId);
    }

    /** The one quick fix contributed for the finding's check with this id. */
    public QuickFix quickFix(Finding finding, String quickFixId) {
        QuickFixDefinition definition = Checklists.quickFixes(finding.ruleId()).stream()
                .filter(q -> q.id().equals(quickFixId)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick fix '" + quickFixId + "' for " + finding.ruleId()));
        return definition.implementation().get()
                .orElseThrow(() -> new AssertionError("quick fix '" + quickFixId + "' cannot be created"));
    }

    /** Applies a quick fix on the command stack and answers its label. */
    public String apply(Finding finding, String quickFixId) {
        QuickFix fix = quickFix(finding, quickFixId);
        if (!fix.appliesTo(finding)) {
            throw new AssertionError("quick fix '" + quickFixId + "' does not apply to: " + finding.message());
        }
        Command command = fix.createCommand(domain, finding.element(), finding);
        if (command == null || !command.canExecute()) {
            throw new AssertionError("quick fix '" + quickFixId + "' made no executable command");
        }
        domain.getCommandStack().execute(command);
        return fix.label(finding);
    }

    public void undo() {
        domain.getCommandStack().undo();
    }

    public void redo() {
        domain.getCommandStack().redo();
    }

    public EditingDomain domain() {
        return domain;
    }
}
