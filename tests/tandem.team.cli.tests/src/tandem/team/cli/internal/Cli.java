package tandem.team.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;

/**
 * Runs a command in-process the way {@code tandem-cli} does (parse, run, exceptions to exit codes 1 and 2 with one
 * line on standard error) and keeps what it printed.
 */
final class Cli {

    private final Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Cli(Path folder) {
        this.folder = folder;
    }

    int run(CliCommand command, String... args) {
        out.reset();
        err.reset();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliContext context = CliContext.of(o, e, folder);
        try {
            CommandLine line = new DefaultParser().parse(command.options(), args);
            return command.run(line, context);
        } catch (ParseException | UsageException x) {
            e.println(x.getMessage());
            return CliContext.USAGE;
        } catch (CommandFailedException x) {
            e.println(x.getMessage());
            return CliContext.FAILED;
        }
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
