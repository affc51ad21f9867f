package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.excel.MergePlan;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.internal.CellLocations;
import tandem.excel.internal.merge.Merger;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/** Merging grows linearly with the rows: a quarter of a million new intervals is a matter of seconds. */
class MergeScaleTest {

    private static final int ROWS = 250_000;

    private static StaffingPlan plan(LocalDate start, LocalDate end) {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName("Large");
        plan.setStartDate(start);
        plan.setEndDate(end);
        plan.setAhtSeconds(180);
        plan.setServiceLevelShare(0.8);
        return plan;
    }

    @Test
    void aQuarterOfAMillionNewIntervalsMergeInLinearTime() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 5, 0, 0);
        LocalDate end = first.plusMinutes(15L * ROWS).toLocalDate();
        StaffingPlan existing = plan(first.toLocalDate(), end);
        StaffingPlan imported = plan(first.toLocalDate(), end);
        for (int i = 0; i < ROWS; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(first.plusMinutes(15L * i));
            interval.setBaseline(10);
            imported.getIntervals().add(interval);
        }
        WorkbookLayout layout = WorkbookLayouts.forFileExtension("staffing").orElseThrow();

        long started = System.nanoTime();
        MergePlan merge = Merger.plan(imported, existing, layout,
                sheet -> sheet.equals("Intervals") ? Set.of("start", "baseline") : Set.of(), new CellLocations(), 500);
        assertTrue(merge.problems().isEmpty(), merge.problems()::toString);
        merge.command("Import").execute();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(ROWS, existing.getIntervals().size());
        assertEquals(first.plusMinutes(15L * (ROWS - 1)), existing.getIntervals().get(ROWS - 1).getStart());
        assertTrue(seconds < 10, "merging " + ROWS + " new intervals took " + seconds + " s");
    }
}
