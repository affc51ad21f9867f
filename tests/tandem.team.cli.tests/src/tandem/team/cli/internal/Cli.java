package tandem.team.cli.internal;

import java.nio.file.Path;

import tandem.cli.CliCommand;
import tandem.cli.CliRecorder;

/** Runs {@code tandem-cli merge} in-process, as {@code tandem-cli} does, and keeps what it printed. */
final class Cli extends CliRecorder {

    Cli(Path folder) {
        super(folder);
    }

    int run(CliCommand command, String... args) {
        return run("merge", command, args);
    }
}
