package tandem.core.registry;

/** A contribution to an extension point is wrong; the message says what, for the error log. */
public class InvalidContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidContributionException(String message) {
        super(message);
    }
}
