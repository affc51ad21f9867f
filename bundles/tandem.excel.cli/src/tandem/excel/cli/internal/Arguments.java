package tandem.excel.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.excel.PlanFolders;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;

/** What the export and import commands share: checking operands, finding layouts, printing problems. */
final class Arguments {

    private Arguments() {
    }

    static void requireWorkbook(String operand) throws UsageException {
        if (!operand.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("'" + operand + "' is not an .xlsx workbook");
        }
    }

    static WorkbookLayout layoutFor(Path planFile) throws UsageException {
        return WorkbookLayouts.forFile(planFile).orElseThrow(() -> new UsageException("'" + planFile.getFileName()
                + "' is not a plan file with an Excel layout (plan files end in "
                + WorkbookLayouts.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(", "))
                + ")"));
    }

    /** Loads the documents references may point into, warning about those that cannot be read. */
    static void loadScope(org.eclipse.emf.ecore.resource.ResourceSet set, Path planFile, String scopeOption,
            CliContext context) throws UsageException, CommandFailedException {
        Path folder = scopeOption == null ? planFile.toAbsolutePath().getParent() : context.resolve(scopeOption);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--scope: '" + scopeOption + "' is not a folder");
        }
        try {
            for (LoadProblem problem : PlanFolders.load(set, folder, scopeOption != null, planFile)) {
                context.err().println(problem);
            }
        } catch (java.io.IOException e) {
            throw new CommandFailedException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static CommandFailedException unreadable(Path file, PlanDocumentException e, CliContext context) {
        for (LoadProblem problem : e.problems()) {
            context.err().println(problem);
        }
        return new CommandFailedException(file.getFileName() + " could not be read; nothing was written");
    }

    static CommandFailedException problems(List<WorkbookProblem> problems, CliContext context) {
        for (WorkbookProblem problem : problems) {
            context.err().println(problem);
        }
        return new CommandFailedException(problems.size() + " problem(s) in the workbook; nothing was written");
    }

    static void printCounts(List<SheetCounts> counts, boolean merge, CliContext context) {
        for (SheetCounts count : counts) {
            if (merge) {
                context.out().printf("%s: %d added, %d changed, %d unchanged%n", count.sheet(), count.added(),
                        count.changed(), count.unchanged());
            } else {
                context.out().printf("%s: %d row(s)%n", count.sheet(), count.rows());
            }
        }
    }
}
