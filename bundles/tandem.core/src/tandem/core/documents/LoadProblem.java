package tandem.core.documents;

/**
 * Something that kept a plan document from loading cleanly, located as precisely as the parser could.
 *
 * @param file     the file, as the user would name it
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param reason   what is wrong, in plain words
 * @param severity whether the document could still be opened
 */
public record LoadProblem(String file, int line, int column, String reason, Severity severity) {

    /** How bad a load problem is. */
    public enum Severity {
        /** The document was read, but something in it could not be resolved (for example a missing queue). */
        WARNING,
        /** The document could not be read. */
        ERROR
    }

    /** The problem as {@code file:line:column: reason}, the form compilers use and editors link. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(severity == Severity.WARNING ? "warning: " : "").append(reason).toString();
    }
}
