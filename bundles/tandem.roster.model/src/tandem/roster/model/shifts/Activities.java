package tandem.roster.model.shifts;

import java.time.LocalDateTime;

import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.RosterFactory;

/** Activities of shifts, made in one call: "a 15-minute break at 10:00", "the huddle, a meeting at 08:00". */
public final class Activities {

    private Activities() {
    }

    /** An unnamed activity of {@code lengthMinutes} from {@code start}. */
    public static Activity of(ActivityKind kind, LocalDateTime start, int lengthMinutes) {
        return of(kind, null, start, lengthMinutes);
    }

    /** An activity of {@code lengthMinutes} from {@code start}, named as the planner sees it ({@code null}: none). */
    public static Activity of(ActivityKind kind, String name, LocalDateTime start, int lengthMinutes) {
        Activity activity = RosterFactory.eINSTANCE.createActivity();
        activity.setKind(kind);
        activity.setName(name);
        activity.setStart(start);
        activity.setLengthMinutes(lengthMinutes);
        return activity;
    }
}
