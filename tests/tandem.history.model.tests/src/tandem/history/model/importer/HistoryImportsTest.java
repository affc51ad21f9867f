package tandem.history.model.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.core.rows.RowTable;
import tandem.core.rows.RowTableResourceFactory;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.HistoryPackage;
import tandem.history.model.rows.HistoryRows;
import tandem.history.model.rows.HistoryRows.Series;

/** Importing ACD interval exports into a contact history: what is read, summed, reported and refused. */
class HistoryImportsTest {

    @TempDir
    Path folder;

    private static HistorySource csv(String name, String text) {
        return CsvSource.of(name, new StringReader(text));
    }

    private static HistoryImports.Result read(ImportSettings settings, HistorySource... sources)
            throws HistoryImportException {
        return HistoryImports.read(null, List.of(sources), settings);
    }

    private static String problem(ImportSettings settings, String text) {
        HistoryImportException e = assertThrows(HistoryImportException.class,
                () -> read(settings, csv("acd.csv", text)));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void headersAreMatchedByNameAndAliasWhateverTheirCaseAndSpacing() throws Exception {
        HistoryImports.Result result = read(ImportSettings.of(15), csv("acd.csv", """
                Skill ; Interval Start ; Calls Offered ; Answered ; Abandons ; AHT (s)
                Billing;2027-03-01 08:00;12;10;2;185.5
                Billing;2027-03-01 08:15;7;7;0;
                """));
        HistoryRows rows = HistoryRows.of(result.rows(), 15);
        assertEquals(List.of("Billing"), rows.queues());
        RowTable table = rows.table();
        assertEquals(LocalDateTime.of(2027, 3, 1, 8, 0), table.getDateTime(HistoryRows.START, 0));
        assertEquals(12, table.getInt(HistoryRows.OFFERED, 0));
        assertEquals(10, table.getInt(HistoryRows.HANDLED, 0));
        assertEquals(2, table.getInt(HistoryRows.ABANDONED, 0));
        assertEquals(1855, table.getInt(HistoryRows.AHT_TENTHS, 0));
        assertEquals(RowTable.MISSING, table.getInt(HistoryRows.AHT_TENTHS, 1));
    }

    @Test
    void finerRowsAreSummedToTheHistoryIntervalWithAhtWeightedByHandled() throws Exception {
        HistoryImports.Result result = read(ImportSettings.of(15), csv("five.csv", """
                queue,start,offered,handled,abandoned,aht_seconds
                Sales,2027-03-01T09:00,4,4,0,100
                Sales,2027-03-01T09:05,6,4,2,200
                Sales,2027-03-01T09:10,2,2,0,0:05:00
                Sales,2027-03-01T09:15,1,1,0,60
                """));
        RowTable table = result.rows();
        assertEquals(2, table.rowCount());
        assertEquals(12, table.getInt(HistoryRows.OFFERED, 0));
        assertEquals(10, table.getInt(HistoryRows.HANDLED, 0));
        assertEquals(2, table.getInt(HistoryRows.ABANDONED, 0));
        // (100 * 4 + 200 * 4 + 300 * 2) / 10 = 180 s
        assertEquals(1800, table.getInt(HistoryRows.AHT_TENTHS, 0));
        assertEquals(1, table.getInt(HistoryRows.OFFERED, 1));
    }

    @Test
    void severalFilesAppendAndOverlappingRowsAreReportedNotDoubled() throws Exception {
        HistoryImports.Result result = read(ImportSettings.of(15), csv("march.csv", """
                queue,start,offered
                Billing,2027-03-01T08:00,5
                Billing,2027-03-01T08:15,6
                """), csv("again.csv", """
                queue,start,offered
                Billing,2027-03-01T08:15,60
                Billing,2027-03-01T08:30,7
                Sales,2027-03-01T08:00,1
                """));
        Series billing = HistoryRows.of(result.rows(), 15).series("Billing");
        assertEquals(3, billing.size());
        assertEquals(6.0, billing.offered()[1], "the history's row is kept");
        assertEquals(2, result.imports().size());
        assertEquals(2, result.imports().get(1).getRowsAdded());
        assertEquals(1, result.imports().get(1).getRowsSkipped());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("again.csv: 1 rows are already in the history "
                + "(Billing 2027-03-01T08:15)")), result.notes().toString());
        assertEquals(List.of("Billing", "Sales"), HistoryRows.of(result.rows(), 15).queues());
    }

    @Test
    void badCountsAreRefusedWithFileRowAndColumn() {
        String header = "queue,start,offered,handled\n";
        assertEquals("acd.csv, row 3, column 'offered': 'twelve' is not a number", problem(ImportSettings.of(15),
                header + "A,2027-03-01T08:00,1,1\nA,2027-03-01T08:15,twelve,1\n"));
        assertEquals("acd.csv, row 2, column 'handled': -1 is negative",
                problem(ImportSettings.of(15), header + "A,2027-03-01T08:00,1,-1\n"));
        assertEquals("acd.csv, row 2, column 'offered': 1.5 is not a whole number of contacts",
                problem(ImportSettings.of(15), header + "A,2027-03-01T08:00,1.5,1\n"));
        assertEquals("acd.csv, row 2, column 'start': '01.03.2027 08:00' is not a date-time (expected "
                + "2027-03-01T08:15 or 2027-03-01 08:15)", problem(ImportSettings.of(15), header
                        + "A,01.03.2027 08:00,1,1\n"));
    }

    @Test
    void emptyFilesMissingColumnsDuplicatesAndMixedLengthsAreRefused() {
        assertEquals("acd.csv: the file is empty (expected a header such as queue,start,offered)",
                problem(ImportSettings.of(15), ""));
        assertEquals("acd.csv: the file has a header but no rows",
                problem(ImportSettings.of(15), "queue,start,offered\n"));
        assertTrue(problem(ImportSettings.of(15), "queue,start,handled\nA,2027-03-01T08:00,1\n")
                .startsWith("acd.csv, row 1: no offered column"));
        assertEquals("acd.csv, row 3: duplicate start 2027-03-01T08:00 of queue A (also row 2)",
                problem(ImportSettings.of(15), "queue,start,offered\nA,2027-03-01T08:00,1\nA,2027-03-01T08:00,2\n"
                        + "A,2027-03-01T08:15,2\n"));
        assertEquals("acd.csv, row 5: mixed interval lengths: 08:35 is not on the file's 15-minute grid",
                problem(ImportSettings.of(15), "queue,start,offered\nA,2027-03-01T08:00,1\nA,2027-03-01T08:15,2\n"
                        + "A,2027-03-01T08:30,2\nA,2027-03-01T08:35,2\nA,2027-03-01T08:45,2\n"));
        assertTrue(problem(ImportSettings.of(15), "queue,start,offered\nA,2027-03-01T08:00,1\nA,2027-03-01T09:00,2\n")
                .contains("the rows are 60 minutes long, longer than the history's 15-minute intervals"));
    }

    @Test
    void theSetupDecidesQueuesAndDaylightSaving() throws Exception {
        ImportSettings berlin = new ImportSettings(15, ZoneId.of("Europe/Berlin"), Set.of("Billing", "Sales"), null);
        assertEquals("acd.csv, row 2, column 'queue': queue 'Retention' is not in the contact-center setup (it has "
                + "Billing, Sales)", problem(berlin, "queue,start,offered\nRetention,2027-03-01T08:00,1\n"));
        assertEquals("acd.csv, row 3, column 'start': 2027-03-28T02:15 does not exist in Europe/Berlin (clocks "
                + "jump from 02:00 to 03:00 that day)", problem(berlin,
                        "queue,start,offered\nBilling,2027-03-28T01:45,1\nBilling,2027-03-28T02:15,1\n"));

        HistoryImports.Result autumn = read(berlin, csv("october.csv", """
                queue,start,offered
                Billing,2027-10-31T02:00,3
                Billing,2027-10-31T02:15,1
                Billing,2027-10-31T02:00,4
                Billing,2027-10-31T02:15,2
                Billing,2027-10-31T03:00,1
                """));
        assertEquals(7, autumn.rows().getInt(HistoryRows.OFFERED, 0));
        assertTrue(autumn.notes().stream().anyMatch(n -> n.contains("both occurrences are summed")));
    }

    @Test
    void gapsAreReportedAndSayWhatIsDoneWithThem() throws Exception {
        HistoryImports.Result result = read(ImportSettings.of(15), csv("gaps.csv", """
                queue,start,offered
                A,2027-03-01T08:00,1
                A,2027-03-01T08:15,1
                A,2027-03-01T09:00,1
                A,2027-03-08T08:00,1
                A,2027-03-09T08:00,1
                A,2027-03-10T08:00,1
                """));
        // Thursdays to Sundays have no rows at all: closed days, not gaps; Tuesday and Wednesday 2 and 3 are gaps.
        assertTrue(result.notes().contains("gaps.csv: A has no rows on 1 stretch(es) of days (first 2027-03-02 "
                + "(2 days)): those days are left out when a forecast learns, not read as zero"), result.notes()
                        .toString());
        assertTrue(result.notes().contains("gaps.csv: A has 2 15-minute intervals without a row inside days with "
                + "rows: read as 0 contacts (exports leave out empty intervals)"), result.notes().toString());
    }

    @Test
    void aFailedImportChangesNothingAndAGoodOneSavesAndLoadsWithTheDocument() throws Exception {
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setName("Acme history");
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "queue,start,offered\nA,2027-03-01T08:00,5\nA,2027-03-01T08:15,6\n");
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "queue,start,offered\nA,2027-03-02T08:00,x\n");
        assertThrows(HistoryImportException.class,
                () -> HistoryImports.read(history, List.of(good, bad), ImportSettings.of(15)));
        assertEquals(0, HistoryRows.of(history).size());

        HistoryImports.apply(history, HistoryImports.read(history, List.of(good), ImportSettings.of(15)));
        ResourceSet set = PlanDocuments.createResourceSet();
        set.getPackageRegistry().put(HistoryPackage.eNS_URI, HistoryPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("history", new RowTableResourceFactory());
        Resource resource = set.createResource(URI.createFileURI(folder.resolve("acme.history").toString()));
        resource.getContents().add(history);
        PlanDocuments.save(resource);

        ResourceSet other = PlanDocuments.createResourceSet();
        other.getPackageRegistry().put(HistoryPackage.eNS_URI, HistoryPackage.eINSTANCE);
        other.getResourceFactoryRegistry().getExtensionToFactoryMap().put("history", new RowTableResourceFactory());
        ContactHistory loaded = (ContactHistory) PlanDocuments
                .load(other, URI.createFileURI(folder.resolve("acme.history").toString())).getContents().get(0);
        assertEquals(history.getRows(), loaded.getRows());
        assertEquals("good.csv", loaded.getImports().get(0).getFile());
        assertEquals(2, loaded.getImports().get(0).getRowsAdded());
    }
}
