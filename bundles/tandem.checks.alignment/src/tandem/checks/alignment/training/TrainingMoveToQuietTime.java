package tandem.checks.alignment.training;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage.Literals;

/**
 * Moves a session reported by {@link TrainingInPeakCheck} to the least-loaded slot the check found before the
 * training deadline: its date and start time in one undoable command.
 */
public class TrainingMoveToQuietTime implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Move the session to " + finding.data().get(TrainingInPeakCheck.TARGET_DATE) + " at "
                + finding.data().get(TrainingInPeakCheck.TARGET_TIME) + ", the least-loaded time before the deadline";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(TrainingInPeakCheck.TARGET_DATE)
                && finding.data().containsKey(TrainingInPeakCheck.TARGET_TIME);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Session session)) {
            return null;
        }
        LocalDate date = LocalDate.parse(finding.data().get(TrainingInPeakCheck.TARGET_DATE));
        LocalTime time = LocalTime.parse(finding.data().get(TrainingInPeakCheck.TARGET_TIME));
        CompoundCommand move = new CompoundCommand(label(finding));
        move.append(SetCommand.create(domain, session, Literals.SESSION__DATE, date));
        move.append(SetCommand.create(domain, session, Literals.SESSION__START_TIME, time));
        return move;
    }
}
