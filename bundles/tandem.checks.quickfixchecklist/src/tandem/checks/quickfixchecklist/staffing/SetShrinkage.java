package tandem.checks.quickfixchecklist.staffing;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.staffing.model.StaffingPackage.Literals;
import tandem.staffing.model.StaffingPlan;

/**
 * Fix {@code quickfix.staffing-shrinkage.set-default}: gives a plan without shrinkage, or with a stated 0%, the default
 * shrinkage.
 */
public class SetShrinkage implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Set the shrinkage to " + PlanText.percent(proposed(finding));
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(ShrinkageCheck.PROPOSED);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof StaffingPlan plan) || plan.isSetShrinkage() && plan.getShrinkage() != 0) {
            return null;
        }
        return SetCommand.create(domain, plan, Literals.STAFFING_PLAN__SHRINKAGE, proposed(finding));
    }

    private static double proposed(Finding finding) {
        return Double.parseDouble(finding.data().get(ShrinkageCheck.PROPOSED));
    }
}
