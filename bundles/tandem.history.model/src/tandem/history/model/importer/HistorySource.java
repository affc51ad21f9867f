package tandem.history.model.importer;

import java.io.IOException;

/**
 * Rows of cells read from an ACD interval export (a CSV file, a worksheet): the first row read is the header.
 * Sources are read once, front to back, and closed.
 */
public interface HistorySource extends AutoCloseable {

    /** How messages name the source: the file name, and the sheet for workbooks. */
    String name();

    /**
     * The next row's cells as text (dates as ISO {@code 2027-03-01T08:15}, numbers as plain decimals, empty
     * cells as ""), or null at the end.
     *
     * @throws IOException naming the source when it cannot be read
     */
    String[] next() throws IOException;

    /** The 1-based number users see for the row last returned by {@link #next()} (a line, a sheet row). */
    int rowNumber();

    /** How messages name a column: its header and, in workbooks, its letter. */
    default String columnName(int index, String header) {
        return "column " + (header == null || header.isBlank() ? String.valueOf(index + 1) : "'" + header + "'");
    }

    @Override
    void close() throws IOException;
}
