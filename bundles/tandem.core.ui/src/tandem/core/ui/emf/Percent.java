package tandem.core.ui.emf;

import java.math.BigDecimal;
import java.math.MathContext;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.core.ui.preferences.TandemPreferences;

/**
 * Rates and shares (service level, shrinkage, occupancy, response and redemption rates) as planners read and type
 * them: the model holds a share (0.8), fields, table cells and the Properties view show a percentage ("80%") and
 * accept "80%", "80 %", "0.18%" or a plain number. A plain number of at least 1 is a percentage ("80" is 80%), one
 * below 1 a share ("0.8" is 80%), as in a spreadsheet's percent cells; so half a percent is typed "0.5%".
 * <p>
 * Which attributes hold a share is model metadata: the annotation {@value #UNIT_SOURCE} with {@code unit=percent}
 * on the attribute in its .ecore. The preference {@link TandemPreferences#percentDisplay()} (default on)
 * turns percentages off, so shares show and are typed as fractions again.
 */
public final class Percent {

    /** Source of the annotation that gives an attribute's unit. */
    public static final String UNIT_SOURCE = "http://tandem.dev/unit";
    private static final MathContext DIGITS = new MathContext(10);

    private Percent() {
    }

    /** Whether the attribute holds a share that planners read as a percentage. */
    public static boolean isPercent(Object feature) {
        if (!(feature instanceof EStructuralFeature structural)) {
            return false;
        }
        EAnnotation unit = structural.getEAnnotation(UNIT_SOURCE);
        return unit != null && "percent".equals(unit.getDetails().get("unit"));
    }

    /** Whether the attribute is shown as a percentage now: it holds a share and the preference is on. */
    public static boolean showsPercent(Object feature) {
        return isPercent(feature) && display();
    }

    private static boolean display() {
        try {
            return Platform.getPreferencesService() == null || TandemPreferences.percentDisplay();
        } catch (RuntimeException e) {
            return true; // no preference service (plain unit tests): the default
        }
    }

    /** A share as a percentage without needless digits: 0.8 is "80%", 0.0018 is "0.18%", 0.125 is "12.5%". */
    public static String format(double share) {
        if (Double.isNaN(share)) {
            return "";
        }
        if (Double.isInfinite(share)) {
            return share > 0 ? "\u221e%" : "-\u221e%";
        }
        BigDecimal percent = new BigDecimal(share).movePointRight(2).round(DIGITS).stripTrailingZeros();
        String text = percent.scale() < 0 ? percent.setScale(0).toPlainString() : percent.toPlainString();
        return text + "%";
    }

    /**
     * The share a planner typed: "80%", "80 %", "0.18%", "80" (80%) or "0.8" (80%); a decimal comma is taken as a
     * point.
     *
     * @throws IllegalArgumentException with a one-line message naming the text when it is not a percentage or is
     *                                  negative
     */
    public static double parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        boolean percentSign = trimmed.endsWith("%");
        String number = (percentSign ? trimmed.substring(0, trimmed.length() - 1) : trimmed).trim();
        if (number.indexOf('.') < 0 && number.indexOf(',') == number.lastIndexOf(',')) {
            number = number.replace(',', '.');
        }
        BigDecimal value;
        try {
            if (number.isEmpty() || !number.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException(number);
            }
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a percentage such as 80% or 0.5%");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("'" + trimmed + "' is negative: a percentage is 0% or more");
        }
        // In decimal, so that "0.18%" is the double nearest 0.0018, as the model's file writes it.
        return (percentSign || value.compareTo(BigDecimal.ONE) >= 0 ? value.movePointLeft(2) : value).doubleValue();
    }
}
