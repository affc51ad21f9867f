package tandem.excel.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookException;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookLayout;

/**
 * {@code tandem-cli export <plan file> <workbook.xlsx>}: writes a plan document as an Excel workbook. The workbook
 * is written atomically: it is complete or not there (an existing one is left as it was).
 */
public class ExportCommand implements CliCommand {

    @Override
    public Options options() {
        return Flows.exportOptions(new Options().addOption(Option.builder().longOpt("scope").hasArg()
                .argName("folder")
                .desc("folder whose plan files (also below it) references may name; default: the plan file's folder")
                .get()));
    }

    @Override
    public String operands() {
        return "<plan file> <workbook.xlsx>  |  <script.ivr> <flow.json> --format connect|twilio";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        if (Flows.isFlowExport(arguments)) {
            return Flows.delegate("export-flow", arguments, context);
        }
        List<String> operands = arguments.getArgList();
        if (operands.size() != 2) {
            throw new UsageException("give the plan file and the workbook: export <plan file> <workbook.xlsx>");
        }
        if (Histories.isHistory(operands.get(0))) {
            return Histories.export(arguments, context);
        }
        Path plan = context.resolve(operands.get(0));
        Arguments.requireWorkbook(operands.get(1));
        Path workbook = context.resolve(operands.get(1));
        WorkbookLayout layout = Arguments.layoutFor(plan);
        if (tandem.core.documents.AtomicFiles.sameFile(plan, workbook)) {
            throw new UsageException("the workbook must not be the plan file (" + operands.get(1) + " is "
                    + operands.get(0) + ")");
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource;
        try {
            resource = PlanDocuments.load(set, URI.createFileURI(plan.toAbsolutePath().toString()));
        } catch (PlanDocumentException e) {
            throw Arguments.unreadable(plan, e, context);
        }
        if (resource.getContents().isEmpty() || !layout.rootType().isInstance(resource.getContents().get(0))) {
            throw new CommandFailedException(plan.getFileName() + " holds no " + layout.documentName());
        }
        Arguments.loadScope(set, plan, arguments.getOptionValue("scope"), context);
        try {
            List<SheetCounts> counts = WorkbookExport.write(resource.getContents().get(0), layout,
                    ReferenceScope.of(set), workbook);
            Arguments.printCounts(counts, false, context);
            context.out().println("Wrote " + workbook);
            return CliContext.OK;
        } catch (WorkbookException e) {
            throw Arguments.problems(e.problems(), context);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + workbook + ": " + e.getMessage(), e);
        }
    }
}
