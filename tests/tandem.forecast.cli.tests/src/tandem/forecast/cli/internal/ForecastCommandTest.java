package tandem.forecast.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;

/** {@code tandem-cli forecast}: CSV history in, forecast CSV and accuracy out; exit 1 on bad history, 2 on bad usage. */
class ForecastCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        ForecastCommand command = new ForecastCommand();
        try {
            CommandLine line = new DefaultParser().parse(command.options(), args);
            return command.run(line, CliContext.of(o, e, folder));
        } catch (ParseException | UsageException x) {
            e.println(x.getMessage());
            return CliContext.USAGE;
        } catch (CommandFailedException x) {
            e.println(x.getMessage());
            return CliContext.FAILED;
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
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
        assertEquals("--from is required", err().trim());
        assertEquals(2, run("--history", "acd.csv", "--from", "2027-03-08", "--to", "2027-03-01"));
        assertEquals(2, run("--history", "acd.csv", "--from", "2027-03-01", "--to", "2027-03-01", "--method", "guess"));
        assertTrue(err().startsWith("--method: unknown method 'guess'"), err());
        assertEquals(2, run("--history", "acd.csv", "--from", "1.3.2027", "--to", "2027-03-01"));
    }

    @Test
    void unreadableOrTooShortHistoryExitsWithOneAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("acd.csv"), "queue,start,offered\nBilling,2027-02-01T08:00,many\n");
        assertEquals(1, run("--history", "acd.csv", "--from", "2027-03-01", "--to", "2027-03-07", "--output",
                "forecast.csv"));
        assertEquals("acd.csv, row 2, column 'offered': 'many' is not a number", err().trim());
        assertFalse(Files.exists(folder.resolve("forecast.csv")));

        assertEquals(1, run("--history", "missing.csv", "--from", "2027-03-01", "--to", "2027-03-07"));
        assertEquals("missing.csv: file not found", err().trim());

        history(1);
        assertEquals(1, run("--history", "acd.csv", "--from", "2027-03-01", "--to", "2027-03-07", "--output",
                "forecast.csv"));
        assertTrue(err().contains("has 5 usable days") && err().contains("at least two weeks"), err());
        assertFalse(Files.exists(folder.resolve("forecast.csv")));
    }
}
