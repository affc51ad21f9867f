package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.OfferItem;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;

/**
 * Formula cells: other spreadsheet programs save yes/no values as {@code =TRUE()} and {@code =FALSE()}, and planners
 * compute cells; the import reads the result the file holds, and refuses only a formula the file holds no result
 * for, naming the cell.
 */
class FormulaCellsTest {

    @TempDir
    Path folder;

    private SamplePlans plans;
    private WorkbookLayout campaigns;
    private Path workbook;

    @BeforeEach
    void exportTheCalendar() throws IOException {
        plans = new SamplePlans(folder).save();
        campaigns = WorkbookLayouts.forFileExtension("campaigns").orElseThrow();
        workbook = folder.resolve("spring.xlsx");
        WorkbookExport.write(plans.calendar, campaigns, ReferenceScope.of(plans.set), workbook);
    }

    @Test
    void yesCellsSavedAsTrueFormulasImport() throws IOException {
        String limited = limitedItem();
        FormulaCells.replace(workbook, "Offer items", limited, "t=\"b\"><f>TRUE()</f><v>1</v>");

        assertTheSamePlan(WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set)));
    }

    @Test
    void noCellsSavedAsFalseFormulasImport() throws IOException {
        String limited = limitedItem();
        FormulaCells.replace(workbook, "Offer items", limited, "t=\"b\"><f>FALSE()</f><v>0</v>");
        ImportResult read = WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set));

        plans.calendar.eAllContents().forEachRemaining(element -> {
            if (element instanceof OfferItem item) {
                item.setLimitedInventory(false);
            }
        });
        assertTheSamePlan(read);
    }

    /** The cell of the one offer item with limited inventory (yes). */
    private String limitedItem() throws IOException {
        List<String> yes = new ArrayList<>();
        for (Cell cell : column("Offer items", "limited_inventory")) {
            if (cell.getCellType() == CellType.BOOLEAN && cell.getBooleanCellValue()) {
                yes.add(ref(cell));
            }
        }
        assertEquals(1, yes.size(), "the sample has one item with limited inventory: " + yes);
        return yes.get(0);
    }

    @Test
    void numbersDatesAndTextsComputedByFormulasImportAsTheirResults() throws IOException {
        Cell size = column("Drops", "audience_size").get(0);
        Cell date = column("Drops", "date").get(0);
        Cell kind = column("Drops", "kind").get(0);
        String number = BigDecimal.valueOf(size.getNumericCellValue()).toPlainString();
        FormulaCells.replace(workbook, "Drops", ref(size), "><f>" + number + "/2*2</f><v>" + number + "</v>");
        FormulaCells.replace(workbook, "Drops", ref(date), "><f>TODAY()</f><v>"
                + BigDecimal.valueOf(date.getNumericCellValue()).toPlainString() + "</v>");
        FormulaCells.replace(workbook, "Drops", ref(kind), "t=\"str\"><f>LOWER(\"" + kind.getStringCellValue()
                .toUpperCase() + "\")</f><v>" + kind.getStringCellValue() + "</v>");

        assertTheSamePlan(WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set)));
    }

    @Test
    void datesAndTimesWrittenAsIsoDateCellsImport() throws IOException {
        // Some programs write dates as t="d" cells holding ISO 8601 text instead of numbers with a date format.
        List<Cell> dates = column("Drops", "date");
        List<Cell> times = column("Drops", "time");
        for (Cell date : dates) {
            FormulaCells.replace(workbook, "Drops", ref(date), "t=\"d\"><v>"
                    + date.getLocalDateTimeCellValue().toLocalDate() + "T00:00:00</v>");
        }
        for (Cell time : times) {
            FormulaCells.replace(workbook, "Drops", ref(time), "t=\"d\"><v>1899-12-30T"
                    + time.getLocalDateTimeCellValue().toLocalTime() + ":00.000</v>");
        }
        assertTrue(!dates.isEmpty() && !times.isEmpty(), "the sample has drops with dates and times");

        assertTheSamePlan(WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set)));
    }

    @Test
    void aFormulaWithoutASavedResultIsRefusedNamingTheCell() throws IOException {
        Cell size = column("Drops", "audience_size").get(0);
        Cell limited = column("Offer items", "limited_inventory").get(0);
        FormulaCells.replace(workbook, "Drops", ref(size), "><f>1000*2</f>");
        FormulaCells.replace(workbook, "Offer items", ref(limited), "t=\"b\"><f>TRUE()</f>");

        ImportResult read = WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set));

        String hint = " without a saved result; open the workbook in a spreadsheet program and save it again, or "
                + "paste the cells as values";
        assertEquals(List.of("Offer items!" + ref(limited) + ": holds a formula (=TRUE())" + hint,
                "Drops!" + ref(size) + ": holds a formula (=1000*2)" + hint),
                read.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aSharedFormulaWithoutASavedResultIsRefusedToo() throws IOException {
        List<Cell> sizes = column("Drops", "audience_size");
        FormulaCells.replace(workbook, "Drops", ref(sizes.get(0)), "><f t=\"shared\" ref=\"" + ref(sizes.get(0)) + ":"
                + ref(sizes.get(1)) + "\" si=\"0\">1000*2</f>");
        FormulaCells.replace(workbook, "Drops", ref(sizes.get(1)), "><f t=\"shared\" si=\"0\"/>");

        ImportResult read = WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set));

        String hint = " without a saved result; open the workbook in a spreadsheet program and save it again, or "
                + "paste the cells as values";
        assertEquals(List.of("Drops!" + ref(sizes.get(0)) + ": holds a formula (=1000*2)" + hint,
                "Drops!" + ref(sizes.get(1)) + ": holds a formula" + hint),
                read.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFormulaWhoseResultIsAnErrorIsRefusedWithTheError() throws IOException {
        Cell size = column("Drops", "audience_size").get(0);
        FormulaCells.replace(workbook, "Drops", ref(size), "t=\"e\"><f>1/0</f><v>#DIV/0!</v>");

        ImportResult read = WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set));

        assertEquals(List.of("Drops!" + ref(size) + ": holds the Excel error #DIV/0!"),
                read.problems().stream().map(Object::toString).toList());
    }

    private void assertTheSamePlan(ImportResult read) {
        assertEquals(List.of(), read.problems().stream().map(Object::toString).toList());
        assertTrue(EcoreUtil.equals(plans.calendar, read.document()), () -> Differences.between(plans.calendar,
                read.document()));
    }

    /** The non-empty cells below the header in the column. */
    private List<Cell> column(String sheetName, String header) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet sheet = excel.getSheet(sheetName);
            Map<String, Integer> columns = RoundTripTest.header(sheet.getRow(0));
            List<Cell> cells = new ArrayList<>();
            for (Row row : sheet) {
                Cell cell = row.getRowNum() == 0 ? null : row.getCell(columns.get(header));
                if (cell != null && cell.getCellType() != CellType.BLANK) {
                    cells.add(cell);
                }
            }
            return cells;
        }
    }

    private static String ref(Cell cell) {
        return cell.getAddress().formatAsString();
    }
}
