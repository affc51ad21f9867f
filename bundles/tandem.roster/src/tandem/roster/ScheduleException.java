package tandem.roster;

/** A schedule cannot be made or read; the message says why in the planner's words, naming the element or row. */
public class ScheduleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem described by the message. */
    public ScheduleException(String message) {
        super(message);
    }
}
