package tandem.staffing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

/** Assertions for published figures and for agreement with a reference. */
final class Figures {

    private Figures() {
    }

    /**
     * The published figure, given as printed, matches to 6 significant figures, or to every
     * printed digit when fewer than 6 are printed (0.17413 is checked to ±0.000005).
     */
    static void assertPublished(String printed, double actual, String what) {
        BigDecimal expected = new BigDecimal(printed);
        int magnitude = expected.precision() - expected.scale() - 1; // exponent of the leading digit
        double sixFigures = 0.5 * Math.pow(10, magnitude - 5);
        double printedDigits = 0.5 * Math.pow(10, -expected.scale());
        double tolerance = Math.max(sixFigures, printedDigits) * (1 + 1e-9);
        assertEquals(expected.doubleValue(), actual, tolerance, what + ": expected " + printed + ", was " + actual);
    }

    /** Agreement to a relative tolerance. */
    static void assertRelative(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative, what);
    }
}
