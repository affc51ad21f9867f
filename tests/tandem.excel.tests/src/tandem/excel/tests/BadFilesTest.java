package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;
import tandem.excel.ImportOptions;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;

/**
 * Files that are not good workbooks: each gets one clear reason, and importing it into a plan leaves the plan file
 * exactly as it was.
 */
class BadFilesTest {

    @TempDir
    Path folder;

    private SamplePlans plans;
    private WorkbookLayout campaigns;
    private Path good;

    @BeforeEach
    void writeAGoodWorkbook() throws IOException {
        plans = new SamplePlans(folder).save();
        campaigns = WorkbookLayouts.forFileExtension("campaigns").orElseThrow();
        good = folder.resolve("spring.xlsx");
        WorkbookExport.write(plans.calendar, campaigns, ReferenceScope.of(plans.set), good);
    }

    @Test
    void aTextFileNamedXlsx() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.xlsx"), "name;date\nSpring;2026-03-01\n");
        refused(notes, "notes.xlsx is not an Excel workbook (.xlsx)");
    }

    @Test
    void anEmptyFile() throws IOException {
        refused(Files.write(folder.resolve("empty.xlsx"), new byte[0]), "empty.xlsx is empty, not an Excel workbook");
    }

    @Test
    void aTruncatedCopyOfAGoodWorkbook() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        refused(truncated, "truncated.xlsx is damaged or incomplete");
    }

    @Test
    void aFormulaWhereANumberIsExpected() throws IOException {
        int[] column = new int[1];
        Workbooks.edit(good, wb -> column[0] = Workbooks.column(wb.getSheet("Drops"), "audience_size"));
        String cell = org.apache.poi.ss.util.CellReference.convertNumToColString(column[0]) + "2";
        FormulaCells.replace(good, "Drops", cell, "><f>1000*2</f>"); // as written by a library that does not calculate
        refused(good, "Drops!" + cell + ": holds a formula (=1000*2) without a saved result; open the workbook in a "
                + "spreadsheet program and save it again, or paste the cells as values");
    }

    @Test
    void aZipBomb() throws IOException {
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(good.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    // 20 MB of spaces inside the sheet data: it packs into a few kilobytes.
                    out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData>").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        refused(bomb, "bomb.xlsx, sheet Campaigns looks like a zip bomb");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path encrypted = folder.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(good, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        refused(encrypted, "secret.xlsx is password-protected (encrypted); remove the password in Excel and save "
                + "it again");
    }

    @Test
    void anOldXlsWorkbook() throws IOException {
        Path xls = folder.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Campaigns").createRow(0).createCell(0).setCellValue("name");
            workbook.write(out);
        }
        refused(xls, "old.xlsx is an Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx");
    }

    @Test
    void aSheetWithMoreRowsThanAllowed() throws IOException {
        Path intervals = Workbooks.write(folder.resolve("huge.xlsx"), wb -> {
            Object[][] rows = new Object[6002][]; // several batches of rows beyond the limit
            rows[0] = Workbooks.row("start", "baseline");
            for (int i = 1; i < rows.length; i++) {
                rows[i] = Workbooks.row(java.time.LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(15L * i), 1);
            }
            Workbooks.sheet(wb, "Intervals", rows);
        });

        ImportResult read = WorkbookImport.read(intervals, WorkbookLayouts.forFileExtension("staffing")
                .orElseThrow(), ReferenceScope.EMPTY, new ImportOptions(1000, 100));

        assertEquals(List.of("Intervals!1002: the sheet has more than 1000 rows; Tandem reads at most that many"),
                read.problems().stream().map(WorkbookProblem::toString).toList());
        SheetReadersTest.assertNoSheetReaderThread(); // the sheet's scanner stopped with the import
    }

    @Test
    void aWorkbookOfAnotherKind() throws IOException {
        Path other = Workbooks.write(folder.resolve("budget.xlsx"), wb -> Workbooks.sheet(wb, "Budget",
                Workbooks.row("cost centre", "amount")));
        refused(other, "budget.xlsx has none of the sheets of a campaign calendar (Calendar, Campaigns, Offers, "
                + "Offer items, Success metrics, Drops, Channel shares); is it the right workbook?");
    }

    /** Asserts the read fails with the message, and that importing into the calendar's file changes nothing. */
    private void refused(Path workbook, String message) throws IOException {
        ImportResult read = WorkbookImport.read(workbook, campaigns, ReferenceScope.of(plans.set));
        List<String> problems = read.problems().stream().map(WorkbookProblem::toString).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(message), () -> problems.get(0) + "\n  should start with\n" + message);

        Path plan = plans.file(plans.calendar);
        byte[] before = Files.readAllBytes(plan);
        Cli cli = new Cli(folder);
        assertEquals(CliContext.FAILED, cli.importWorkbook(workbook.toString(), plan.toString(), "--into"));
        assertTrue(cli.err().startsWith(message), cli::err);
        assertArrayEquals(before, Files.readAllBytes(plan), "the plan file is unchanged");
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".saving")), "no temporary files");
        }
    }
}
