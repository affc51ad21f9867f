package tandem.excel;

/**
 * Limits of an import.
 *
 * @param maxRowsPerSheet the most data rows a sheet may have; a sheet with more is refused (Excel itself holds at
 *                        most 1,048,575 below the header)
 * @param maxProblems     the most problems reported one by one; the rest are counted in a last line
 */
public record ImportOptions(int maxRowsPerSheet, int maxProblems) {

    /** Excel's own limits, and at most 500 problems listed. */
    public static final ImportOptions DEFAULT = new ImportOptions(1_048_575, 500);
}
