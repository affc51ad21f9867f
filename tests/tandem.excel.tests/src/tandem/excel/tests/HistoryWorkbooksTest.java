package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.core.rows.RowTable;
import tandem.excel.HistoryWorkbooks;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.importer.CsvSource;
import tandem.history.model.importer.HistoryImportException;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.rows.HistoryRows;

/**
 * Contact history from and to workbooks: the same header matching, checks and summing as CSV (one definition of the
 * columns), bad cells named sheet!cell, nothing imported on error; {@code tandem-cli import/export} of .history.
 */
class HistoryWorkbooksTest {

    @TempDir
    Path folder;

    private static ContactHistory history(int minutes) {
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setIntervalMinutes(minutes);
        return history;
    }

    private static HistoryImports.Result read(ContactHistory history, Path file) throws HistoryImportException {
        return HistoryImports.read(history, List.of(file), HistoryImports.settingsOf(history, null),
                HistoryWorkbooks::open);
    }

    @Test
    void readsAcdNamesDateCellsAndSumsFinerRowsLikeTheCsvReader() throws Exception {
        LocalDateTime eight = LocalDateTime.of(2027, 3, 1, 8, 0);
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Skill", "Interval Start", "Calls Offered", "Answered", "AHT (s)"));
        StringBuilder csv = new StringBuilder("Skill,Interval Start,Calls Offered,Answered,AHT (s)\n");
        for (int i = 0; i < 6; i++) {
            LocalDateTime start = eight.plusMinutes(5L * i);
            rows.add(row("Billing", start, 10 + i, 9 + i, 200.5));
            csv.append("Billing,").append(start).append(',').append(10 + i).append(',').append(9 + i)
                    .append(",200.5\n");
        }
        Path xlsx = Workbooks.write(folder.resolve("acd.xlsx"),
                w -> Workbooks.sheet(w, "Calls", rows.toArray(Object[][]::new)));
        Files.writeString(folder.resolve("acd.csv"), csv);

        ContactHistory fromWorkbook = history(15);
        HistoryImports.apply(fromWorkbook, read(fromWorkbook, xlsx));
        ContactHistory fromCsv = history(15);
        HistoryImports.apply(fromCsv, HistoryImports.read(fromCsv, List.of(folder.resolve("acd.csv")),
                HistoryImports.settingsOf(fromCsv, null), CsvSource::open));

        RowTable table = fromWorkbook.getRows();
        assertEquals(2, table.rowCount(), "5-minute rows summed into two quarter hours");
        assertEquals(10 + 11 + 12, table.getInt(HistoryRows.OFFERED, 0));
        assertEquals(eight.plusMinutes(15), RowTable.dateTime(table.getInt(HistoryRows.START, 1)));
        assertEquals(2005, table.getInt(HistoryRows.AHT_TENTHS, 0));
        assertEquals(fromCsv.getRows(), table, "the workbook reads exactly as the same rows in CSV");
    }

    @Test
    void readsTheHistorySheetAndSeparateDateAndTimeColumns() throws Exception {
        Path xlsx = Workbooks.write(folder.resolve("acd.xlsx"), w -> {
            Workbooks.sheet(w, "Notes", row("exported by the ACD"));
            Workbooks.sheet(w, "History", row("Queue", "Date", "Time", "Offered"),
                    row("Sales", LocalDate.of(2027, 3, 1), LocalTime.of(0, 0), 4),
                    row("Sales", LocalDate.of(2027, 3, 1), LocalTime.of(0, 15), 5));
        });
        ContactHistory history = history(15);
        HistoryImports.apply(history, read(history, xlsx));
        RowTable table = history.getRows();
        assertEquals(2, table.rowCount());
        assertEquals(LocalDateTime.of(2027, 3, 1, 0, 0), RowTable.dateTime(table.getInt(HistoryRows.START, 0)));
        assertEquals(5, table.getInt(HistoryRows.OFFERED, 1));
    }

    @Test
    void badCellsAreNamedBySheetAndCellAndNothingIsImported() throws Exception {
        Path xlsx = Workbooks.write(folder.resolve("bad.xlsx"), w -> Workbooks.sheet(w, "History",
                row("queue", "start", "offered"),
                row("Sales", LocalDateTime.of(2027, 3, 1, 8, 0), 4),
                row("Sales", LocalDateTime.of(2027, 3, 1, 8, 15), "many"),
                row("Sales", "tomorrow", 3),
                row("Sales", LocalDateTime.of(2027, 3, 1, 8, 45), -2)));
        ContactHistory history = history(15);
        HistoryImportException e = assertThrows(HistoryImportException.class, () -> read(history, xlsx));
        assertEquals(List.of("bad.xlsx, row 3, cell History!C3 ('offered'): 'many' is not a number",
                "bad.xlsx, row 4, cell History!B4 ('start'): 'tomorrow' is not a date-time (expected "
                        + "2027-03-01T08:15 or 2027-03-01 08:15)",
                "bad.xlsx, row 5, cell History!C5 ('offered'): -2 is negative"), e.problems());
        assertTrue(history.getRows() == null || history.getRows().rowCount() == 0);

        Files.write(folder.resolve("old.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0 });
        HistoryImportException old = assertThrows(HistoryImportException.class,
                () -> read(history, folder.resolve("old.xls")));
        assertTrue(old.getMessage().startsWith("old.xls"), old.getMessage());
    }

    @Test
    void exportsAndImportsBackTheSameRows() throws Exception {
        StringBuilder csv = new StringBuilder("queue,start,offered,handled,abandoned,aht_seconds\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 2 == 0 ? "Billing," : "Sales,")
                    .append(LocalDateTime.of(2027, 3, 1, 0, 0).plusMinutes(15L * (i / 2))).append(',').append(i)
                    .append(',').append(i / 2).append(',').append(i % 3).append(',').append(i % 2 == 0 ? "180.5" : "")
                    .append('\n');
        }
        Files.writeString(folder.resolve("acd.csv"), csv);
        ContactHistory original = history(15);
        HistoryImports.apply(original, HistoryImports.read(original, List.of(folder.resolve("acd.csv")),
                HistoryImports.settingsOf(original, null)));
        Path xlsx = folder.resolve("history.xlsx");
        assertEquals(200, HistoryWorkbooks.write(HistoryRows.of(original), xlsx));
        ContactHistory back = history(15);
        HistoryImports.apply(back, read(back, xlsx));
        assertEquals(original.getRows(), back.getRows());
    }

    @Test
    void commandLineImportsAWorkbookIntoAHistoryAndExportsIt() throws Exception {
        Workbooks.write(folder.resolve("acd.xlsx"), w -> Workbooks.sheet(w, "History",
                row("queue", "start", "offered"),
                row("Sales", LocalDateTime.of(2027, 3, 1, 8, 0), 4),
                row("Sales", LocalDateTime.of(2027, 3, 1, 8, 30), 6)));
        Cli cli = new Cli(folder);
        assertEquals(0, cli.importWorkbook("acd.xlsx", "sales.history", "--interval-minutes", "30"), cli.err());
        ContactHistory history = (ContactHistory) PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(folder.resolve("sales.history").toString())).getContents().get(0);
        assertEquals(30, history.getIntervalMinutes());
        assertEquals(2, history.getRows().rowCount());

        Workbooks.write(folder.resolve("more.xlsx"), w -> Workbooks.sheet(w, "History",
                row("queue", "start", "offered"),
                row("Sales", LocalDateTime.of(2027, 3, 1, 9, 0), 7),
                row("Sales", LocalDateTime.of(2027, 3, 1, 9, 30), "x")));
        byte[] before = Files.readAllBytes(folder.resolve("sales.history"));
        assertEquals(1, cli.importWorkbook("more.xlsx", "sales.history", "--into"));
        assertTrue(cli.err().contains("more.xlsx, row 3, cell History!C3 ('offered'): 'x' is not a number"),
                cli.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("sales.history"))),
                "a failed import changes nothing");

        assertEquals(0, cli.export("sales.history", "out.xlsx"), cli.err());
        ContactHistory back = history(30);
        HistoryImports.apply(back, read(back, folder.resolve("out.xlsx")));
        assertEquals(history.getRows(), back.getRows());
        assertEquals(2, cli.importWorkbook("acd.xlsx", "other.history", "--interval-minutes", "7"));
        assertFalse(Files.exists(folder.resolve("other.history")));
    }
}
