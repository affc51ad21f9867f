package tandem.staffing.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * The day or week the planner is looking at, shared by the table and the chart of one editor: its first day, its
 * length, and the rows it covers.
 */
final class Period {

    /** Whether a period is a day or a week (Monday to Sunday). */
    enum Length {
        DAY("Day", 1), WEEK("Week", 7);

        final String label;
        final int days;

        Length(String label, int days) {
            this.label = label;
            this.days = days;
        }
    }

    private final List<Runnable> listeners = new ArrayList<>();
    private Length length = Length.DAY;
    private LocalDate first;

    Period(LocalDate start) {
        this.first = start == null ? LocalDate.now() : start;
    }

    LocalDate first() {
        return first;
    }

    /** The day after the period. */
    LocalDate end() {
        return first.plusDays(length.days);
    }

    Length length() {
        return length;
    }

    void setLength(Length newLength) {
        length = newLength;
        show(first);
    }

    /** Shows the day or the week containing the date. */
    void show(LocalDate day) {
        first = length == Length.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        listeners.forEach(Runnable::run);
    }

    void next() {
        show(first.plusDays(length.days));
    }

    void previous() {
        show(first.minusDays(length.days));
    }

    /** The index of the period's first row in the plan. */
    int fromIndex(StaffingPlan plan) {
        return StaffingPlans.firstIndexAtOrAfter(plan, first.atStartOfDay());
    }

    /** The index after the period's last row. */
    int toIndex(StaffingPlan plan) {
        return Math.max(fromIndex(plan), StaffingPlans.firstIndexAtOrAfter(plan, end().atStartOfDay()));
    }

    /** What the period is called in headings: "Mon 2026-03-02" or "Week of Mon 2026-03-02". */
    String title() {
        String day = Formats.START.format(first.atStartOfDay()).substring(0, 14);
        return length == Length.WEEK ? "Week of " + day : day;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
