package tandem.checks.quickfixchecklist.goals;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage.Literals;

/** Fills the missing baseline from the latest reading: its value and its date. */
public class SetGoalBaseline implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Use the latest reading as the baseline: " + finding.data().get(GoalMeasurableCheck.BASELINE)
                + " on " + finding.data().get(GoalMeasurableCheck.BASELINE_DATE);
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(GoalMeasurableCheck.BASELINE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Goal goal) || goal.getBaseline() != null) {
            return null;
        }
        CompoundCommand fill = new CompoundCommand(label(finding));
        fill.append(SetCommand.create(domain, goal, Literals.GOAL__BASELINE,
                Double.valueOf(finding.data().get(GoalMeasurableCheck.BASELINE))));
        fill.append(SetCommand.create(domain, goal, Literals.GOAL__BASELINE_DATE,
                LocalDate.parse(finding.data().get(GoalMeasurableCheck.BASELINE_DATE))));
        return fill;
    }
}
