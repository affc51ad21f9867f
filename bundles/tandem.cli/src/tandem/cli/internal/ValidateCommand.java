package tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import tandem.core.validation.ModelValidation;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;
import tandem.cli.UsageException;
import tandem.core.documents.ElementPaths;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;

/**
 * {@code tandem-cli validate <folders or plan files>}: reads every plan document, resolves references between
 * them and runs the models' own invariants. Prints one line per problem; exit code 1 when any error is found.
 */
public class ValidateCommand implements CliCommand {

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public String operands() {
        return "<folders or plan files>";
    }

    @Override
    public int run(CommandLine arguments, CliContext context) throws UsageException, CommandFailedException {
        if (arguments.getArgList().isEmpty()) {
            throw new UsageException("name at least one folder or plan file");
        }
        List<Path> files;
        List<Path> roots = arguments.getArgList().stream().map(context::resolve).toList();
        try {
            files = PlanFiles.find(roots);
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        // References may reach plan files below the folders named (and the named files' folders), nothing else.
        PlanDocuments.confineToFolders(set, roots.stream()
                .map(p -> java.nio.file.Files.isDirectory(p) ? p : p.toAbsolutePath().getParent()).toList());
        List<Resource> loaded = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            try {
                loaded.add(PlanDocuments.load(set, URI.createFileURI(file.toAbsolutePath().toString())));
            } catch (PlanDocumentException e) {
                for (LoadProblem problem : e.problems()) {
                    context.err().println(problem);
                    errors++;
                }
            }
        }
        for (Resource resource : loaded) {
            for (LoadProblem problem : PlanDocuments.unresolvedReferences(resource)) {
                context.err().println(problem);
                if (problem.severity() == LoadProblem.Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            for (EObject root : resource.getContents()) {
                Diagnostic diagnostic = ModelValidation.validate(root);
                for (Diagnostic child : diagnostic.getChildren()) {
                    String where = child.getData().isEmpty() || !(child.getData().get(0) instanceof EObject e) ? ""
                            : ElementPaths.of(e);
                    boolean error = child.getSeverity() >= Diagnostic.ERROR;
                    context.err().println(resource.getURI().toFileString() + ": " + (error ? "" : "warning: ")
                            + ElementPaths.withMessage(where, child.getMessage()));
                    if (error) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
        }
        context.out().printf("%d plan document(s) read, %d error(s), %d warning(s)%n", files.size(), errors, warnings);
        return errors > 0 ? CliContext.FAILED : CliContext.OK;
    }
}
