package tandem.ivr.interchange;

/**
 * A flow that cannot be read or written, with a one-line message naming the file and, where there is one, the action
 * identifier or state name.
 */
public class FlowException extends Exception {

    private static final long serialVersionUID = 1L;

    public FlowException(String message) {
        super(message);
    }
}
