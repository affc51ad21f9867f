package tandem.samples.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.samples.SamplePlans;

/**
 * {@code tandem-cli example <folder>}: writes the example plans into a new or empty folder and lists the files.
 * It never writes over a folder that already holds files, so an existing project cannot be clobbered by a typo.
 */
public class ExampleCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public String operands() {
        return "<new or empty folder>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        List<String> operands = arguments.getArgList();
        if (operands.size() != 1) {
            throw new UsageException("name one folder to write the example plans into");
        }
        Path folder = context.resolve(operands.get(0));
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new CommandFailedException(folder + " is a file, not a folder");
            }
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new CommandFailedException(folder + " is not empty; choose a new or empty folder");
                    }
                }
            }
            for (Path file : SamplePlans.writeTo(folder)) {
                context.out().println(file);
            }
        } catch (IOException e) {
            throw new CommandFailedException("could not write the example plans: " + e.getMessage(), e);
        }
        context.err().println("Example plans written. Check them with: tandem-cli check " + operands.get(0));
        return CliContext.OK;
    }
}
