package tandem.staffing.cli.internal;

import java.util.regex.Pattern;

/**
 * Strict decimal numbers in, compact decimal numbers out. Both run once or more per row of {@code tandem-cli staff},
 * so the common cases avoid regular expressions and intermediate strings.
 */
final class Numbers {

    /** Plain decimal notation, optionally with an exponent: no hex, no NaN, no Java suffixes such as "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15 };

    /** Digits that fit a double's 53-bit mantissa exactly, whatever they are. */
    private static final int EXACT_DIGITS = 15;

    private Numbers() {
    }

    /** The number the text spells, or NaN if it is not a finite decimal number. */
    static double parse(String text) {
        String trimmed = text.trim();
        double fast = parseShort(trimmed);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(trimmed);
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /**
     * The value of a plain decimal of at most 15 digits without an exponent ("12", "-0.5", "117.25"), else NaN. Both
     * the digits as an integer and the power of ten are exact doubles, so their quotient is the correctly rounded
     * value, the same double {@link Double#parseDouble} gives.
     */
    private static double parseShort(String text) {
        int length = text.length();
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

    /**
     * The value rounded to at most {@code decimals} places, without trailing zeros ("14", "0.88835"); empty for NaN
     * or infinity.
     */
    static String fixed(double value, int decimals) {
        return appendFixed(new StringBuilder(), value, decimals).toString();
    }

    /** Appends {@link #fixed(double, int)} of the value to the text, and returns the text. */
    static StringBuilder appendFixed(StringBuilder text, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return text;
        }
        double scale = Math.pow(10, decimals);
        if (Math.abs(value) * scale >= 9e15) {
            return text.append(value);
        }
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        long unit = (long) scale;
        text.append(scaled / unit);
        long fraction = scaled % unit;
        if (fraction != 0) {
            int places = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            text.append('.');
            for (long width = 10; width <= fraction; width *= 10) {
                places--;
            }
            // places is now the count of leading zeros plus one
            for (int zero = 1; zero < places; zero++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text;
    }
}
