package tandem.checks.quickfixchecklist.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.documents.Ids;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPackage.Literals;

/**
 * Adds the missing sessions after the course's last one, open to all its audiences, with the last session's
 * length, trainer, start time and capacity, one per working day.
 */
public class AddSessions implements QuickFix {

    @Override
    public String label(Finding finding) {
        int count = Integer.parseInt(finding.data().get(CapacityCheck.SESSIONS));
        return "Add " + count + (count == 1 ? " session" : " sessions") + " after the last one, one per working day";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(CapacityCheck.SESSIONS);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Course course)) {
            return null;
        }
        Session last = CapacityCheck.lastSession(course).orElse(null);
        if (last == null || !last.getId().equals(finding.data().get(CapacityCheck.TEMPLATE))) {
            return null;
        }
        int count = Integer.parseInt(finding.data().get(CapacityCheck.SESSIONS));
        List<Session> added = new ArrayList<>();
        LocalDate day = last.getDate();
        for (int i = 0; i < count; i++) {
            day = CapacityCheck.nextWorkingDay(day);
            Session session = TrainingFactory.eINSTANCE.createSession();
            session.setDate(day);
            session.setStartTime(last.getStartTime());
            session.setLengthMinutes(last.getLengthMinutes());
            session.setTrainer(last.getTrainer());
            session.setCapacity(last.getCapacity());
            Ids.assignIfMissing(session);
            added.add(session);
        }
        return AddCommand.create(domain, course, Literals.COURSE__SESSIONS, added);
    }
}
