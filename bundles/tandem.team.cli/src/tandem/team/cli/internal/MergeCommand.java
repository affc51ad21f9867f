package tandem.team.cli.internal;

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
import tandem.team.merge.ConflictReport;
import tandem.team.merge.FileMerge;

/**
 * {@code tandem-cli merge <base> <ours> <theirs> [<path>]}: Git's merge-driver convention ({@code %O %A %B %P}).
 * The merged file replaces {@code <ours>}; exit 0 when merged, 1 on conflicts (then {@code <ours>} holds our side
 * of each and {@code <path>.conflicts}, or {@code <ours>.conflicts}, explains them), 2 on bad usage.
 */
public class MergeCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public String operands() {
        return "<base> <ours> <theirs> [<path>]";
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        List<String> args = line.getArgList();
        if (args.size() < 3 || args.size() > 4) {
            throw new UsageException("merge needs <base> <ours> <theirs> and optionally the file's <path> in the work "
                    + "tree, got " + args.size() + " argument" + (args.size() == 1 ? "" : "s"));
        }
        Path base = existing(context, args.get(0), "base");
        Path ours = existing(context, args.get(1), "ours");
        Path theirs = existing(context, args.get(2), "theirs");
        Path logical = args.size() == 4 ? context.resolve(args.get(3)) : null;
        Path document = logical != null ? logical : ours;
        FileMerge.Outcome outcome;
        Path report;
        try {
            outcome = FileMerge.merge(base, ours, theirs, logical);
            report = ConflictReport.write(outcome, document);
        } catch (IOException e) {
            throw new CommandFailedException(document + ": merge failed, " + e.getMessage());
        }
        if (outcome.clean()) {
            context.out().println(outcome.document() + ": merged"
                    + (outcome.method() == FileMerge.Method.PLAN ? " by element" : " as text"));
            return CliContext.OK;
        }
        int count = outcome.conflicts().size();
        context.out().println(outcome.document() + ": " + count + (count == 1 ? " conflict" : " conflicts")
                + ", see " + report);
        outcome.conflicts().forEach(c -> context.out().println("  " + c.summary()));
        return CliContext.FAILED;
    }

    private static Path existing(CliContext context, String argument, String role) throws UsageException {
        Path path = context.resolve(argument);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(role + " file '" + argument + "' does not exist");
        }
        return path;
    }
}
