package tandem.excel;

/**
 * Contributes the workbook layout of one plan document type, through the extension point
 * {@code tandem.excel.layouts}. Implementations need a public no-argument constructor; they are created when a
 * workbook of their type is first read or written.
 */
@FunctionalInterface
public interface WorkbookLayoutProvider {

    /** The layout; called once, the result is kept. */
    WorkbookLayout layout();
}
