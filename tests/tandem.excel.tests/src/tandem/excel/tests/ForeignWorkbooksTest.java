package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;

import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;

/**
 * A planner opens Tandem's workbook in another spreadsheet program, saves it and imports it back: the plan is the
 * same. The workbooks in {@code data/} were written by LibreOffice Calc (re-saving Tandem's export) and by openpyxl
 * (copying its values and formats into a new workbook) with {@code data/make-foreign-workbooks.sh}, from the
 * exports this test writes to {@code target/tandem-workbooks/}.
 */
class ForeignWorkbooksTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{1} written by {0}")
    @CsvSource({ "libreoffice, center", "libreoffice, campaigns", "libreoffice, staffing", "libreoffice, training",
            "libreoffice, ivr", "libreoffice, goals", "openpyxl, center", "openpyxl, campaigns", "openpyxl, staffing",
            "openpyxl, training", "openpyxl, ivr", "openpyxl, goals" })
    void aWorkbookSavedByAnotherProgramImportsAsTheSamePlan(String writer, String fileExtension) throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        EObject original = RoundTripTest.root(plans, fileExtension);
        WorkbookLayout layout = WorkbookLayouts.forFileExtension(fileExtension).orElseThrow();

        ImportResult read = WorkbookImport.read(data(writer + "/" + fileExtension + ".xlsx"), layout,
                ReferenceScope.of(plans.set));

        assertEquals(List.of(), read.problems().stream().map(Object::toString).toList());
        assertTrue(EcoreUtil.equals(original, read.document()), () -> Differences.between(original,
                read.document()) + " (if the sample plans changed, run data/make-foreign-workbooks.sh again)");
    }

    @Test
    void theWorkbooksAreWrittenAsTheOtherProgramsWriteThem() throws IOException {
        String libreOffice = FormulaCells.sheetXml(data("libreoffice/campaigns.xlsx"));
        assertTrue(libreOffice.contains(">TRUE()</f><v>1</v>"), "LibreOffice writes yes as =TRUE(): " + libreOffice);
        assertTrue(libreOffice.contains("t=\"s\""), "LibreOffice writes shared strings");
        String openpyxl = FormulaCells.sheetXml(data("openpyxl/campaigns.xlsx"));
        assertTrue(openpyxl.contains("t=\"inlineStr\""), "openpyxl writes inline strings: " + openpyxl);
    }

    @ParameterizedTest
    @ValueSource(strings = { "libreoffice", "openpyxl" })
    void sheetsWithoutDimensionOrRowAndCellNumbersImport(String writer) throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        WorkbookLayout layout = WorkbookLayouts.forFileExtension("campaigns").orElseThrow();
        Path workbook = data(writer + "/campaigns.xlsx");
        // Writers may leave out the dimension, the numbers of rows, and the references of cells that follow each
        // other without a gap (all optional in the file format): here those of the header row.
        FormulaCells.rewriteSheets(workbook, xml -> {
            String sheet = xml.replaceAll("<dimension [^>]*/>", "").replaceAll("<row r=\"\\d+\"", "<row");
            int header = sheet.indexOf("</row>");
            return header < 0 ? sheet
                    : sheet.substring(0, header).replaceAll("<c r=\"[A-Z]+1\"", "<c") + sheet.substring(header);
        });

        ImportResult read = WorkbookImport.read(workbook, layout, ReferenceScope.of(plans.set));

        assertEquals(List.of(), read.problems().stream().map(Object::toString).toList());
        assertTrue(EcoreUtil.equals(plans.calendar, read.document()), () -> Differences.between(plans.calendar,
                read.document()));
    }

    /** Writes Tandem's own exports, the input of {@code data/make-foreign-workbooks.sh}. */
    @ParameterizedTest
    @ValueSource(strings = { "center", "campaigns", "staffing", "training", "ivr", "goals" })
    void tandemsExportIsWhatTheOtherProgramsReSave(String fileExtension) throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        WorkbookLayout layout = WorkbookLayouts.forFileExtension(fileExtension).orElseThrow();
        String target = System.getProperty("tandem.target");
        Path exports = Files.createDirectories(target == null ? folder.resolve("exports")
                : Path.of(target, "tandem-workbooks"));
        Path workbook = exports.resolve(fileExtension + ".xlsx");
        WorkbookExport.write(RoundTripTest.root(plans, fileExtension), layout, ReferenceScope.of(plans.set),
                workbook);
        assertEquals(List.of(), WorkbookImport.read(workbook, layout, ReferenceScope.of(plans.set)).problems());
    }

    /** A test data file of this bundle, copied to the temporary folder. */
    private Path data(String name) throws IOException {
        // The class belongs to the host bundle; findEntries (unlike getEntry) also looks into this fragment.
        int slash = name.lastIndexOf('/');
        Enumeration<URL> found = FrameworkUtil.getBundle(ForeignWorkbooksTest.class)
                .findEntries("data/" + name.substring(0, slash), name.substring(slash + 1), false);
        assertTrue(found != null && found.hasMoreElements(), "data/" + name + " is missing: run "
                + "data/make-foreign-workbooks.sh");
        URL entry = found.nextElement();
        Path copy = folder.resolve(name.replace('/', '-'));
        try (InputStream in = entry.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
