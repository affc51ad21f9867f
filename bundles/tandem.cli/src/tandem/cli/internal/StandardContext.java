package tandem.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import tandem.cli.CliContext;

/** The process's standard streams and working directory. */
record StandardContext(Path workingDirectory) implements CliContext {

    @Override
    public PrintStream out() {
        return System.out;
    }

    @Override
    public PrintStream err() {
        return System.err;
    }
}
