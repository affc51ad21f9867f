package tandem.excel.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import tandem.cli.CliCommand;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;
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
        return run("export", new ExportCommand(), args);
    }

    int importWorkbook(String... args) {
        return run("import", new ImportCommand(), args);
    }

    private int run(String name, CliCommand command, String... args) {
        out.reset();
        err.reset();
        return CliCommands.execute(name, command, args,
                CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
