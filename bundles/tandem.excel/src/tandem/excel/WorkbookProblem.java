package tandem.excel;

/**
 * Something wrong in a workbook, located as precisely as possible: {@code Campaigns!D7: '2026-13-01' is not a date}.
 *
 * @param sheet  the sheet, or {@code null} for problems with the file as a whole
 * @param cell   the cell reference such as {@code D7}, a row such as {@code 7}, or {@code null}
 * @param reason what is wrong, in plain words
 */
public record WorkbookProblem(String sheet, String cell, String reason) {

    /** A problem with the whole file (not a workbook, damaged, encrypted...). */
    public static WorkbookProblem ofFile(String reason) {
        return new WorkbookProblem(null, null, reason);
    }

    /** The problem as one line, {@code sheet!cell: reason}. */
    @Override
    public String toString() {
        if (sheet == null) {
            return reason;
        }
        String where = cell == null ? sheet : sheet + "!" + cell;
        return where + ": " + reason;
    }
}
