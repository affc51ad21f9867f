package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;
import static tandem.excel.tests.Workbooks.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.CampaignCalendar;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayouts;
import tandem.staffing.model.StaffingPlan;

/** Workbooks in the 1904 date system (old Mac Excel) import with the dates they show, not 1,462 days early. */
class Date1904Test {

    private static final int DAYS_1900_TO_1904 = 1462;

    @TempDir
    Path folder;

    /** Marks the workbook as counting dates from 1904, as Excel for Mac 2008 and earlier saved them. */
    private static void use1904DateSystem(Path workbook) throws IOException {
        ByteArrayOutputStream patched = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(patched)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/workbook.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8).replaceAll(" date1904=\"[^\"]*\"", "");
                    xml = xml.contains("<workbookPr") ? xml.replace("<workbookPr", "<workbookPr date1904=\"1\"")
                            : xml.replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>");
                    assertTrue(xml.contains("date1904=\"1\""), xml);
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        try (OutputStream out = Files.newOutputStream(workbook)) {
            patched.writeTo(out);
        }
    }

    @Test
    void datesAndDateTimesOfA1904WorkbookAreReadAsShown() throws IOException {
        LocalDate start = LocalDate.of(2026, 3, 2);
        // A 1904 workbook stores 2026-03-02 as the number the 1900 system uses for 1,462 days earlier.
        Path workbook = Workbooks.write(folder.resolve("campaigns.xlsx"), wb -> sheet(wb, "Campaigns",
                row("name", "start_date", "end_date"),
                row("Spring", start.minusDays(DAYS_1900_TO_1904), start.plusDays(30).minusDays(DAYS_1900_TO_1904))));
        use1904DateSystem(workbook);
        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("campaigns")
                .orElseThrow(), ReferenceScope.EMPTY);
        assertTrue(read.succeeded(), read.problems()::toString);
        CampaignCalendar calendar = (CampaignCalendar) read.document();
        assertEquals(start, calendar.getCampaigns().get(0).getStartDate());
        assertEquals(start.plusDays(30), calendar.getCampaigns().get(0).getEndDate());
    }

    @Test
    void intervalStartsOfA1904WorkbookAreReadAsShown() throws IOException {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 30);
        Path workbook = Workbooks.write(folder.resolve("staffing.xlsx"), wb -> {
            sheet(wb, "Plan", row("name", "start_date", "end_date"),
                    row("March", start.toLocalDate().minusDays(DAYS_1900_TO_1904),
                            start.toLocalDate().minusDays(DAYS_1900_TO_1904)));
            sheet(wb, "Intervals", row("start", "baseline"), row(start.minusDays(DAYS_1900_TO_1904), 10));
        });
        use1904DateSystem(workbook);
        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("staffing")
                .orElseThrow(), ReferenceScope.EMPTY);
        assertTrue(read.succeeded(), read.problems()::toString);
        StaffingPlan plan = (StaffingPlan) read.document();
        assertEquals(start.toLocalDate(), plan.getStartDate());
        assertEquals(start, plan.getIntervals().get(0).getStart());
    }
}
