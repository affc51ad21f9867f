package tandem.team.git;

/** A team operation that could not be done, with a one-line message for the planner. No local change was lost. */
public class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}
