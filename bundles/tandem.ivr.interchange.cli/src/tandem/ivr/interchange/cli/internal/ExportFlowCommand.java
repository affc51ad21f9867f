package tandem.ivr.interchange.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.AtomicFiles;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;

/**
 * {@code tandem-cli export-flow <script.ivr> <flow.json> --format connect|twilio}: writes an IVR script as a flow.
 * The flow file is written atomically, and not at all when the script cannot be a flow of the format.
 */
public class ExportFlowCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options().addOption(Setups.formatOption("the flow's format (required)"))
                .addOption(Setups.setupOption())
                .addOption(org.apache.commons.cli.Option.builder().longOpt("entry").hasArg().argName("name")
                        .desc("the entry point whose flow to write (a script imported from a folder has one per flow);"
                                + " default: the first")
                        .get());
    }

    @Override
    public String operands() {
        return "<script.ivr> <flow.json>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        List<String> operands = arguments.getArgList();
        if (operands.size() != 2) {
            throw new UsageException("give the IVR script and the flow: export-flow <script.ivr> <flow.json>"
                    + " --format connect|twilio");
        }
        FlowFormat format = Setups.format(arguments);
        if (format == null) {
            throw new UsageException("give the flow's format: --format connect|twilio");
        }
        Path script = context.resolve(operands.get(0));
        Path target = context.resolve(operands.get(1));
        ResourceSet set = PlanDocuments.createResourceSet();
        Path folder = arguments.hasOption("setup") ? context.resolve(arguments.getOptionValue("setup"))
                : script.toAbsolutePath().getParent();
        Setups.load(set, folder, context);
        Resource resource;
        try {
            resource = PlanDocuments.load(set, URI.createFileURI(script.toAbsolutePath().toString()));
        } catch (PlanDocumentException e) {
            for (LoadProblem problem : e.problems()) {
                context.err().println(problem);
            }
            throw new CommandFailedException(script.getFileName() + " could not be read; nothing was written", e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof IvrScript ivr)) {
            throw new CommandFailedException(script.getFileName() + " holds no IVR script; nothing was written");
        }
        if (ivr.getEntryPoints().isEmpty()) {
            throw new CommandFailedException(script.getFileName() + " has no entry point; nothing was written");
        }
        String json;
        try {
            json = FlowInterchange.write(entry(ivr, arguments.getOptionValue("entry")), format,
                    target.getFileName().toString());
        } catch (FlowException e) {
            throw new CommandFailedException(e.getMessage() + "; nothing was written", e);
        }
        try {
            AtomicFiles.write(target, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + target + ": " + e.getMessage(), e);
        }
        context.out().println("Wrote the " + format.option() + " flow " + target);
        return CliContext.OK;
    }

    private static EntryPoint entry(IvrScript script, String name) throws UsageException {
        if (name == null) {
            return script.getEntryPoints().get(0);
        }
        return script.getEntryPoints().stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new UsageException("--entry: " + script.getName() + " has no entry point '" + name
                        + "'"));
    }
}
