package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;

import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookException;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.internal.read.RowHandOff;
import tandem.excel.internal.read.WorkbookFile;

/**
 * The import's own sheet scanner reads every cell as POI's SAX handler does: workbooks written by POI, by Tandem's
 * export, by openpyxl (normal and write-only), by LibreOffice, and sheets with the XML other programs write by hand
 * (no cell references, indentation and CR LF, CDATA, references, comments, rich text, shared formulas, ISO dates) are
 * read through both readers and compared row by row, cell by cell (column, reference, kind, text, date). Sheets the
 * scanner does not read (prefixed namespaces, another encoding, something unknown halfway) are read again by POI's
 * handler without delivering a row twice; damaged sheets fail with the same message.
 */
class SheetReadersTest {

    @TempDir
    Path folder;

    /** What a reader delivered: the rows, and the failure if it failed. */
    private record Reading(List<tandem.excel.internal.read.Row> rows, String failure) {
    }

    /** The ways a sheet can be read: POI's handler alone, the import's reader on one thread, and on two. */
    enum Reader {
        POI, ONE_THREAD, TWO_THREADS
    }

    static Reading read(Path workbook, String sheet, Reader reader) {
        List<tandem.excel.internal.read.Row> rows = new ArrayList<>();
        try (WorkbookFile file = WorkbookFile.open(workbook)) {
            switch (reader) {
            case POI -> file.readWithPoi(sheet, rows::add);
            case ONE_THREAD -> file.readOnThisThread(sheet, rows::add);
            case TWO_THREADS -> file.readOnTwoThreads(sheet, rows::add);
            }
            return new Reading(rows, null);
        } catch (WorkbookException e) {
            return new Reading(rows, e.getMessage());
        }
    }

    /**
     * Reads every sheet through POI's handler and through the import's reader, on one thread and with the scanner on a
     * second one, and asserts the same rows and failures.
     *
     * @return the rows read (all sheets), so that a test can also check what they hold
     */
    static List<tandem.excel.internal.read.Row> assertSameReading(Path workbook, boolean scannerReadsAll)
            throws IOException {
        List<String> sheets = new ArrayList<>();
        try (WorkbookFile file = WorkbookFile.open(workbook)) {
            file.sheetNames().forEach(sheets::add);
            if (scannerReadsAll) {
                for (String sheet : sheets) {
                    assertNull(file.scanOnly(sheet, row -> true), workbook.getFileName() + ", sheet " + sheet
                            + ": the scanner gave up");
                }
            }
        } catch (WorkbookException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        List<tandem.excel.internal.read.Row> all = new ArrayList<>();
        for (String sheet : sheets) {
            Reading poi = read(workbook, sheet, Reader.POI);
            for (Reader reader : List.of(Reader.ONE_THREAD, Reader.TWO_THREADS)) {
                Reading scanned = read(workbook, sheet, reader);
                String where = workbook.getFileName() + ", sheet " + sheet + ", " + reader;
                assertEquals(poi.rows().size(), scanned.rows().size(), where);
                for (int i = 0; i < poi.rows().size(); i++) {
                    assertEquals(poi.rows().get(i), scanned.rows().get(i), where + ", row " + (i + 1));
                }
                assertEquals(poi.failure(), scanned.failure(), where);
            }
            all.addAll(poi.rows());
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"openpyxl/center.xlsx", "openpyxl/campaigns.xlsx", "openpyxl/staffing.xlsx",
        "openpyxl/training.xlsx", "openpyxl/ivr.xlsx", "openpyxl/goals.xlsx", "libreoffice/center.xlsx",
        "libreoffice/campaigns.xlsx", "libreoffice/staffing.xlsx", "libreoffice/training.xlsx",
        "libreoffice/ivr.xlsx", "libreoffice/goals.xlsx", "differential/openpyxl-normal.xlsx",
        "differential/openpyxl-write-only.xlsx", "differential/libreoffice/openpyxl-normal.xlsx"})
    void workbooksOfOtherProgramsReadTheSame(String name) throws IOException {
        assertReadsOwnTables(data(name), true);
        List<tandem.excel.internal.read.Row> rows = assertSameReading(data(name), true);
        assertTrue(rows.stream().mapToInt(r -> r.cells().size()).sum() > 10, name + " has cells");
    }

    @Test
    void theVariedWorkbooksHoldEveryKindOfCell() throws IOException {
        for (String name : List.of("differential/openpyxl-normal.xlsx", "differential/openpyxl-write-only.xlsx",
                "differential/libreoffice/openpyxl-normal.xlsx")) {
            List<tandem.excel.internal.read.Row> rows = assertSameReading(data(name), true);
            List<tandem.excel.internal.read.Cell> cells = rows.stream().flatMap(r -> r.cells().stream()).toList();
            for (tandem.excel.internal.read.Cell.Kind kind : List.of(tandem.excel.internal.read.Cell.Kind.TEXT,
                    tandem.excel.internal.read.Cell.Kind.NUMBER, tandem.excel.internal.read.Cell.Kind.BOOLEAN,
                    tandem.excel.internal.read.Cell.Kind.ERROR)) {
                assertTrue(cells.stream().anyMatch(c -> c.kind() == kind), name + " has a " + kind + " cell");
            }
            assertTrue(cells.stream().anyMatch(c -> c.date()), name + " has a date");
            assertTrue(cells.stream().anyMatch(c -> "a < b & c > d".equals(c.text())), name + " has markup text");
            assertTrue(cells.stream().anyMatch(c -> "carriage\nreturn".equals(c.text())
                    || "carriage\r\nreturn".equals(c.text())), name + " has a line break");
            assertTrue(cells.stream().anyMatch(c -> c.text() != null && c.text().contains("東京")), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"center", "campaigns", "staffing", "training", "ivr", "goals"})
    void tandemsOwnExportsReadTheSame(String fileExtension) throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        WorkbookLayout layout = WorkbookLayouts.forFileExtension(fileExtension).orElseThrow();
        Path workbook = folder.resolve(fileExtension + ".xlsx");
        WorkbookExport.write(RoundTripTest.root(plans, fileExtension), layout, ReferenceScope.of(plans.set),
                workbook);
        assertSameReading(workbook, true);
    }

    @Test
    void aWorkbookWrittenByPoiWithSharedStringsReadsTheSame() throws IOException {
        Path workbook = poiWorkbook();
        assertReadsOwnTables(workbook, true);
        List<tandem.excel.internal.read.Row> rows = assertSameReading(workbook, true);
        assertTrue(rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> "line\r\nbreak".equals(c.text()))));
        assertTrue(rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> "carriage\rreturn"
                .equals(c.text()))), "an escaped _x000D_ is decoded");
    }

    /** A workbook as POI's user model writes it (shared strings), with formulas evaluated and saved. */
    private Path poiWorkbook() throws IOException {
        return Workbooks.write(folder.resolve("poi.xlsx"), workbook -> {
            Sheet sheet = Workbooks.sheet(workbook, "Values",
                    Workbooks.row("text", "number", "date", "flag"),
                    Workbooks.row("a & b <c>", 1.5, LocalDate.of(2027, 3, 1), true),
                    Workbooks.row("  spaced  ", -42, LocalDateTime.of(2027, 3, 1, 8, 15), false),
                    Workbooks.row("line\r\nbreak", 1e-9, LocalTime.of(9, 30), null),
                    Workbooks.row("carriage\rreturn", 123456789012345d, null, true),
                    Workbooks.row(null, null, null, null),
                    Workbooks.row("Grüße 東京 \uD83D\uDE00", 0.1, LocalDate.of(1900, 1, 1), false));
            Row row = sheet.createRow(10);
            row.createCell(0).setCellFormula("B2*2");
            row.createCell(1).setCellFormula("\"x\"&A2");
            row.createCell(2).setCellFormula("1/0");
            row.createCell(3).setCellFormula("B2>1");
            CellStyle blank = workbook.createCellStyle();
            row.createCell(5).setCellStyle(blank); // a styled cell without a value
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            Cell unevaluated = sheet.createRow(12).createCell(2);
            unevaluated.setCellFormula("SUM(B2:B4)");
            workbook.createSheet("Empty");
        });
    }

    /** The sheet's XML (first sheet), replaced, in a copy of a POI workbook with the usual shared strings. */
    private Path withSheet(String name, String sheetData) throws IOException {
        return withSheetXml(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\r\n"
                + "<dimension ref=\"A1:D9\"/><sheetData>" + sheetData + "</sheetData>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</worksheet>\n");
    }

    private Path withSheetXml(String name, String xml) throws IOException {
        return withSheetBytes(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private Path withSheetBytes(String name, byte[] xml) throws IOException {
        return withParts(name, java.util.Map.of("xl/worksheets/sheet1.xml", xml));
    }

    /** A copy of the POI workbook with some of its parts (by entry name) replaced. */
    private Path withParts(String name, java.util.Map<String, byte[]> parts) throws IOException {
        Path source = Files.exists(folder.resolve("poi.xlsx")) ? folder.resolve("poi.xlsx") : poiWorkbook();
        Path target = folder.resolve(name + ".xlsx");
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                bytes = parts.getOrDefault(entry.getName(), bytes);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    /** Rows of the kinds other programs write, each case in a sheet of its own. */
    private static final String[] HAND_WRITTEN = {
        // no references on rows and cells
        "<row><c t=\"s\"><v>0</v></c><c><v>12.50</v></c><c t=\"b\"><v>1</v></c></row><row/><row>"
            + "<c s=\"1\"><v>46447</v></c></row>",
        // indentation and CR LF, white space around numbers
        "\r\n  <row r=\"1\">\r\n    <c r=\"A1\" t=\"s\">\r\n      <v>1</v>\r\n    </c>\r\n    <c r=\"B1\">"
            + "<v> 7 </v></c>\r\n  </row>\r\n  <row r=\"3\"  spans=\"1:2\" >\n\t<c r=\"B3\" s = '2' ><v>46447.5</v></c>"
            + "</row>\r\n",
        // CDATA, entities, character references, comments and processing instructions
        "<row r=\"1\"><!-- a comment --><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a <b> & c]]></t></is></c>"
            + "<?pi data?><c r=\"B1\"><v><![CDATA[3]]>.25</v></c><c r=\"C1\" t=\"str\"><f>A1</f>"
            + "<v>x &amp; &lt;y&gt; &quot;z&quot; &apos; &#65;&#x42; &#x1F600; &#13;&#10;</v></c></row>",
        // rich text, phonetic runs, preserved spaces, escapes
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>bold</t></r>"
            + "<r><t xml:space=\"preserve\"> and plain </t></r></is></c><c r=\"B2\" t=\"inlineStr\"><is>"
            + "<t>tab_x0009_and_x000D_cr</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t/></is></c></row>",
        // formulas: shared, without results, with results of every type, errors
        "<row r=\"4\"><c r=\"A4\"><f t=\"shared\" ref=\"A4:A6\" si=\"0\">B4*2</f><v>4</v></c>"
            + "<c r=\"B4\"><f>SUM(C1:C3)</f></c><c r=\"C4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            + "<c r=\"D4\" t=\"b\"><f>TRUE()</f><v>1</v></c></row><row r=\"5\"><c r=\"A5\"><f t=\"shared\" si=\"0\"/>"
            + "</c><c r=\"B5\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"C5\"><f>1</f><v/></c></row>",
        // ISO dates, errors, styled cells without values, sparse columns
        "<row r=\"7\"><c r=\"A7\" t=\"d\"><v>2027-03-01T08:15:00Z</v></c><c r=\"B7\" t=\"d\"><v>1899-12-30T09:30:00"
            + "</v></c><c r=\"C7\" s=\"1\"/><c r=\"AA7\" t=\"e\"><v>#N/A</v></c><c r=\"XFD7\" t=\"n\"><v>1E+3</v></c>"
            + "</row><row r=\"9\" ht=\"20\" customHeight=\"1\"></row>",
        // a shared string index with spaces, an empty one, an inline string under a namespace-less attribute
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 2 </v></c><c r=\"B1\" t=\"s\"><v></v></c><c r=\"C1\" t=\"s\"><v>x</v>"
            + "</c></row>",
    };

    @Test
    void sheetsWrittenByHandReadTheSame() throws IOException {
        for (int i = 0; i < HAND_WRITTEN.length; i++) {
            assertSameReading(withSheet("hand" + i, HAND_WRITTEN[i]), true);
        }
    }

    @Test
    void whatTheScannerDoesNotReadIsReadByPoiWithoutRowsTwice() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 40; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c>");
            if (r == 25) {
                rows.append("<x14:extra xmlns:x14=\"urn:other\"/>"); // an element of another namespace
            }
            rows.append("</row>");
        }
        Path halfway = withSheet("halfway", rows.toString());
        try (WorkbookFile file = WorkbookFile.open(halfway)) {
            List<tandem.excel.internal.read.Row> scanned = new ArrayList<>();
            assertNotNull(file.scanOnly("Values", scanned::add), "the scanner gives up");
            assertEquals(24, scanned.size(), "the rows before the unknown element");
        } catch (WorkbookException e) {
            throw new AssertionError(e);
        }
        List<tandem.excel.internal.read.Row> read = assertSameReading(halfway, false);
        assertEquals(40, read.size());

        String prefixed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet xmlns:x=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\">"
                + "<x:v>0</x:v></x:c><x:c r=\"B1\"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>";
        assertEquals(1, assertSameReading(withSheetXml("prefixed", prefixed), false).size());

        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>Grüße</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.ISO_8859_1);
        List<tandem.excel.internal.read.Row> latin = assertSameReading(withSheetBytes("latin1", latin1), false);
        assertEquals("Grüße", latin.get(0).cells().get(0).text());
    }

    @Test
    void damagedSheetsFailWithTheSameMessage() throws IOException {
        String good = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>";
        String[] damaged = {
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + good + "<row r=\"3\"><c r=\"A3\"><v>3</v>", // cut off
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + good + "<row r=\"3\"><c r=\"A3\"><v>3</c></row></sheetData></worksheet>",
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + good + "</sheetData></worksheet>",
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + good + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&unknown;</t></is></c>"
                + "</row></sheetData></worksheet>",
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + good + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v></v></c></row></sheetData></worksheet>",
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + good + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>999</v></c></row></sheetData>"
                + "</worksheet>",
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + good + "</sheetData></worksheet><trailing/>",
        };
        int[] rowsBefore = {2, 2, 0, 2, 2, 2, 2};
        for (int i = 0; i < damaged.length; i++) {
            Path workbook = withSheetXml("damaged" + i, damaged[i]);
            assertSameReading(workbook, false);
            for (Reader reader : List.of(Reader.ONE_THREAD, Reader.TWO_THREADS)) {
                Reading reading = read(workbook, "Values", reader);
                assertNotNull(reading.failure(), "damaged" + i + " fails");
                assertEquals(rowsBefore[i], reading.rows().size(), "damaged" + i + ": the rows before the damage");
            }
        }
    }

    /** Rows {@code from} to {@code to} of a number, an inline string and a date-time each. */
    private static String rows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int r = from; r <= to; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c><c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>text ").append(r)
                    .append("</t></is></c><c r=\"C").append(r).append("\"><v>").append(46000 + r / 96.0)
                    .append("</v></c></row>");
        }
        return rows.toString();
    }

    /**
     * Sheets of several batches of rows, read with the scanner on a second thread as on one: a whole sheet, one the
     * scanner gives up on in the middle of a batch (read again by POI's handler, skipping the rows handed over), one
     * damaged far down (the rows before the damage, then the message), and one whose compressed data is damaged.
     */
    @Test
    void largeSheetsReadTheSameOnTwoThreads() throws IOException {
        int count = 3 * RowHandOff.BATCH_ROWS + 100;
        assertEquals(count, assertSameReading(withSheet("large", rows(1, count)), true).size());

        String halfway = rows(1, 5000) + "<row r=\"5001\"><c r=\"A5001\"><v>1</v></c>"
                + "<x14:extra xmlns:x14=\"urn:other\"/></row>" + rows(5002, count);
        assertEquals(count, assertSameReading(withSheet("largeHalfway", halfway), false).size());

        String mismatched = rows(1, 5999) + "<row r=\"6000\"><c r=\"A6000\"><v>3</c></row>" + rows(6001, count);
        Path damaged = withSheet("largeDamaged", mismatched);
        assertSameReading(damaged, false);
        Reading reading = read(damaged, "Values", Reader.TWO_THREADS);
        assertEquals(5999, reading.rows().size(), "the rows before the damage");
        assertTrue(reading.failure().startsWith("largeDamaged.xlsx, sheet Values is damaged"), reading.failure());

        Path deflated = withSheet("largeDeflated", rows(1, count));
        damageCompressedData(deflated, "xl/worksheets/sheet1.xml");
        assertSameReading(deflated, false);
        Reading broken = read(deflated, "Values", Reader.TWO_THREADS);
        assertNotNull(broken.failure(), "the damaged data fails the reading");
        assertTrue(broken.failure().startsWith("largeDeflated.xlsx, sheet Values "), broken.failure());
        assertTrue(broken.rows().size() < count, "not every row read");
        assertNoSheetReaderThread();
    }

    /** Overwrites bytes in the middle of an entry's compressed data (its central directory stays as it was). */
    private static void damageCompressedData(Path workbook, String entryName) throws IOException {
        long compressed;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            compressed = zip.getEntry(entryName).getCompressedSize();
        }
        byte[] bytes = Files.readAllBytes(workbook);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 30 + name.length < bytes.length; at++) {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4
                    && java.util.Arrays.equals(bytes, at + 30, at + 30 + name.length, name, 0, name.length)) {
                int extra = (bytes[at + 28] & 0xFF) | (bytes[at + 29] & 0xFF) << 8;
                int data = at + 30 + name.length + extra;
                for (int i = 0; i < 64; i++) {
                    bytes[data + (int) (compressed / 2) + i] = (byte) 0xA5;
                }
                Files.write(workbook, bytes);
                return;
            }
        }
        throw new AssertionError(entryName + " not found in " + workbook);
    }

    /**
     * A sink that fails or stops on a large sheet read on two threads gets what it gets on one: the same message, the
     * same rows; and the scanner's thread has ended when the read returns.
     */
    @Test
    void aSinkThatFailsOrStopsEndsTheScannersThread() throws IOException {
        Path large = withSheet("large", rows(1, 5 * RowHandOff.BATCH_ROWS));
        List<String> failures = new ArrayList<>();
        for (Reader reader : List.of(Reader.ONE_THREAD, Reader.TWO_THREADS)) {
            try (WorkbookFile file = WorkbookFile.open(large)) {
                List<tandem.excel.internal.read.Row> taken = new ArrayList<>();
                WorkbookException failed = org.junit.jupiter.api.Assertions.assertThrows(WorkbookException.class,
                        () -> readWith(file, reader, row -> {
                            if (row.number() == 3000) {
                                throw new IllegalStateException("too many problems");
                            }
                            return taken.add(row);
                        }));
                failures.add(failed.getMessage());
                assertEquals(2999, taken.size(), reader.toString());
                assertNoSheetReaderThread();

                taken.clear();
                readWith(file, reader, row -> taken.add(row) && row.number() < 3000);
                assertEquals(3000, taken.size(), reader + ": the rows until the sink stopped");
                assertNoSheetReaderThread();
            } catch (WorkbookException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        assertEquals("large.xlsx, sheet Values cannot be read (too many problems)", failures.get(0));
        assertEquals(failures.get(0), failures.get(1));
    }

    private static void readWith(WorkbookFile file, Reader reader, tandem.excel.internal.read.RowSink sink)
            throws WorkbookException {
        switch (reader) {
        case POI -> file.readWithPoi("Values", sink);
        case ONE_THREAD -> file.readOnThisThread("Values", sink);
        case TWO_THREADS -> file.readOnTwoThreads("Values", sink);
        }
    }

    /** No scanner thread of a sheet read is left running (they are named "sheet reader: ..."). */
    static void assertNoSheetReaderThread() {
        List<String> running = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(name -> name.startsWith("sheet reader")).toList();
        assertTrue(running.isEmpty(), "threads left running: " + running);
    }

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
            + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    /**
     * The cell formats the import reads from styles.xml itself (not through POI's StylesTable) decide dates as POI
     * does: built-in date, time and other formats, custom date and number formats, a custom format that replaces a
     * built-in id, ids given with spaces, an id beyond 16 bits (POI keeps its low 16 bits), a format without an id
     * (General), an undefined custom id, a style index beyond the table.
     */
    @Test
    void numberFormatsReadFromTheStylesPartDecideDatesAsPoiDoes() throws IOException {
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<styleSheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:mc=\"http://schemas"
                + ".openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\" xmlns:x14ac=\"http://"
                + "schemas.microsoft.com/office/spreadsheetml/2009/9/ac\"><numFmts count=\"6\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd hh:mm\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
                + "<numFmt numFmtId=\" 166 \" formatCode=\"[$-409]mmm d, yyyy;@\"/>"
                + "<numFmt numFmtId=\"20\" formatCode=\"#,##0\"/>"
                + "<numFmt numFmtId=\"70000\" formatCode=\"d/m\"/>"
                + "<numFmt numFmtId=\"167\" formatCode=\"&quot;h&quot;0\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs><cellXfs count=\"13\">"
                + "<xf fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" // 0: no id, General
                + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/>" // 1: built-in date
                + "<xf numFmtId=\"22\"/>" // 2: built-in date and time
                + "<xf numFmtId=\"45\"/>" // 3: built-in time mm:ss
                + "<xf numFmtId=\"49\"/>" // 4: built-in text
                + "<xf numFmtId=\"164\"><alignment horizontal=\"left\"/></xf>" // 5: custom date and time
                + "<xf numFmtId=\"165\"/>" // 6: custom number
                + "<xf numFmtId=\"166\"/>" // 7: custom date with a locale
                + "<xf numFmtId=\"20\"/>" // 8: a built-in time id given a number format
                + "<xf numFmtId=\"70000\"/>" // 9: beyond 16 bits
                + "<xf numFmtId=\"200\"/>" // 10: an undefined custom id
                + "<xf numFmtId=\" 2 \"/>" // 11: built-in 0.00, with spaces
                + "<xf numFmtId=\"167\"/>" // 12: a quoted h, which POI takes for a date
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                + "</cellStyles><dxfs count=\"0\"/></styleSheet>";
        StringBuilder sheet = new StringBuilder(SHEET_START);
        for (int style = 0; style <= 14; style++) {
            sheet.append("<row r=\"").append(style + 1).append("\"><c r=\"A").append(style + 1).append("\" s=\"")
                    .append(style).append("\"><v>46447.5</v></c></row>");
        }
        sheet.append(SHEET_END);
        Path workbook = withParts("styles", java.util.Map.of("xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml", sheet.toString().getBytes(StandardCharsets.UTF_8)));
        assertReadsOwnTables(workbook, true);
        List<tandem.excel.internal.read.Row> rows = assertSameReading(workbook, true);
        List<Boolean> dates = rows.subList(0, 15).stream().map(r -> r.cells().get(0).date()).toList();
        assertEquals(List.of(false, true, true, true, false, true, false, true, true, true, false, false, true,
                false, false), dates, "date or not, by style 0 to 14");
    }

    /**
     * The shared strings the import reads from sharedStrings.xml itself (not through POI's table) are POI's texts:
     * plain and preserved spaces, rich text runs joined, phonetic runs left out, _xHHHH_ escapes decoded, references
     * and line breaks, empty texts, other scripts.
     */
    @Test
    void sharedStringsReadFromTheirPartAreThoseOfPoi() throws IOException {
        String[] items = {
            "<si><t>plain</t></si>",
            "<si><t xml:space=\"preserve\">  spaced  </t></si>",
            "<si><r><rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr><t>bold</t></r><r><t xml:space=\""
                + "preserve\"> and plain</t></r></si>",
            "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>",
            "<si><t>tab_x0009_and_x000D_cr</t></si>",
            "<si><t>a &amp; b &lt;c&gt; &#13;&#10;line\r\nbreak</t></si>",
            "<si><t/></si>",
            "<si><r><t></t></r><r><t>second run</t></r></si>",
            "<si><t>Grüße 東京 \uD83D\uDE00</t></si>",
        };
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" "
                + "uniqueCount=\"9\">");
        StringBuilder sheet = new StringBuilder(SHEET_START);
        for (int i = 0; i < items.length; i++) {
            sst.append(items[i]);
            sheet.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\" t=\"s\"><v>")
                    .append(i).append("</v></c></row>");
        }
        sst.append("<extLst><ext uri=\"{x}\"/></extLst></sst>");
        sheet.append(SHEET_END);
        Path workbook = withParts("strings", java.util.Map.of("xl/sharedStrings.xml",
                sst.toString().getBytes(StandardCharsets.UTF_8), "xl/worksheets/sheet1.xml",
                sheet.toString().getBytes(StandardCharsets.UTF_8)));
        assertReadsOwnTables(workbook, true);
        List<tandem.excel.internal.read.Row> rows = assertSameReading(workbook, true);
        List<String> texts = rows.subList(0, items.length).stream().map(r -> r.cells().isEmpty() ? null
                : r.cells().get(0).text()).toList();
        assertEquals("bold and plain", texts.get(2));
        assertEquals("漢字", texts.get(3), "without the phonetic run");
        assertEquals("tab\tand\rcr", texts.get(4));
        assertEquals("a & b <c> \r\nline\nbreak", texts.get(5));
        assertEquals("second run", texts.get(7));

        // An item with an element this reader does not know is left to POI's table, and read the same.
        String odd = sst.toString().replace("<si><t>plain</t></si>",
                "<si><t>plain</t><x:other xmlns:x=\"urn:example\"/></si>");
        Path leftToPoi = withParts("strings-odd", java.util.Map.of("xl/sharedStrings.xml",
                odd.getBytes(StandardCharsets.UTF_8), "xl/worksheets/sheet1.xml",
                sheet.toString().getBytes(StandardCharsets.UTF_8)));
        assertReadsOwnTables(leftToPoi, false);
        assertSameReading(leftToPoi, true);
    }

    private static void assertReadsOwnTables(Path workbook, boolean own) {
        try (WorkbookFile file = WorkbookFile.open(workbook)) {
            assertEquals(own, file.readsOwnTables(), workbook.getFileName() + ": tables read without POI's");
        } catch (WorkbookException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A test data file of this bundle, copied to the temporary folder. */
    private Path data(String name) throws IOException {
        int slash = name.lastIndexOf('/');
        Enumeration<URL> found = FrameworkUtil.getBundle(SheetReadersTest.class)
                .findEntries("data/" + name.substring(0, slash), name.substring(slash + 1), false);
        assertTrue(found != null && found.hasMoreElements(), "data/" + name + " is missing");
        URL entry = found.nextElement();
        Path copy = folder.resolve(name.replace('/', '-'));
        try (InputStream in = entry.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
