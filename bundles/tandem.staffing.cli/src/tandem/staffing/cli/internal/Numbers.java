package tandem.staffing.cli.internal;

import java.util.regex.Pattern;

import tandem.core.text.Decimals;

/**
 * Strict decimal numbers in, compact decimal numbers out. Both run once or more per row of {@code tandem-cli staff},
 * so the common cases avoid regular expressions and intermediate strings.
 */
final class Numbers {

    /** Plain decimal notation, optionally with an exponent: no hex, no NaN, no Java suffixes such as "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** The number the text spells, or NaN if it is not a finite decimal number. */
    static double parse(String text) {
        String trimmed = text.trim();
        double fast = Decimals.plain(trimmed);
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
