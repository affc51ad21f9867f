package tandem.excel.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.excel.ImportResult;
import tandem.excel.MergePlan;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookProblem;

/**
 * {@code tandem-cli import <workbook.xlsx> <plan file> [--into]}: reads a workbook into a new plan file, or with
 * {@code --into} merges it into an existing one. A contact history ({@code .history}) is read from an interval export
 * (CSV or workbook) instead. Every problem is printed, one line each; when there is any,
 * nothing is written.
 */
public class ImportCommand implements CliCommand {

    @Override
    public Options options() {
        return Histories.importOptions(Flows.importOptions(new Options()
                .addOption(Option.builder().longOpt("into")
                        .desc("merge into the existing plan file instead of creating it").get())
                .addOption(Option.builder().longOpt("scope").hasArg().argName("folder")
                        .desc("folder whose plan files (also below it) the workbook may name; default: the plan "
                                + "file's folder")
                        .get())));
    }

    @Override
    public String operands() {
        return "<workbook.xlsx> <plan file>  |  <export.csv or .xlsx> <history file>  |  <flow.json or folder of "
                + "flows> <script.ivr>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        if (Flows.isFlowImport(arguments, context)) {
            return Flows.delegate("import-flow", arguments, context);
        }
        List<String> operands = arguments.getArgList();
        if (operands.size() != 2) {
            throw new UsageException("give the workbook and the plan file: import <workbook.xlsx> <plan file> "
                    + "[--into]");
        }
        if (Histories.isHistory(operands.get(1))) {
            return Histories.importInto(arguments, context);
        }
        if (arguments.hasOption(Histories.INTERVAL)) {
            throw new UsageException("--" + Histories.INTERVAL + " is for a contact history (.history)");
        }
        Arguments.requireWorkbook(operands.get(0));
        Path workbook = context.resolve(operands.get(0));
        Path plan = context.resolve(operands.get(1));
        WorkbookLayout layout = Arguments.layoutFor(plan);
        boolean into = arguments.hasOption("into");
        if (into && !Files.exists(plan)) {
            throw new CommandFailedException(plan.getFileName() + " does not exist; leave out --into to create it");
        }
        if (!into && Files.exists(plan)) {
            throw new CommandFailedException(plan.getFileName() + " exists; use --into to merge the workbook into it");
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        URI uri = URI.createFileURI(plan.toAbsolutePath().toString());
        Resource existing = null;
        if (into) {
            try {
                existing = PlanDocuments.load(set, uri);
            } catch (PlanDocumentException e) {
                throw Arguments.unreadable(plan, e, context);
            }
            if (existing.getContents().isEmpty() || !layout.rootType().isInstance(existing.getContents().get(0))) {
                throw new CommandFailedException(plan.getFileName() + " holds no " + layout.documentName());
            }
        }
        Arguments.loadScope(set, plan, arguments.getOptionValue("scope"), context);
        ImportResult result = WorkbookImport.read(workbook, layout, ReferenceScope.of(set));
        if (!result.succeeded()) {
            throw Arguments.problems(result.problems(), context);
        }
        List<WorkbookProblem> invalid = into ? List.of() : WorkbookImport.validate(result);
        if (!invalid.isEmpty()) {
            throw Arguments.problems(invalid, context);
        }
        try {
            if (into) {
                EObject root = existing.getContents().get(0);
                MergePlan merge = WorkbookImport.merge(result, root);
                if (!merge.problems().isEmpty()) {
                    throw Arguments.problems(merge.problems(), context);
                }
                merge.command("Import " + workbook.getFileName()).execute();
                PlanDocuments.saveIfUnchanged(existing);
                Arguments.printCounts(merge.counts(), true, context);
            } else {
                Resource created = set.createResource(uri);
                created.getContents().add(result.document());
                PlanDocuments.save(created); // gives the new elements their ids (a walk of every element)
                Arguments.printCounts(result.counts(), false, context);
            }
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + plan + ": " + e.getMessage(), e);
        }
        context.out().println("Wrote " + plan);
        return CliContext.OK;
    }
}
