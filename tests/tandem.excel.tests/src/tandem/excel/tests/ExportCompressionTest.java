package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookLayouts;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/**
 * The export deflates the workbook's entries at the fastest level (docs/PERFORMANCE.md, "Excel end to end"): at
 * zlib's default level deflating a large sheet was the largest single cost of {@code tandem-cli export}.
 */
class ExportCompressionTest {

    @TempDir
    Path folder;

    @Test
    void theSheetIsDeflatedAtTheFastestLevel() throws Exception {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setName("Compressed");
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 0, 0);
        plan.setStartDate(first.toLocalDate());
        plan.setEndDate(first.toLocalDate().plusDays(20));
        for (int i = 0; i < 96 * 20; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(first.plusMinutes(15L * i));
            interval.setBaseline(10 + (i % 96) * 0.5);
            interval.setScheduled(3 + i % 17);
            plan.getIntervals().add(interval);
        }
        Path workbook = folder.resolve("plan.xlsx");
        WorkbookExport.write(plan, WorkbookLayouts.forFileExtension("staffing").orElseThrow(), ReferenceScope.EMPTY,
                workbook);
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet2.xml");
            assertNotNull(sheet, "the Intervals sheet");
            byte[] xml;
            try (InputStream in = zip.getInputStream(sheet)) {
                xml = in.readAllBytes();
            }
            assertEquals(deflatedSize(xml, Deflater.BEST_SPEED), sheet.getCompressedSize(),
                    "compressed size of the sheet (default level: " + deflatedSize(xml, Deflater.DEFAULT_COMPRESSION)
                            + ")");
        }
    }

    private static long deflatedSize(byte[] data, int level) throws IOException {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.size();
        } finally {
            deflater.end();
        }
    }
}
