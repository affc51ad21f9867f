package tandem.checks.quickfixchecklist.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tandem.staffing.model.StaffingPlan;

/** How the staffing rules name plans, shares and numbers. */
final class PlanText {

    static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm");

    private PlanText() {
    }

    /** "Staffing plan 'Billing 2027'". */
    static String plan(StaffingPlan plan) {
        return "Staffing plan '" + (plan.getName() == null || plan.getName().isBlank() ? "(unnamed)" : plan.getName())
                + "'";
    }

    /** A share as a percentage with at most one decimal: 0.85 is "85%", 0.8735 is "87.4%". */
    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "not a number";
        }
        return new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** A number as a planner writes it: 20, not 20.0; 12,345 with grouping. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Double.toString(value);
    }
}
