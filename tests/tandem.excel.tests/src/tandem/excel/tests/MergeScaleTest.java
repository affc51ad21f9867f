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

/** Merging grows linearly with the rows: four times the rows take about four times as long, not sixteen. */
class MergeScaleTest {

    private static StaffingPlan plan(LocalDate start, LocalDate end) {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName("Large");
        plan.setStartDate(start);
        plan.setEndDate(end);
        plan.setAhtSeconds(180);
        plan.setServiceLevelShare(0.8);
        return plan;
    }

    /** Seconds to plan and apply merging {@code rows} new intervals into an empty plan. */
    private static double merge(int rows) {
        LocalDateTime first = LocalDateTime.of(2026, 1, 5, 0, 0);
        LocalDate end = first.plusMinutes(15L * rows).toLocalDate();
        StaffingPlan existing = plan(first.toLocalDate(), end);
        StaffingPlan imported = plan(first.toLocalDate(), end);
        for (int i = 0; i < rows; i++) {
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

        assertEquals(rows, existing.getIntervals().size());
        assertEquals(first.plusMinutes(15L * (rows - 1)), existing.getIntervals().get(rows - 1).getStart());
        return seconds;
    }

    @Test
    void fourTimesTheNewRowsTakeAboutFourTimesAsLong() {
        merge(20_000); // warm up
        double small = merge(60_000);
        double large = merge(240_000);
        // Linear: about 4 times; quadratic (each new row shifting the rest of the workbook's list): about 16.
        assertTrue(large < 9 * small + 1, "60,000 rows took " + small + " s, 240,000 took " + large + " s");
    }
}
