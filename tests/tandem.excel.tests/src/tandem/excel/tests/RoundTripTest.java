package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;

/** Every document type survives a trip through Excel unchanged. */
class RoundTripTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"center", "campaigns", "staffing", "training", "ivr", "goals"})
    void exportThenImportGivesBackAnEqualDocument(String fileExtension) throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        EObject original = root(plans, fileExtension);
        WorkbookLayout layout = WorkbookLayouts.forFileExtension(fileExtension).orElseThrow();
        Path workbook = folder.resolve(fileExtension + ".xlsx");

        List<SheetCounts> written = WorkbookExport.write(original, layout, ReferenceScope.of(plans.set), workbook);
        ImportResult read = WorkbookImport.read(workbook, layout, ReferenceScope.of(plans.set));

        assertEquals(List.of(), read.problems());
        assertTrue(EcoreUtil.equals(original, read.document()), () -> Differences.between(original,
                read.document()));
        assertEquals(written, read.counts(), "rows written and read per sheet");
    }

    @Test
    void datesAreExcelDatesNumbersAreNumbersAndNamesAreReadable() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = folder.resolve("campaigns.xlsx");
        WorkbookExport.write(plans.calendar, WorkbookLayouts.forFileExtension("campaigns").orElseThrow(),
                ReferenceScope.of(plans.set), workbook);

        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet drops = excel.getSheet("Drops");
            Map<String, Integer> header = header(drops.getRow(0));
            Row blast = drops.getRow(2);
            assertEquals("Switch & Save", blast.getCell(header.get("campaign")).getStringCellValue());
            assertEquals("email blast", blast.getCell(header.get("kind")).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(blast.getCell(header.get("date"))), "date is an Excel date");
            assertEquals(java.time.LocalDate.of(2026, 3, 9),
                    blast.getCell(header.get("date")).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, blast.getCell(header.get("audience_size")).getCellType());
            assertEquals(80_000d, blast.getCell(header.get("audience_size")).getNumericCellValue());
            assertEquals("drop-blast", blast.getCell(header.get("id")).getStringCellValue());

            Sheet campaigns = excel.getSheet("Campaigns");
            Map<String, Integer> campaignHeader = header(campaigns.getRow(0));
            assertEquals("Billing; Sales", campaigns.getRow(1).getCell(campaignHeader.get("queues"))
                    .getStringCellValue(), "references by name");
            assertEquals("mail; email blast", campaigns.getRow(1).getCell(campaignHeader.get("channels"))
                    .getStringCellValue());
        }
    }

    @Test
    void aNameSharedByTwoTargetsIsWrittenAsTheId() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        plans.queue("Sales").setName("Billing");
        Path workbook = folder.resolve("campaigns.xlsx");
        WorkbookLayout layout = WorkbookLayouts.forFileExtension("campaigns").orElseThrow();
        WorkbookExport.write(plans.calendar, layout, ReferenceScope.of(plans.set), workbook);

        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet campaigns = excel.getSheet("Campaigns");
            assertEquals("queue-billing; queue-sales", campaigns.getRow(1)
                    .getCell(header(campaigns.getRow(0)).get("queues")).getStringCellValue());
        }
        ImportResult read = WorkbookImport.read(workbook, layout, ReferenceScope.of(plans.set));
        assertTrue(EcoreUtil.equals(plans.calendar, read.document()), () -> Differences.between(plans.calendar,
                read.document()));
    }

    @Test
    void aFailedExportLeavesTheWorkbookAsItWasAndNoPartialFile() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        WorkbookLayout layout = WorkbookLayouts.forFileExtension("campaigns").orElseThrow();
        Path workbook = folder.resolve("campaigns.xlsx");
        WorkbookExport.write(plans.calendar, layout, ReferenceScope.of(plans.set), workbook);
        byte[] before = Files.readAllBytes(workbook);
        plans.calendar.getCampaigns().get(1).setDescription("x".repeat(40_000));

        tandem.excel.WorkbookException failure = org.junit.jupiter.api.Assertions.assertThrows(
                tandem.excel.WorkbookException.class,
                () -> WorkbookExport.write(plans.calendar, layout, ReferenceScope.of(plans.set), workbook));

        assertEquals(List.of("Campaigns!C3: the text is 40000 characters long; an Excel cell holds at most 32767"),
                failure.problems().stream().map(Object::toString).toList());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(workbook));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("campaigns.xlsx"), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.contains("xlsx")).toList(), "no temporary file is left");
        }
    }

    static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    static EObject root(SamplePlans plans, String fileExtension) {
        return switch (fileExtension) {
        case "center" -> plans.center;
        case "campaigns" -> plans.calendar;
        case "staffing" -> plans.staffing;
        case "training" -> plans.training;
        case "ivr" -> plans.ivr;
        case "goals" -> plans.goals;
        default -> throw new IllegalArgumentException(fileExtension);
        };
    }
}
