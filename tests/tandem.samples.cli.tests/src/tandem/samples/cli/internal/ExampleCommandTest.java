package tandem.samples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliCommand;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.samples.SamplePlans;

/** {@code tandem-cli example <folder>} writes the example into a new folder and never over existing files. */
class ExampleCommandTest {

    @TempDir
    Path workingDirectory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int example(String... args) throws Exception {
        ExampleCommand command = new ExampleCommand();
        CommandLine line = new DefaultParser().parse(command.options(), args);
        return command.run(line, CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory));
    }

    @Test
    void writesTheExampleIntoANewFolderAndListsTheFiles() throws Exception {
        assertEquals(CliContext.OK, example("spring"));
        for (String name : SamplePlans.fileNames()) {
            assertTrue(Files.isRegularFile(workingDirectory.resolve("spring").resolve(name)), name);
        }
        assertEquals(SamplePlans.fileNames().size(), out.toString(StandardCharsets.UTF_8).lines().count());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("tandem-cli check spring"));
    }

    /** The example's year of contact history, with its setup and calendar beside it, forecasts from the command line. */
    @Test
    void theForecastCommandForecastsFromTheExamplesHistory() throws Exception {
        assertEquals(CliContext.OK, example("spring"));
        Path folder = workingDirectory.resolve("spring");
        Path csv = folder.resolve("forecast.csv");
        CliCommand forecast = CliCommands.contributed("forecast")
                .orElseThrow(() -> new AssertionError("the forecast command is installed"));
        out.reset();
        int code = CliCommands.execute("forecast", forecast, new String[] { "--history",
                folder.resolve(SamplePlans.HISTORY_FILE).toString(), "--from", "2027-03-01", "--to", "2027-03-28",
                "--queue", "Sales", "--output", csv.toString() }, CliContext.of(new PrintStream(out, true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(CliContext.OK, code, printed + err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("queue,start,forecast,lower,upper", lines.get(0));
        // four weeks of the setup's hours: 24 half hours a weekday, 10 on Saturdays
        assertEquals(1 + 4 * (5 * 24 + 10), lines.size());
        assertTrue(lines.get(1).startsWith("Sales,2027-03-01T08:00,"), lines.get(1));
        assertTrue(printed.contains("Sales: "), printed);
        assertTrue(printed.contains("backtest wMAPE"), printed);
        assertTrue(printed.contains("past campaign lift removed from the history"), "Autumn Upgrade 2026: " + printed);
    }

    @Test
    void neverWritesIntoAFolderThatHoldsFiles() throws Exception {
        Path plans = Files.createDirectories(workingDirectory.resolve("plans"));
        Files.writeString(plans.resolve(SamplePlans.CALENDAR_FILE), "mine");
        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> example("plans"));
        assertTrue(failure.getMessage().endsWith("is not empty; choose a new or empty folder"), failure.getMessage());
        assertEquals("mine", Files.readString(plans.resolve(SamplePlans.CALENDAR_FILE)), "untouched");
    }

    @Test
    void wantsExactlyOneFolder() {
        assertThrows(UsageException.class, () -> example());
        assertThrows(UsageException.class, () -> example("a", "b"));
    }
}
