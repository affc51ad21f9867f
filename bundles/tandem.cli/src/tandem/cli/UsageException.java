package tandem.cli;

/** The command line is wrong; the message says how, in one line (exit code 2). */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
