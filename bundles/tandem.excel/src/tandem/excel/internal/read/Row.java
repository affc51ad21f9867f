package tandem.excel.internal.read;

import java.util.List;

/**
 * A row as read from a sheet: its 1-based number and its non-empty cells in column order.
 */
public record Row(int number, List<Cell> cells) {

    /** The cell in the column, or {@code null}. */
    public Cell cell(int column) {
        for (Cell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
