package tandem.cli.internal;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;

/** A command contributed by the test fragment: echoes its operands, or fails as asked. */
public class EchoCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("times").hasArg().desc("how often").build())
                .addOption(Option.builder().longOpt("fail").desc("fail instead").build())
                .addOption(Option.builder().longOpt("out-of-memory").desc("run out of memory instead").build())
                .addOption(Option.builder().longOpt("crash").desc("fail with a programming error instead").build());
    }

    @Override
    public String operands() {
        return "<words>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        if (arguments.hasOption("crash")) {
            throw new IllegalStateException("a bug in echo");
        }
        if (arguments.hasOption("out-of-memory")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (arguments.hasOption("fail")) {
            throw new CommandFailedException("failed as asked");
        }
        int times;
        try {
            times = Integer.parseInt(arguments.getOptionValue("times", "1"));
        } catch (NumberFormatException e) {
            throw new UsageException("--times must be a whole number, not '" + arguments.getOptionValue("times") + "'");
        }
        for (int i = 0; i < times; i++) {
            context.out().println(String.join(" ", arguments.getArgList()));
        }
        return CliContext.OK;
    }
}
