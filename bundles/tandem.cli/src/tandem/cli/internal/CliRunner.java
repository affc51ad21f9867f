package tandem.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;

/**
 * Dispatches {@code tandem-cli} arguments to the contributed commands and turns every outcome into an exit code:
 * 0 success, 1 failure, 2 bad usage, each failure with one line on standard error.
 */
public final class CliRunner {

    static final String NAME = "tandem-cli";

    private final CommandRegistry commands;
    private final String version;

    public CliRunner(CommandRegistry commands, String version) {
        this.commands = commands;
        this.version = version;
    }

    public int run(String[] args, CliContext context) {
        if (args.length == 0) {
            context.err().println(NAME + ": no command given (see " + NAME + " --help)");
            return CliContext.USAGE;
        }
        String first = args[0];
        switch (first) {
        case "--help", "-h", "help":
            if (args.length > 1) {
                return helpFor(args[1], context);
            }
            printHelp(context);
            return CliContext.OK;
        case "--version", "-V":
            context.out().println(NAME + " " + version);
            return CliContext.OK;
        default:
            break;
        }
        if (first.startsWith("-")) {
            context.err().println(NAME + ": unknown option '" + first + "' (see " + NAME + " --help)");
            return CliContext.USAGE;
        }
        Optional<CommandRegistry.Entry> entry = commands.find(first);
        if (entry.isEmpty()) {
            context.err().println(NAME + ": unknown command '" + first + "' (see " + NAME + " --help)");
            return CliContext.USAGE;
        }
        Optional<CliCommand> command = entry.get().command().get();
        if (command.isEmpty()) {
            context.err().println(NAME + " " + first + ": the command could not be loaded (see the error log)");
            return CliContext.FAILED;
        }
        return execute(first, command.get(), Arrays.copyOfRange(args, 1, args.length), context);
    }

    private int execute(String name, CliCommand command, String[] args, CliContext context) {
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
            context.err().println(NAME + " " + name + ": out of memory: the input is too large for the memory "
                    + NAME + " may use (" + maxMemory() + "); give it more, e.g. TANDEM_CLI_VM_OPTIONS=-Xmx4g "
                    + NAME + " " + name + " ...");
            return CliContext.FAILED;
        } catch (StackOverflowError e) {
            context.err().println(NAME + " " + name + ": the input is nested too deeply to be processed");
            return CliContext.FAILED;
        } catch (RuntimeException e) {
            ILog.of(CliRunner.class).log(new Status(IStatus.ERROR, "tandem.cli", "Command '" + name + "' failed", e));
            context.err().println(NAME + " " + name + ": internal error: " + e + logLocation());
            return CliContext.FAILED;
        }
    }

    /** Where the details of an internal error went, so that the user can find and send them. */
    private static String logLocation() {
        try {
            org.eclipse.core.runtime.IPath log = org.eclipse.core.runtime.Platform.getLogFileLocation();
            return log == null ? "" : " (details in " + log.toOSString() + ")";
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static String maxMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? "no set limit" : max / (1024 * 1024) + " MB";
    }

    private static Options withHelp(Options options) {
        Options all = new Options();
        options.getOptions().forEach(all::addOption);
        all.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return all;
    }

    private int helpFor(String name, CliContext context) {
        Optional<CliCommand> command = commands.find(name).flatMap(e -> e.command().get());
        if (command.isEmpty()) {
            context.err().println(NAME + ": unknown command '" + name + "' (see " + NAME + " --help)");
            return CliContext.USAGE;
        }
        printUsage(name, command.get(), context);
        return CliContext.OK;
    }

    private void printHelp(CliContext context) {
        PrintWriter out = new PrintWriter(context.out(), true);
        out.println("Usage: " + NAME + " <command> [options] [arguments]");
        out.println("       " + NAME + " --help | --version | help <command>");
        out.println();
        out.println("Tandem's command line: checks, staffing and Excel without a display.");
        out.println();
        out.println("Commands:");
        List<CommandRegistry.Entry> all = commands.descriptors().stream()
                .sorted(Comparator.comparing(CommandRegistry.Entry::name)).toList();
        int width = all.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (CommandRegistry.Entry entry : all) {
            out.printf("  %-" + width + "s  %s%n", entry.name(), entry.summary());
        }
        out.println();
        out.println("Exit codes: 0 success, 1 failure (errors found, unreadable input), 2 bad usage.");
        out.flush();
    }

    private static void printUsage(String name, CliCommand command, CliContext context) {
        PrintWriter out = new PrintWriter(context.out(), true);
        HelpFormatter formatter = HelpFormatter.builder().get();
        formatter.printHelp(out, 100, NAME + " " + name + " [options] " + command.operands(), null,
                withHelp(command.options()), 2, 2, null, false);
        out.flush();
    }
}
