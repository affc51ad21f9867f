package tandem.ivr.interchange.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFiles;
import tandem.ivr.interchange.FlowImport;
import tandem.ivr.interchange.FlowInterchange;

/**
 * {@code tandem-cli import-flow <flow.json> <script.ivr> [--format connect|twilio]}: reads an Amazon Connect or
 * Twilio Studio flow into a new IVR script, resolving queues and opening hours against the setups beside it. A
 * folder of flows becomes one script with an entry point per flow, the flows calling each other linked. The
 * script is written atomically, and not at all when the flow cannot be read; an existing script is replaced only
 * with {@code --replace}.
 */
public class ImportFlowCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options().addOption(Setups.formatOption("the flow's format; detected when omitted"))
                .addOption(Setups.setupOption())
                .addOption(Option.builder().longOpt("replace").desc("replace the script when it exists").get());
    }

    @Override
    public String operands() {
        return "<flow.json or folder of flows> <script.ivr>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        List<String> operands = arguments.getArgList();
        if (operands.size() != 2 || !operands.get(1).endsWith(".ivr")) {
            throw new UsageException("give the flow and the IVR script: import-flow <flow.json> <script.ivr>");
        }
        Path flow = context.resolve(operands.get(0));
        Path target = context.resolve(operands.get(1));
        if (Files.exists(target) && !arguments.hasOption("replace")) {
            throw new CommandFailedException(target.getFileName() + " exists; give --replace to replace it"
                    + " (nothing was written)");
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        Path folder = arguments.hasOption("setup") ? context.resolve(arguments.getOptionValue("setup"))
                : target.toAbsolutePath().getParent();
        List<ContactCenter> setups = Setups.load(set, folder, context);
        FlowImport imported;
        try {
            if (Files.isDirectory(flow)) {
                List<FlowInterchange.FlowText> flows = new ArrayList<>();
                try (Stream<Path> files = Files.list(flow)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                            .toList()) {
                        flows.add(new FlowInterchange.FlowText(file.getFileName().toString(),
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
                imported = FlowInterchange.readAll(flow.getFileName().toString(), flows, Setups.format(arguments),
                        setups);
            } else {
                imported = FlowFiles.read(flow, Setups.format(arguments), setups);
            }
        } catch (IOException e) {
            throw new CommandFailedException("cannot read " + flow.getFileName() + ": " + e.getMessage()
                    + "; nothing was written", e);
        } catch (FlowException e) {
            throw new CommandFailedException(e.getMessage() + "; nothing was written", e);
        }
        imported.notes().forEach(context.err()::println);
        Resource resource = set.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        resource.getContents().add(imported.script());
        try {
            PlanDocuments.save(resource);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + target + ": " + e.getMessage(), e);
        }
        int flows = imported.script().getEntryPoints().size();
        context.out().println("Imported " + imported.script().getNodes().size() + " steps of "
                + (flows == 1 ? "the " + imported.format().option() + " flow "
                        : flows + " " + imported.format().option() + " flows in ")
                + flow.getFileName() + " into " + target);
        return CliContext.OK;
    }
}
