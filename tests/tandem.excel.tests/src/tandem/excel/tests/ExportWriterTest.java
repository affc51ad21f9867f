package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookLayouts;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/**
 * The export's own sheet writer (docs/PERFORMANCE.md, "Excel end to end") writes a workbook that POI's user model
 * and openpyxl read back with the values written, dates as dates, texts with markup and line breaks; two exports of
 * the same plan are the same bytes but for the creation time.
 */
class ExportWriterTest {

    private static final String NAME = "Plan <A> & \"B\"\nline two";

    @TempDir
    Path folder;

    private static StaffingPlan plan() {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName(NAME);
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 0, 0);
        plan.setStartDate(first.toLocalDate());
        plan.setEndDate(first.toLocalDate().plusDays(3));
        plan.setShrinkage(0.3);
        for (int i = 0; i < 96 * 3; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(first.plusMinutes(15L * i));
            interval.setBaseline(10 + (i % 96) * 0.25);
            interval.setScheduled(3 + i % 17);
            if (i % 5 == 0) {
                interval.setAhtSeconds(180.5 + i);
            }
            plan.getIntervals().add(interval);
        }
        return plan;
    }

    private Path export(String name) throws IOException {
        Path workbook = folder.resolve(name);
        WorkbookExport.write(plan(), WorkbookLayouts.forFileExtension("staffing").orElseThrow(), ReferenceScope.EMPTY,
                workbook);
        return workbook;
    }

    @Test
    void poisUserModelReadsTheValuesWritten() throws IOException {
        Path workbook = export("plan.xlsx");
        StaffingPlan plan = plan();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            Sheet planSheet = read.getSheet("Plan");
            assertEquals(NAME, cell(planSheet.getRow(0), planSheet.getRow(1), "name").getStringCellValue());
            Sheet intervals = read.getSheet("Intervals");
            assertEquals(plan.getIntervals().size(), intervals.getLastRowNum());
            Row header = intervals.getRow(0);
            assertEquals(1, intervals.getPaneInformation().getHorizontalSplitPosition(), "the header is frozen");
            for (int r = 1; r <= plan.getIntervals().size(); r++) {
                StaffingInterval expected = plan.getIntervals().get(r - 1);
                Row row = intervals.getRow(r);
                Cell start = cell(header, row, "start");
                assertTrue(DateUtil.isCellDateFormatted(start), "row " + r + ": the start is a date");
                assertEquals(expected.getStart(), start.getLocalDateTimeCellValue(), "row " + r);
                assertEquals(expected.getBaseline(), cell(header, row, "baseline").getNumericCellValue(), "row " + r);
                assertEquals(expected.getScheduled(), cell(header, row, "scheduled").getNumericCellValue(),
                        "row " + r);
                Cell aht = cell(header, row, "aht_seconds");
                if (expected.getAhtSeconds() == null) {
                    assertTrue(aht == null || aht.getCellType() == CellType.BLANK, "row " + r + ": no AHT");
                } else {
                    assertEquals(expected.getAhtSeconds(), aht.getNumericCellValue(), "row " + r);
                }
            }
        }
    }

    private static Cell cell(Row header, Row row, String column) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(column)) {
                return row.getCell(cell.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + column);
    }

    @Test
    void twoExportsDifferOnlyInTheCreationTime() throws Exception {
        Path first = export("first.xlsx");
        Thread.sleep(1100); // a second later: the creation time differs
        Path second = export("second.xlsx");
        List<String> names = entries(first);
        assertEquals(names, entries(second));
        assertTrue(names.contains("xl/worksheets/sheet2.xml"));
        for (String name : names) {
            if (name.equals("docProps/core.xml")) {
                assertNotEquals(new String(bytes(first, name), StandardCharsets.UTF_8),
                        new String(bytes(second, name), StandardCharsets.UTF_8), "the creation time");
                continue;
            }
            assertArrayEquals(bytes(first, name), bytes(second, name), name);
        }
    }

    /** openpyxl (where the machine has it: Debian's python3-openpyxl) reads the cells POI reads. */
    @Test
    void openpyxlReadsTheWorkbook() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import openpyxl").start();
        Assumptions.assumeTrue(check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0, "no openpyxl");
        Path workbook = export("plan.xlsx");
        String script = "import sys\nfrom openpyxl import load_workbook\n"
                + "for ro in (True, False):\n"
                + "    book = load_workbook(sys.argv[1], read_only=ro)\n"
                + "    rows = list(book['Intervals'].iter_rows(values_only=True))\n"
                + "    plan = list(book['Plan'].iter_rows(values_only=True))\n"
                + "    print(len(rows), rows[1][0].isoformat(), rows[2][1], repr(plan[1][plan[0].index('name')]))\n";
        Process read = new ProcessBuilder(python.toString(), "-c", script, workbook.toString())
                .redirectErrorStream(true).start();
        String output = new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(read.waitFor(120, TimeUnit.SECONDS), "openpyxl finished");
        assertEquals(0, read.exitValue(), output);
        List<String> lines = output.lines().filter(l -> !l.contains("Warning") && !l.contains("warn(")).toList();
        String expected = (96 * 3 + 1) + " 2026-01-01T00:00:00 10.25 'Plan <A> & \"B\"\\nline two'";
        assertEquals(List.of(expected, expected), lines, output);
        assertFalse(output.contains("Traceback"), output);
    }

    private static List<String> entries(Path workbook) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                names.add(e.nextElement().getName());
            }
        }
        return names;
    }

    private static byte[] bytes(Path workbook, String name) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
