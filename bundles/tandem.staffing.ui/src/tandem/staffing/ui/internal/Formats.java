package tandem.staffing.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the staffing editor writes numbers and times. */
final class Formats {

    static final String NONE = "\u2013";
    static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** A count or a number with at most {@code decimals} places, without trailing zeros; a dash for NaN. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return NONE;
        }
        if (Double.isInfinite(value)) {
            return "\u221e";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (decimals > 0) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    /**
     * An ASA in seconds with one decimal; for an interval whose agents cannot keep up, "overloaded" and the wait
     * predicted with the assumed patience: "overloaded (95.2)".
     */
    static String asa(double seconds, boolean overloaded) {
        String text = number(seconds, 1);
        return overloaded ? "overloaded (" + text + ")" : text;
    }

    /** A share as a percentage with one decimal: 0.88835 is "88.8%". */
    static String percent(double share) {
        return Double.isNaN(share) ? NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A gap with its sign: "+2", "0", "-3". */
    static String signed(double value) {
        if (Double.isNaN(value)) {
            return NONE;
        }
        String text = number(value, 1);
        return value > 0 ? "+" + text : text;
    }
}
