package tandem.roster;

import java.util.ArrayList;
import java.util.List;

import tandem.core.documents.Ids;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.shifts.Activities;

/**
 * What applying a generated schedule changes in a roster: the shifts of the scheduled days that are not pinned
 * go, the generated ones come. Editors run the change as one command; the command line applies it directly.
 */
public final class ScheduleApplier {

    private ScheduleApplier() {
    }

    /** The roster's unpinned shifts on the days of the schedule: the ones the schedule replaces. */
    public static List<Shift> replaced(Roster roster, GeneratedSchedule schedule) {
        List<Shift> replaced = new ArrayList<>();
        for (Shift shift : roster.getShifts()) {
            if (!shift.isPinned() && shift.getStart() != null
                    && schedule.grid().contains(shift.getStart().toLocalDate())) {
                replaced.add(shift);
            }
        }
        return replaced;
    }

    /** New shift elements for the generated shifts that are not pinned (pinned ones are in the roster already). */
    public static List<Shift> created(GeneratedSchedule schedule) {
        List<Shift> created = new ArrayList<>();
        for (PlannedShift planned : schedule.shifts()) {
            if (planned.pinned()) {
                continue;
            }
            Shift shift = RosterFactory.eINSTANCE.createShift();
            shift.setId(Ids.newId(shift.eClass()));
            shift.setAgent(planned.agent());
            shift.setStart(planned.start());
            shift.setLengthMinutes(planned.lengthMinutes());
            shift.setQueue(planned.queue());
            shift.setTemplate(planned.template());
            for (PlannedShift.PlannedActivity planned2 : planned.activities()) {
                shift.getActivities().add(Activities.of(planned2.kind(), planned2.name(), planned2.start(),
                        planned2.lengthMinutes()));
            }
            created.add(shift);
        }
        return created;
    }

    /** Applies the schedule to the roster directly (no command). */
    public static void apply(Roster roster, GeneratedSchedule schedule) {
        roster.getShifts().removeAll(replaced(roster, schedule));
        roster.getShifts().addAll(created(schedule));
    }
}
