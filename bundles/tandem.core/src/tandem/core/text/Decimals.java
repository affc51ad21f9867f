package tandem.core.text;

/**
 * Reads the decimals that fill plan files, workbooks and CSV exports (counts, seconds, amounts: "12", "-0.5",
 * "117.25") without the JDK's general parser, which a million-row import or staffing run notices. Only plain
 * decimals of at most 15 digits, with an optional sign and point and no exponent, are read here: the digits as an
 * integer and the power of ten are then both exact doubles, so their quotient is the correctly rounded value, the
 * very double {@link Double#parseDouble} gives. Callers take anything else to their own, stricter or wider, parser.
 */
public final class Decimals {

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15 };

    /** Decimal digits that a double's 53-bit mantissa holds exactly, whatever they are. */
    private static final int EXACT_DIGITS = 15;

    private Decimals() {
    }

    /**
     * The value of a plain decimal ("12", "+3", "-0.5", "1.", ".25") of at most 15 digits without an exponent or
     * spaces, equal to {@code Double.parseDouble(text)}; {@code NaN} for any other text, which the caller parses its
     * own way.
     */
    public static double plain(CharSequence text) {
        int length = text == null ? 0 : text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > EXACT_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (point) {
                    fractionDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double value = mantissa / EXACT_POWERS[fractionDigits];
        return negative ? -value : value;
    }
}
