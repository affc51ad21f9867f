package tandem.checks.alignment.goals;

import java.math.BigDecimal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage.Literals;

/**
 * Fix {@code alignment.goal-staffing.set-target}: sets the goal's target to what the staffing delivers (the
 * predicted value of the finding, rounded the goal's way so that the goal then passes).
 */
public class GoalSetTargetToStaffing implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Set the goal's target to " + finding.data().get(GoalStaffingCheck.PREDICTED)
                + ", what the staffing delivers";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(GoalStaffingCheck.PREDICTED);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        String predicted = finding.data().get(GoalStaffingCheck.PREDICTED);
        if (!(element instanceof Goal goal) || predicted == null) {
            return null;
        }
        double target = new BigDecimal(predicted).doubleValue();
        if (goal.getTarget() != null && goal.getTarget() == target) {
            return null;
        }
        return SetCommand.create(domain, goal, Literals.GOAL__TARGET, target);
    }
}
