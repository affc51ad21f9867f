package tandem.ivr.interchange.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.cli.CliContext;
import tandem.cli.UsageException;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.ivr.interchange.FlowFormat;

/** What both flow commands share: the contact-center setups of a folder and the --format option. */
final class Setups {

    static final String SETUP_EXTENSION = ".center";

    private Setups() {
    }

    static Option formatOption(String description) {
        return Option.builder().longOpt("format").hasArg().argName("connect|twilio").desc(description).get();
    }

    static Option setupOption() {
        return Option.builder().longOpt("setup").hasArg().argName("folder")
                .desc("folder whose contact-center setups (.center) queues and opening hours are looked up in;"
                        + " default: the script's folder")
                .get();
    }

    static FlowFormat format(CommandLine arguments) throws UsageException {
        String value = arguments.getOptionValue("format");
        if (value == null) {
            return null;
        }
        return FlowFormat.named(value).orElseThrow(
                () -> new UsageException("--format: '" + value + "' is not a flow format (connect or twilio)"));
    }

    /** Loads the setups of the folder (not below it) into the set, warning about unreadable ones. */
    static List<ContactCenter> load(ResourceSet set, Path folder, CliContext context) throws UsageException {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--setup: '" + folder + "' is not a folder");
        }
        List<ContactCenter> centers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SETUP_EXTENSION)).sorted()
                    .toList()) {
                try {
                    for (EObject root : PlanDocuments.load(set, URI.createFileURI(file.toAbsolutePath().toString()))
                            .getContents()) {
                        if (root instanceof ContactCenter center) {
                            centers.add(center);
                        }
                    }
                } catch (PlanDocumentException e) {
                    for (LoadProblem problem : e.problems()) {
                        context.err().println(problem);
                    }
                }
            }
        } catch (IOException e) {
            context.err().println("cannot list " + folder + ": " + e.getMessage());
        }
        return centers;
    }
}
