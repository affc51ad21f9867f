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

    /**
     * The number the text writes, exactly as {@link Double#parseDouble} reads it. Plain decimals of up to 15 digits
     * (most cells: counts, amounts, whole days) are computed directly, a 15-digit integer divided by a power of ten
     * both of which a double holds exactly, so that the one rounding of the division is the correct one; the
     * JDK's general parser took a tenth of a large import's time.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public double number() {
        String t = text;
        int length = t == null ? 0 : t.length();
        int i = length > 0 && t.charAt(0) == '-' ? 1 : 0;
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < length; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                if (++count > 15) {
                    return Double.parseDouble(t);
                }
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.parseDouble(t);
            }
        }
        if (count == 0) {
            return Double.parseDouble(t);
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return t.charAt(0) == '-' ? -value : value;
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};
}
