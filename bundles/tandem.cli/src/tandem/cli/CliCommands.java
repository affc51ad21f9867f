package tandem.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import tandem.cli.internal.CommandRegistry;

/**
 * Runs one command the way {@code tandem-cli} does: parses its options (with {@code --help}), runs it and turns
 * every outcome into an exit code, each failure with one line on standard error naming the command. Tests of
 * contributed commands run them through here, so that they see what a user sees.
 */
public final class CliCommands {

    /** The name of the command line program. */
    public static final String NAME = "tandem-cli";

    private CliCommands() {
    }

    /**
     * Runs the command.
     *
     * @param name the name it is contributed under, for messages
     * @param args its arguments (without the command's name)
     * @return {@link CliContext#OK}, {@link CliContext#FAILED} or {@link CliContext#USAGE}
     */
    public static int execute(String name, CliCommand command, String[] args, CliContext context) {
        Options options = withHelp(command.options());
        try {
            CommandLine line = new DefaultParser().parse(options, args);
            if (line.hasOption("help")) {
                printUsage(name, command, context);
                return CliContext.OK;
            }
            return command.run(line, context);
        } catch (ParseException e) {
            context.err().println(NAME + " " + name + ": " + e.getMessage() + " (see " + NAME + " " + name
                    + " --help)");
            return CliContext.USAGE;
        } catch (UsageException e) {
            context.err().println(NAME + " " + name + ": " + e.getMessage());
            return CliContext.USAGE;
        } catch (CommandFailedException e) {
            context.err().println(NAME + " " + name + ": " + e.getMessage());
            return CliContext.FAILED;
        } catch (OutOfMemoryError e) {
            // What held the memory is gone with the command's stack: there is room to say so.
            String input = largestInput(args, context);
            context.err().println(NAME + " " + name + ": out of memory: " + (input == null ? "the input is"
                    : input + " is") + " too large for the memory " + NAME + " may use (" + maxMemory()
                    + "); give it more, e.g. TANDEM_CLI_VM_OPTIONS=-Xmx4g " + NAME + " " + name + " ...");
            return CliContext.FAILED;
        } catch (StackOverflowError e) {
            context.err().println(NAME + " " + name + ": the input is nested too deeply to be processed");
            return CliContext.FAILED;
        } catch (RuntimeException e) {
            ILog.of(CliCommands.class).log(new Status(IStatus.ERROR, "tandem.cli", "Command '" + name + "' failed",
                    e));
            context.err().println(NAME + " " + name + ": internal error: " + e + logLocation());
            return CliContext.FAILED;
        }
    }

    /** Where the details of an internal error went, so that the user can find and send them. */
    private static String logLocation() {
        try {
            IPath log = Platform.getLogFileLocation();
            return log == null ? "" : " (details in " + log.toOSString() + ")";
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    /**
     * The largest file among the command's operands (in a folder given, the largest file below it), named as given
     * with its size, e.g. {@code "plans/big.center (989 MB)"}; {@code null} when no operand is a file.
     */
    private static String largestInput(String[] args, CliContext context) {
        String largest = null;
        long largestSize = -1;
        for (String arg : args) {
            if (arg == null || arg.startsWith("-")) {
                continue;
            }
            try {
                java.nio.file.Path path = context.resolve(arg);
                if (java.nio.file.Files.isRegularFile(path)) {
                    long size = java.nio.file.Files.size(path);
                    if (size > largestSize) {
                        largest = arg;
                        largestSize = size;
                    }
                } else if (java.nio.file.Files.isDirectory(path)) {
                    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(path, 8)) {
                        java.util.Iterator<java.nio.file.Path> it = files.limit(10_000).iterator();
                        while (it.hasNext()) {
                            java.nio.file.Path file = it.next();
                            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > largestSize) {
                                largestSize = java.nio.file.Files.size(file);
                                largest = path.relativize(file).toString().isEmpty() ? arg
                                        : arg.replaceAll("/+$", "") + "/" + path.relativize(file);
                            }
                        }
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // An operand that cannot be looked at is not what filled the memory.
            }
        }
        return largest == null ? null : largest + " (" + sizeText(largestSize) + ")";
    }

    private static String sizeText(long bytes) {
        if (bytes >= 1024L * 1024) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static String maxMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? "no set limit" : max / (1024 * 1024) + " MB";
    }

    /**
     * The command contributed under a name to {@code tandem.cli.commands}, created on first use; empty when no
     * installed bundle contributes it (or it cannot be created: the error log says why). A command can hand a case it
     * does not handle itself to another one this way without depending on its bundle.
     */
    public static Optional<CliCommand> contributed(String name) {
        return new CommandRegistry().find(name).flatMap(entry -> entry.command().get());
    }

    /** Prints the command's usage and options to standard output. */
    public static void printUsage(String name, CliCommand command, CliContext context) {
        PrintWriter out = new PrintWriter(context.out(), true);
        HelpFormatter formatter = HelpFormatter.builder().get();
        formatter.printHelp(out, 100, NAME + " " + name + " [options] " + command.operands(), null,
                withHelp(command.options()), 2, 2, null, false);
        out.flush();
    }

    private static Options withHelp(Options options) {
        Options all = new Options();
        options.getOptions().forEach(all::addOption);
        all.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return all;
    }
}
