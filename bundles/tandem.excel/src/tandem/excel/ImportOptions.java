package tandem.excel;

/**
 * Limits of an import.
 *
 * @param maxRowsPerSheet the most data rows a sheet may have; a sheet with more is refused (Excel itself holds at
 *                        most 1,048,575 below the header)
 * @param maxProblems     the most problems reported one by one; the rest are counted in a last line
 * @param maxSharedStringsBytes the most bytes the workbook's table of texts may unpack to
 */
public record ImportOptions(int maxRowsPerSheet, int maxProblems, long maxSharedStringsBytes) {

    /**
     * The most bytes the workbook's table of texts (its shared strings) may unpack to: it is held in memory while
     * the sheets are read, so a bigger one is refused before it can exhaust the memory.
     */
    public static final long DEFAULT_MAX_SHARED_STRINGS_BYTES = 256L * 1024 * 1024;

    /** Excel's own limits, and at most 500 problems listed. */
    public static final ImportOptions DEFAULT = new ImportOptions(1_048_575, 500);

    /** Limits with the default cap on the table of texts. */
    public ImportOptions(int maxRowsPerSheet, int maxProblems) {
        this(maxRowsPerSheet, maxProblems, DEFAULT_MAX_SHARED_STRINGS_BYTES);
    }
}
