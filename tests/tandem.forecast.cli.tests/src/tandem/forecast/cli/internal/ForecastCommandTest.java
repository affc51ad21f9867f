package tandem.forecast.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliRecorder;

/** {@code tandem-cli forecast}: CSV history in, forecast CSV and accuracy out; exit 1 on bad history, 2 on bad usage. */
class ForecastCommandTest {

    @TempDir
    Path folder;

    private CliRecorder cli;

    private int run(String... args) {
        if (cli == null) {
            cli = new CliRecorder(folder);
        }
        return cli.run("forecast", new ForecastCommand(), args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    /** Weeks of weekday history, 08:00 to 09:45, for two queues; Billing twice Sales. */
    private void history(int weeks) throws IOException {
        StringBuilder csv = new StringBuilder("queue,start,offered\n");
        LocalDate monday = LocalDate.of(2027, 2, 1);
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate day = monday.plusDays(d);
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int slot = 0; slot < 8; slot++) {
                LocalDateTime start = day.atTime(8, 0).plusMinutes(15L * slot);
                int sales = 10 + slot + day.getDayOfWeek().getValue();
                csv.append("Billing,").append(start).append(',').append(2 * sales).append('\n');
                csv.append("Sales,").append(start).append(',').append(sales).append('\n');
            }
        }
        Files.writeString(folder.resolve("acd.csv"), csv);
    }

    @Test
    void forecastsEveryOpenIntervalOfTheRangeAndReportsTheMethodAndItsAccuracy() throws IOException {
        history(6);
        assertEquals(0, run("--history", "acd.csv", "--from", "2027-03-15", "--to", "2027-03-21", "--output",
                "forecast.csv"), err());
        List<String> lines = Files.readAllLines(folder.resolve("forecast.csv"));
        assertEquals("queue,start,forecast,lower,upper", lines.get(0));
        assertEquals(1 + 2 * 5 * 8, lines.size(), "two queues x five weekdays x eight open intervals");
        // Monday 08:00 of Sales is 10 + 0 + 1 every week: every method forecasts 11.
        String[] monday = lines.stream().filter(l -> l.startsWith("Sales,2027-03-15T08:00,")).findFirst()
                .orElseThrow().split(",");
        assertEquals(11, Double.parseDouble(monday[2]), 1e-6);
        assertTrue(Double.parseDouble(monday[3]) <= 11 && Double.parseDouble(monday[4]) >= 11);
        assertTrue(out().startsWith("Billing: "), out());
        assertTrue(out().contains("backtest wMAPE 0.0% per interval"), out());
        assertFalse(lines.stream().anyMatch(l -> l.contains("T12:00") || l.contains("2027-03-20")),
                "no rows for times and weekdays the history never had");
    }

    @Test
    void forecastsFromAWorkbookAsFromTheSameRowsInCsv() throws Exception {
        history(6);
        tandem.history.model.ContactHistory history = tandem.history.model.HistoryFactory.eINSTANCE
                .createContactHistory();
        history.setIntervalMinutes(15);
        tandem.history.model.importer.HistoryImports.apply(history, tandem.history.model.importer.HistoryImports
                .read(history, List.of(folder.resolve("acd.csv")),
                        tandem.history.model.importer.HistoryImports.settingsOf(history, null)));
        tandem.excel.HistoryWorkbooks.write(tandem.history.model.rows.HistoryRows.of(history),
                folder.resolve("acd.xlsx"));
        assertEquals(0, run("--history", "acd.csv", "--from", "2027-03-15", "--to", "2027-03-21", "--output",
                "from-csv.csv"), err());
        assertEquals(0, run("--history", "acd.xlsx", "--from", "2027-03-15", "--to", "2027-03-21", "--output",
                "from-xlsx.csv"), err());
        assertEquals(Files.readAllLines(folder.resolve("from-csv.csv")),
                Files.readAllLines(folder.resolve("from-xlsx.csv")));
        Files.writeString(folder.resolve("broken.xlsx"), "not a workbook");
        assertEquals(1, run("--history", "broken.xlsx", "--from", "2027-03-15", "--to", "2027-03-21"));
        assertTrue(err().contains("broken.xlsx is not an Excel workbook"), err());
    }

    @Test
    void writesJsonAndTheCsvToStandardOutputWithoutOutput() throws IOException {
        history(3);
        assertEquals(0, run("--history", "acd.csv", "--from", "2027-02-22", "--to", "2027-02-22", "--queue", "Sales",
                "--method", "weekly-average", "--weeks", "2", "--format", "json"), err());
        assertTrue(out().startsWith("queue,start,forecast,lower,upper\nSales,2027-02-22T08:00,11,"), out());
        assertTrue(err().contains("\"method\": \"weekly-average(2)\""), err());
    }

    @Test
    void badUsageExitsWithTwo() throws IOException {
        history(3);
        assertEquals(2, run("--history", "acd.csv", "--to", "2027-03-01"));
        assertEquals("tandem-cli forecast: --from is required", err().trim());
        assertEquals(2, run("--history", "acd.csv", "--from", "2027-03-08", "--to", "2027-03-01"));
        assertEquals(2, run("--history", "acd.csv", "--from", "2027-03-01", "--to", "2027-03-01", "--method", "guess"));
        assertTrue(err().startsWith("tandem-cli forecast: --method: unknown method 'guess'"), err());
        assertEquals(2, run("--history", "acd.csv", "--from", "1.3.2027", "--to", "2027-03-01"));
    }

    @Test
    void unreadableOrTooShortHistoryExitsWithOneAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("acd.csv"), "queue,start,offered\nBilling,2027-02-01T08:00,many\n");
        assertEquals(1, run("--history", "acd.csv", "--from", "2027-03-01", "--to", "2027-03-07", "--output",
                "forecast.csv"));
        assertEquals("tandem-cli forecast: acd.csv, row 2, column 'offered': 'many' is not a number", err().trim());
        assertFalse(Files.exists(folder.resolve("forecast.csv")));

        assertEquals(1, run("--history", "missing.csv", "--from", "2027-03-01", "--to", "2027-03-07"));
        assertEquals("tandem-cli forecast: missing.csv: file not found", err().trim());

        history(1);
        assertEquals(1, run("--history", "acd.csv", "--from", "2027-03-01", "--to", "2027-03-07", "--output",
                "forecast.csv"));
        assertTrue(err().contains("has 5 usable days") && err().contains("at least two weeks"), err());
        assertFalse(Files.exists(folder.resolve("forecast.csv")));
    }
}
