package tandem.roster.ui.internal.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.roster.ScheduleRules;
import tandem.roster.model.Activity;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.Shift;

/**
 * Moving a shift by hand, as one command: the shift starts at the new time with its breaks and lunch (meetings and
 * training stay where they are), and is pinned so that generating the schedule again keeps it.
 */
final class MoveShiftCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MoveShiftCommand() {
    }

    /** The command's label: "Move shift of Ana to 09:30", with the day when the shift changes day. */
    static String label(Shift shift, LocalDateTime to) {
        String name = shift.getAgent() == null ? "an agent" : shift.getAgent().getName();
        String when = shift.getStart() != null && shift.getStart().toLocalDate().equals(to.toLocalDate())
                ? TIME.format(to)
                : ScheduleRules.describe(to);
        return "Move shift of " + name + " to " + when;
    }

    static Command create(EditingDomain domain, Shift shift, LocalDateTime to) {
        CompoundCommand move = new CompoundCommand(label(shift, to));
        long minutes = Duration.between(shift.getStart(), to).toMinutes();
        move.append(SetCommand.create(domain, shift, RosterPackage.Literals.SHIFT__START, to));
        for (Activity activity : shift.getActivities()) {
            if (activity.getStart() != null && ScheduleRules.movesWithShift(activity)) {
                move.append(SetCommand.create(domain, activity, RosterPackage.Literals.ACTIVITY__START,
                        activity.getStart().plusMinutes(minutes)));
            }
        }
        if (!shift.isPinned()) {
            move.append(SetCommand.create(domain, shift, RosterPackage.Literals.SHIFT__PINNED, Boolean.TRUE));
        }
        return move;
    }
}
