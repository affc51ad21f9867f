package tandem.core.rows;

import java.io.IOException;

/** Row data that cannot be read: malformed, truncated or beyond the reader's limits. The message names the source. */
public class RowTableFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public RowTableFormatException(String message) {
        super(message);
    }
}
