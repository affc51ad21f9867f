package tandem.excel.cli.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliCommands;
import tandem.cli.CliContext;
import tandem.cli.UsageException;

/**
 * {@code import} and {@code export} of contact flows (Amazon Connect, Twilio Studio): a JSON file or a folder of them
 * in place of the workbook is handed to the {@code import-flow} and {@code export-flow} commands, which the IVR
 * interchange bundle contributes, with the same operands and options. Excel's commands take the flow commands'
 * options so that one command line serves both.
 */
final class Flows {

    static final String FORMAT = "format";

    private Flows() {
    }

    /** The flow options {@code import} accepts besides its own. */
    static Options importOptions(Options options) {
        return options.addOption(Option.builder().longOpt(FORMAT).hasArg().argName("connect|twilio")
                .desc("for a contact flow (.json, or a folder of them): its platform; detected when left out").get())
                .addOption(Option.builder().longOpt("setup").hasArg().argName("folder")
                        .desc("for a contact flow: folder whose contact-center setups name its queues and hours")
                        .get())
                .addOption(Option.builder().longOpt("replace").desc("for a contact flow: replace the script").get());
    }

    /** The flow options {@code export} accepts besides its own. */
    static Options exportOptions(Options options) {
        return options.addOption(Option.builder().longOpt(FORMAT).hasArg().argName("connect|twilio")
                .desc("write a contact flow (.json) of this platform instead of a workbook").get())
                .addOption(Option.builder().longOpt("entry").hasArg().argName("name")
                        .desc("for a contact flow: the entry point whose flow to write").get())
                .addOption(Option.builder().longOpt("setup").hasArg().argName("folder")
                        .desc("for a contact flow: folder whose contact-center setups name its queues and hours")
                        .get());
    }

    /** Whether {@code import} was given a flow: a .json file or a folder, or a --format. */
    static boolean isFlowImport(CommandLine arguments, CliContext context) {
        List<String> operands = arguments.getArgList();
        return arguments.hasOption(FORMAT) || !operands.isEmpty() && (isJson(operands.get(0))
                || Files.isDirectory(context.resolve(operands.get(0))));
    }

    /** Whether {@code export} is to write a flow: a .json target, or a --format. */
    static boolean isFlowExport(CommandLine arguments) {
        List<String> operands = arguments.getArgList();
        return arguments.hasOption(FORMAT) || operands.size() == 2 && isJson(operands.get(1));
    }

    private static boolean isJson(String operand) {
        return operand.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Runs the flow command with the same operands and options. */
    static int delegate(String name, CommandLine arguments, CliContext context) throws UsageException {
        CliCommand command = CliCommands.contributed(name).orElseThrow(() -> new UsageException(
                "contact flows need the IVR interchange (tandem-cli " + name + "), which is not installed"));
        List<String> args = new ArrayList<>(arguments.getArgList());
        for (Option option : arguments.getOptions()) {
            args.add("--" + option.getLongOpt());
            if (option.hasArg()) {
                args.add(option.getValue());
            }
        }
        return CliCommands.execute(name, command, args.toArray(String[]::new), context);
    }
}
