package tandem.roster.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import tandem.cli.CliCommand;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;

/**
 * Runs a command in-process through {@link CliCommands}, as {@code tandem-cli} does, and keeps what it printed.
 */
final class Cli {

    private final Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Cli(Path folder) {
        this.folder = folder;
    }

    int run(String name, CliCommand command, String... args) {
        out.reset();
        err.reset();
        return CliCommands.execute(name, command, args,
                CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), folder));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
