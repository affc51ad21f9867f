package tandem.excel.internal;

/** A cell's value does not fit its column; the message says why, e.g. {@code '2026-13-01' is not a date}. */
public final class BadValue extends Exception {

    private static final long serialVersionUID = 1L;

    public BadValue(String message) {
        super(message, null, false, false);
    }
}
