package tandem.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * A subcommand of {@code tandem-cli}, contributed through the extension point {@code tandem.cli.commands}.
 * Commands run headless: no display, no workbench.
 */
public interface CliCommand {

    /** The options this command accepts; {@code --help} is added for every command. */
    Options options();

    /** The operands after the options, for the usage line, e.g. {@code "<folders or plan files>"}; may be empty. */
    default String operands() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @return the exit code: {@link CliContext#OK} or {@link CliContext#FAILED}
     * @throws UsageException         when the arguments are wrong (exit code 2)
     * @throws CommandFailedException when the work fails (exit code 1)
     */
    int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException;
}
