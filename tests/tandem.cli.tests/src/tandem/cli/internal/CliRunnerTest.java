package tandem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;

/** The command line's contract: commands from the registry, exit codes 0/1/2, one-line messages. */
class CliRunnerTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener logListener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listenToLog() {
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(logListener);
    }

    private int run(String... args) {
        CliContext context = CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), folder);
        return new CliRunner(new CommandRegistry(), "9.9.9").run(args, context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheValidCommandsWithTheirSummaries() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: tandem-cli <command>"), out());
        assertTrue(out().matches("(?s).*\\n  validate +Read plan documents.*"), out());
        assertTrue(out().matches("(?s).*\\n  echo +Test: prints its operands.*"), out());
        assertTrue(out().contains("missing-class"), "listed; it fails only when run");
        assertFalse(out().contains("Bad Name"));
        assertFalse(out().contains("no-class"));
        assertFalse(out().contains("a duplicate name"), "the first 'echo' wins");
    }

    @Test
    void badContributionsAreLoggedNamingTheBundleAndSkipped() {
        new CommandRegistry().descriptors();
        List<String> messages = logged.stream().map(IStatus::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("bundle 'tandem.cli.tests'")
                && m.contains("command 'echo' is already contributed")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'Bad Name' must be lower case")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("lacks the required attribute 'class'")),
                messages.toString());
    }

    @Test
    void versionPrintsOneLine() {
        assertEquals(0, run("--version"));
        assertEquals("tandem-cli 9.9.9" + System.lineSeparator(), out());
    }

    @Test
    void aCommandRunsWithItsOptionsAndOperands() {
        assertEquals(0, run("echo", "--times", "2", "hello", "planner"));
        assertEquals("hello planner" + System.lineSeparator() + "hello planner" + System.lineSeparator(), out());
    }

    @Test
    void badUsageExitsTwoWithOneLine() {
        assertEquals(2, run());
        assertEquals(2, run("--frobnicate"));
        assertEquals(2, run("nonsense"));
        assertEquals(2, run("echo", "--unknown-option"));
        assertEquals(2, run("echo", "--times", "many"));
        String[] lines = err().split("\\R");
        assertEquals(5, lines.length, err());
        assertEquals("tandem-cli: no command given (see tandem-cli --help)", lines[0]);
        assertEquals("tandem-cli: unknown option '--frobnicate' (see tandem-cli --help)", lines[1]);
        assertEquals("tandem-cli: unknown command 'nonsense' (see tandem-cli --help)", lines[2]);
        assertTrue(lines[3].startsWith("tandem-cli echo: Unrecognized option: --unknown-option"), lines[3]);
        assertEquals("tandem-cli echo: --times must be a whole number, not 'many'", lines[4]);
    }

    @Test
    void failuresExitOneWithOneLine() {
        assertEquals(1, run("echo", "--fail"));
        assertEquals("tandem-cli echo: failed as asked" + System.lineSeparator(), err());
        err.reset();
        assertEquals(1, run("missing-class"));
        assertEquals("tandem-cli missing-class: the command could not be loaded (see the error log)"
                + System.lineSeparator(), err());
    }

    @Test
    void commandHelpShowsItsOptions() {
        assertEquals(0, run("echo", "--help"));
        assertTrue(out().contains("tandem-cli echo [options] <words>"), out());
        assertTrue(out().contains("--times"), out());
        out.reset();
        assertEquals(0, run("help", "echo"));
        assertTrue(out().contains("--times"), out());
    }

    @Test
    void validateReadsPlanFilesAndReportsProblemsWithLineNumbers() throws Exception {
        Files.writeString(folder.resolve("good.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <queues id="queue-1" name="Billing"/>
                </core:ContactCenter>
                """);
        Files.writeString(folder.resolve("notes.txt"), "not a plan");
        assertEquals(0, run("validate", "."));
        assertEquals("1 plan document(s) read, 0 error(s), 0 warning(s)" + System.lineSeparator(), out());

        Files.writeString(folder.resolve("bad.center"), "<?xml version=\"1.0\"?>\n"
                + "<core:ContactCenter xmlns:core=\"http://tandem.dev/core/1.0\">\n  <queues colour=\"red\"/>\n"
                + "</core:ContactCenter>\n");
        out.reset();
        assertEquals(1, run("validate", "."));
        assertTrue(err().startsWith(folder.resolve("bad.center") + ":3:"), err());
        assertTrue(out().contains("2 plan document(s) read, 1 error(s)"), out());
    }

    @Test
    void runningOutOfMemoryIsAMessageWithTheRemedyNotACrash() {
        assertEquals(1, run("echo", "--out-of-memory", "x"));
        assertTrue(err().startsWith("tandem-cli echo: out of memory: "), err());
        assertTrue(err().contains("TANDEM_CLI_VM_OPTIONS=-Xmx4g"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void runningOutOfMemoryNamesTheLargestInputAndItsSize() throws Exception {
        Files.writeString(folder.resolve("small.csv"), "a,b\n");
        Files.createDirectories(folder.resolve("plans"));
        Files.write(folder.resolve("plans").resolve("huge.center"), new byte[3 * 1024 * 1024]);
        assertEquals(1, run("echo", "--out-of-memory", "small.csv", "plans"));
        assertTrue(err().startsWith("tandem-cli echo: out of memory: plans/huge.center (3 MB) is too large for the "
                + "memory tandem-cli may use ("), err());
        assertTrue(err().contains("TANDEM_CLI_VM_OPTIONS=-Xmx4g"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void anInternalErrorIsOneLineNamingTheLogFileThatHoldsItsDetails() throws Exception {
        assertEquals(1, run("echo", "--crash", "x"));
        assertEquals(1, err().lines().count(), err());
        java.util.regex.Matcher log = java.util.regex.Pattern
                .compile("^tandem-cli echo: internal error: java.lang.IllegalStateException: a bug in echo \\(details in "
                        + "(.+)\\)$").matcher(err().strip());
        assertTrue(log.matches(), err());
        Path file = Path.of(log.group(1));
        assertTrue(Files.isRegularFile(file), "the log named exists: " + file);
        assertTrue(Files.readString(file).contains("a bug in echo"), "the log holds the details");
    }

    @Test
    void validateNeedsSomethingToRead() {
        assertEquals(2, run("validate"));
        assertEquals(1, run("validate", "no-such-folder"));
        assertTrue(err().contains("no-such-folder: no such file or folder"), err());
    }
}
