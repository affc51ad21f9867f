package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookException;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookLayouts;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/** What cannot fit, in a workbook or in memory, is refused up front with a message. */
class ExportLimitsTest {

    @TempDir
    Path folder;

    @Test
    void moreRowsThanASheetHoldsAreRefusedUpFront() {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName("Too long");
        LocalDateTime first = LocalDateTime.of(2000, 1, 1, 0, 0);
        plan.setStartDate(first.toLocalDate());
        plan.setEndDate(LocalDate.of(2040, 1, 1));
        for (int i = 0; i <= WorkbookExport.MAX_ROWS_PER_SHEET; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(first.plusMinutes(15L * i));
            plan.getIntervals().add(interval);
        }
        Path target = folder.resolve("too-long.xlsx");
        WorkbookException refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                WorkbookException.class, () -> WorkbookExport.write(plan, WorkbookLayouts.forFileExtension("staffing")
                        .orElseThrow(), ReferenceScope.EMPTY, target)));
        assertTrue(refused.problems().get(0).toString().startsWith("Intervals: 1048576 rows do not fit in a sheet"),
                refused.problems().toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void aWorkbookWhoseTextsUnpackBeyondTheCapIsRefusedBeforeItIsRead() throws java.io.IOException {
        Path workbook = Workbooks.write(folder.resolve("center.xlsx"), wb -> {
            Object[][] rows = new Object[201][];
            rows[0] = Workbooks.row("name");
            for (int i = 1; i < rows.length; i++) {
                rows[i] = Workbooks.row("Team number " + i);
            }
            Workbooks.sheet(wb, "Teams", rows);
        });
        tandem.excel.ImportResult read = tandem.excel.WorkbookImport.read(workbook,
                WorkbookLayouts.forFileExtension("center").orElseThrow(), ReferenceScope.EMPTY,
                new tandem.excel.ImportOptions(1000, 100, 2000));
        assertFalse(read.succeeded());
        assertTrue(read.problems().get(0).toString().contains("unpacks to more than 2000 bytes"),
                read.problems().toString());
        assertTrue(tandem.excel.WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("center")
                .orElseThrow(), ReferenceScope.EMPTY).succeeded(), "the default cap leaves room");
    }
}
