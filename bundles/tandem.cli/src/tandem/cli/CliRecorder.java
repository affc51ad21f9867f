package tandem.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs commands in-process as {@code tandem-cli} does ({@link CliCommands#execute}: the same options, messages and
 * exit codes) and keeps what each run printed: for tests of commands, Tandem's own and contributed ones.
 */
public class CliRecorder {

    private final Path workingDirectory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @param workingDirectory the folder relative paths on the command line resolve against */
    public CliRecorder(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Runs {@code tandem-cli name args...} with the given command; the output of earlier runs is forgotten. */
    public int run(String name, CliCommand command, String... args) {
        out.reset();
        err.reset();
        return CliCommands.execute(name, command, args,
                CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory));
    }

    /** What the last run wrote to standard output. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last run wrote to standard error. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
