package tandem.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;

/**
 * Loads the plan documents around a plan file, so that workbook cells can name the queues, campaigns and teams of
 * the project by name.
 */
public final class PlanFolders {

    private PlanFolders() {
    }

    /**
     * Loads the plan documents in the folder into the set: only the folder's own files, or, with {@code below},
     * every plan file below it. Files already in the set and the excluded file are skipped; documents that cannot
     * be read are skipped too and returned as problems (they are warnings: the import or export goes on without
     * them).
     */
    public static List<LoadProblem> load(ResourceSet set, Path folder, boolean below, Path excluded)
            throws IOException {
        // References in the documents may reach plan files below the folder, nothing else.
        PlanDocuments.confineToFolders(set, List.of(folder));
        List<Path> files;
        if (below) {
            files = PlanFiles.find(List.of(folder));
        } else {
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(Files::isRegularFile).filter(PlanFiles::isPlanFile).sorted().toList();
            }
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (excluded != null && absolute.equals(excluded.toAbsolutePath().normalize())) {
                continue;
            }
            URI uri = URI.createFileURI(absolute.toString());
            Resource loaded = set.getResource(uri, false);
            if (loaded != null && loaded.isLoaded()) {
                continue;
            }
            try {
                PlanDocuments.load(set, uri);
            } catch (PlanDocumentException e) {
                e.problems().stream().map(p -> new LoadProblem(p.file(), p.line(), p.column(), p.reason(),
                        LoadProblem.Severity.WARNING)).forEach(problems::add);
            }
        }
        return problems;
    }
}
