package tandem.checks.alignment.training;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage.Literals;
import tandem.training.model.TrainingPlan;
import tandem.training.model.readiness.TrainingReadiness;

/**
 * Moves every session after the deadline, of the courses of the finding's training plan that prepare for the
 * campaign, to the latest working day (Monday to Friday) on or before the deadline.
 */
public class TrainingMoveSessions implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Move the late sessions to " + target(finding);
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(TrainingBeforeLaunchCheck.DEADLINE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Course course) || !(course.eContainer() instanceof TrainingPlan plan)) {
            return null;
        }
        LocalDate deadline = LocalDate.parse(finding.data().get(TrainingBeforeLaunchCheck.DEADLINE));
        LocalDate target = target(finding);
        Iterable<Course> courses = finding
                .resolve(TrainingBeforeLaunchCheck.CAMPAIGN, domain.getResourceSet(), Campaign.class)
                .<Iterable<Course>> map(campaign -> TrainingReadiness.coursesFor(plan, campaign)).orElse(List.of(course));
        CompoundCommand move = new CompoundCommand(label(finding));
        for (Course each : courses) {
            for (Session session : each.getSessions()) {
                if (session.getDate() != null && session.getDate().isAfter(deadline)) {
                    move.append(SetCommand.create(domain, session, Literals.SESSION__DATE, target));
                }
            }
        }
        return move.isEmpty() ? null : move;
    }

    private static LocalDate target(Finding finding) {
        return TrainingWorkingDays
                .onOrBefore(LocalDate.parse(finding.data().get(TrainingBeforeLaunchCheck.DEADLINE)));
    }
}
