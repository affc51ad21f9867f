package tandem.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.checks.internal.IndexedPlanSet;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;

/**
 * Builds plan sets from files or from documents already loaded.
 * <p>
 * A plan set made here finds the elements of a type by walking each document once per type asked for, and only into
 * the containments that can hold such elements according to the models: looking for campaigns never walks the
 * 35,040 intervals of a staffing plan. What was found in a document, and what checks {@link PlanSet#kept keep} about
 * it, is handed on through {@link #afterChange} to the plan set of the next check as long as the document does not
 * change.
 */
public final class PlanSets {

    private PlanSets() {
    }

    /** The plan sets of the given documents, which must share one resource set. */
    public static PlanSet of(ResourceSet set, List<Resource> documents) {
        return new IndexedPlanSet(set, documents);
    }

    /** Every document of a resource set. */
    public static PlanSet of(ResourceSet set) {
        return new IndexedPlanSet(set, List.copyOf(set.getResources()));
    }

    /**
     * The same documents after some of them changed, for re-checking after an edit. What {@code previous} found in
     * the other documents is reused, so that the re-check walks the changed documents only, and their
     * {@link PlanSet#revision revision} stays the same.
     *
     * @param previous the plan set checked before the change (made by this class)
     * @param changed  every document edited in any way since {@code previous} was made; the others are taken to be
     *                 as {@code previous} saw them
     */
    public static PlanSet afterChange(PlanSet previous, Collection<Resource> changed) {
        return afterChange(previous, previous.documents(), changed);
    }

    /**
     * Documents to check after some of them changed, reusing what {@code previous} found in the documents that did
     * not change; documents {@code previous} did not hold are walked anew.
     *
     * @param previous  the plan set checked before the change, of the same resource set
     * @param documents the documents to check now
     * @param changed   every document edited in any way since {@code previous} was made
     */
    public static PlanSet afterChange(PlanSet previous, List<Resource> documents, Collection<Resource> changed) {
        return IndexedPlanSet.after(previous, documents, changed);
    }

    /**
     * Files read into one plan set, with the files that could not be read ({@code problems}) and the references
     * between them that could not be followed ({@code unresolved}: to a missing element, to a plan that could not
     * be read, or outside the folders the plans were loaded from), and ids used twice in one file
     * ({@code duplicateIds}: references to them are ambiguous). Checks run on what was read only, so a report is
     * complete only when all three lists are empty.
     */
    public record Loaded(PlanSet plans, List<LoadProblem> problems, List<LoadProblem> unresolved,
            List<LoadProblem> duplicateIds) {

        public Loaded {
            problems = List.copyOf(problems);
            unresolved = List.copyOf(unresolved);
            duplicateIds = List.copyOf(duplicateIds);
        }

        public Loaded(PlanSet plans, List<LoadProblem> problems) {
            this(plans, problems, List.of(), List.of());
        }

        /** Whether every file was read, every reference between them followed and every id unique in its file. */
        public boolean complete() {
            return problems.isEmpty() && unresolved.isEmpty() && duplicateIds.isEmpty();
        }
    }

    /**
     * Finds and loads the plan files among the given files and below the given folders (see
     * {@link PlanFiles#find(List, java.util.function.Consumer)}; a folder given as a link is followed), with
     * references confined to those folders (and the given files' folders). Parts of the folders that cannot be
     * listed or read are among the problems, and the rest is loaded.
     *
     * @throws IOException naming a given path that does not exist
     */
    public static Loaded loadAll(List<Path> filesOrFolders) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> files = PlanFiles.find(filesOrFolders, problems::add);
        List<Path> folders = filesOrFolders.stream()
                .map(p -> Files.isDirectory(p) ? p : p.toAbsolutePath().getParent()).toList();
        Loaded loaded = load(files, folders);
        problems.addAll(loaded.problems());
        return new Loaded(loaded.plans(), problems, loaded.unresolved(), loaded.duplicateIds());
    }

    /**
     * Loads plan files into one resource set; unreadable files are reported, the rest are checked. References may
     * reach plan files in the files' own folders only.
     */
    public static Loaded load(List<Path> files) {
        return load(files, List.of());
    }

    /**
     * Loads plan files into one resource set, whose references may reach plan files below the given folders (and
     * in the files' own folders) and nothing else; unreadable files are reported, the rest are checked. Every
     * reference is followed once while loading, so that references that cannot be followed are reported as errors
     * here instead of turning up as missing elements in the checks.
     */
    public static Loaded load(List<Path> files, List<Path> folders) {
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, folders);
        List<Resource> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            Resource existing = set.getResource(uri, false);
            if (existing != null && existing.isLoaded() && existing.getErrors().isEmpty()) {
                // Already loaded because another document refers to it.
                documents.add(existing);
                continue;
            }
            if (existing != null) {
                // Another document referred to it and it could not be read then: read it as itself.
                set.getResources().remove(existing);
            }
            try {
                documents.add(PlanDocuments.load(set, uri));
            } catch (PlanDocumentException e) {
                problems.addAll(e.problems());
            }
        }
        List<LoadProblem> unresolved = new ArrayList<>();
        List<LoadProblem> duplicateIds = new ArrayList<>();
        for (Resource document : List.copyOf(documents)) {
            duplicateIds.addAll(PlanDocuments.duplicateIds(document));
            for (LoadProblem problem : PlanDocuments.unresolvedReferences(document)) {
                unresolved.add(problem.severity() == LoadProblem.Severity.ERROR ? problem
                        : new LoadProblem(problem.file(), problem.line(), problem.column(), problem.reason(),
                                LoadProblem.Severity.ERROR));
            }
        }
        return new Loaded(of(set, documents), problems, unresolved, duplicateIds);
    }
}
