package tandem.goals.model.progress;

import java.time.LocalDate;

/**
 * Calendar months as a continuous scale, the unit trends are stated in ("2 points a month"). The first of each month
 * is a whole month; days in between count as the share of their month gone by, so 1 January to 1 March is exactly two
 * months whatever February's length.
 */
public final class MonthScale {

    private MonthScale() {
    }

    /** The date on a continuous month scale. */
    public static double index(LocalDate date) {
        return date.getYear() * 12.0 + (date.getMonthValue() - 1) + (date.getDayOfMonth() - 1)
                / (double) date.lengthOfMonth();
    }

    /** Months from one date to another (negative when {@code to} is earlier). */
    public static double between(LocalDate from, LocalDate to) {
        return index(to) - index(from);
    }
}
