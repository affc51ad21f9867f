package tandem.excel.tests;

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
import tandem.excel.cli.internal.ExportCommand;
import tandem.excel.cli.internal.ImportCommand;

/** Runs {@code tandem-cli export} and {@code import} in-process, as tandem-cli does, and keeps their output. */
final class Cli {

    private final Path workingDirectory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Cli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    int export(String... args) {
        return run(new ExportCommand(), args);
    }

    int importWorkbook(String... args) {
        return run(new ImportCommand(), args);
    }

    private int run(CliCommand command, String... args) {
        out.reset();
        err.reset();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliContext context = CliContext.of(o, e, workingDirectory);
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
