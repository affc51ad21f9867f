package tandem.checks.quickfixchecklist.goals;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage.Literals;

/** Sets the goal's deadline to the end of the current quarter. */
public class SetGoalDeadline implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Set the deadline to " + finding.data().get(GoalTimeBoundCheck.DEADLINE) + ", the end of the quarter";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(GoalTimeBoundCheck.DEADLINE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        LocalDate deadline = LocalDate.parse(finding.data().get(GoalTimeBoundCheck.DEADLINE));
        if (!(element instanceof Goal goal) || deadline.equals(goal.getDeadline())) {
            return null;
        }
        return SetCommand.create(domain, goal, Literals.GOAL__DEADLINE, deadline);
    }
}
