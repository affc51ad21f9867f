package tandem.excel.internal.read;

/** Receives the rows of a sheet as they are read; may stop reading. */
@FunctionalInterface
public interface RowSink {

    /**
     * Takes one row.
     *
     * @return {@code false} to stop reading the sheet
     */
    boolean row(Row row);
}
