package tandem.excel.tests;

import java.nio.file.Path;

import tandem.cli.CliRecorder;
import tandem.excel.cli.internal.ExportCommand;
import tandem.excel.cli.internal.ImportCommand;

/** Runs {@code tandem-cli export} and {@code import} in-process, as tandem-cli does, and keeps their output. */
final class Cli extends CliRecorder {

    Cli(Path workingDirectory) {
        super(workingDirectory);
    }

    int export(String... args) {
        return run("export", new ExportCommand(), args);
    }

    int importWorkbook(String... args) {
        return run("import", new ImportCommand(), args);
    }
}
