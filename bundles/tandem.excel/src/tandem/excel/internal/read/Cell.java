package tandem.excel.internal.read;

import tandem.core.text.Decimals;

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

    /**
     * The number the text writes, exactly as {@link Double#parseDouble} reads it. Plain decimals of up to 15 digits
     * (most cells: counts, amounts, whole days) are read by {@link Decimals#plain}; the JDK's general parser, which
     * took a tenth of a large import's time, reads the rest.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public double number() {
        double value = Decimals.plain(text);
        return Double.isNaN(value) ? Double.parseDouble(text) : value;
    }
}
