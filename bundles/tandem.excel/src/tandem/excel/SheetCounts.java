package tandem.excel;

/**
 * What an import does to the elements of one sheet.
 *
 * @param sheet     the sheet name
 * @param added     rows that become new elements
 * @param changed   rows that change an existing element
 * @param unchanged rows equal to an existing element
 */
public record SheetCounts(String sheet, int added, int changed, int unchanged) {

    /** Rows read from the sheet. */
    public int rows() {
        return added + changed + unchanged;
    }
}
