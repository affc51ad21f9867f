package tandem.staffing.cli.internal;

import java.util.regex.Pattern;

/** Strict decimal numbers in, compact decimal numbers out. */
final class Numbers {

    /** Plain decimal notation, optionally with an exponent: no hex, no NaN, no Java suffixes such as "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** The number the text spells, or NaN if it is not a finite decimal number. */
    static double parse(String text) {
        String trimmed = text.trim();
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
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        double scale = Math.pow(10, decimals);
        if (Math.abs(value) * scale >= 9e15) {
            return Double.toString(value);
        }
        long scaled = Math.round(value * scale);
        StringBuilder text = new StringBuilder();
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        long unit = (long) scale;
        text.append(scaled / unit);
        long fraction = scaled % unit;
        if (fraction != 0) {
            String digits = Long.toString(unit + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }
}
