package tandem.excel.internal.read;

/**
 * One cell as read from a sheet, before it is converted to a model value.
 *
 * @param column 0-based column index
 * @param ref    the cell reference, e.g. {@code D7}
 * @param kind   what the cell holds
 * @param text   the text, the number as written in the file, {@code 1}/{@code 0} for booleans, the error code, or
 *               the formula
 * @param date   whether a number is formatted as a date or time
 */
public record Cell(int column, String ref, Kind kind, String text, boolean date) {

    /** What a cell holds. */
    public enum Kind {
        TEXT, NUMBER, BOOLEAN, ERROR, FORMULA
    }

    /** Whether the cell holds nothing a planner would see (no value, or only spaces). */
    public boolean isBlank() {
        return text == null || kind == Kind.TEXT && text.isBlank();
    }

    public double number() {
        return Double.parseDouble(text);
    }
}
