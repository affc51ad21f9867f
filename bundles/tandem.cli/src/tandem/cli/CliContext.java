package tandem.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command writes and what it resolves relative paths against. */
public interface CliContext {

    int OK = 0;
    int FAILED = 1;
    int USAGE = 2;

    /** Results: what scripts read. */
    PrintStream out();

    /** Messages for people: errors and warnings. */
    PrintStream err();

    /** The folder the command was started in. */
    Path workingDirectory();

    /** A path given on the command line, resolved against the working directory. */
    default Path resolve(String path) {
        return workingDirectory().resolve(path).normalize();
    }

    /** A context writing to the given streams (the process's own, or captured ones in tests). */
    static CliContext of(PrintStream out, PrintStream err, Path workingDirectory) {
        record Streams(PrintStream out, PrintStream err, Path workingDirectory) implements CliContext {
        }
        return new Streams(out, err, workingDirectory);
    }
}
