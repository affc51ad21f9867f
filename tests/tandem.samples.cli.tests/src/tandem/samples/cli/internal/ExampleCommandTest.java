package tandem.samples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
