package tandem.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tandem.cli.CliCommand;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;

/**
 * Dispatches {@code tandem-cli} arguments to the contributed commands and turns every outcome into an exit code:
 * 0 success, 1 failure, 2 bad usage, each failure with one line on standard error.
 */
public final class CliRunner {

    static final String NAME = CliCommands.NAME;

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
        return CliCommands.execute(first, command.get(), Arrays.copyOfRange(args, 1, args.length), context);
    }

    private int helpFor(String name, CliContext context) {
        Optional<CliCommand> command = commands.find(name).flatMap(e -> e.command().get());
        if (command.isEmpty()) {
            context.err().println(NAME + ": unknown command '" + name + "' (see " + NAME + " --help)");
            return CliContext.USAGE;
        }
        CliCommands.printUsage(name, command.get(), context);
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
}
