package tandem.core.documents;

import java.io.IOException;

/**
 * A document's file was changed on disk (by another program, another import, another editor) since the document
 * was read from it, so saving would silently replace that change; nothing was written.
 */
public class FileChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    public FileChangedException(String message) {
        super(message);
    }
}
