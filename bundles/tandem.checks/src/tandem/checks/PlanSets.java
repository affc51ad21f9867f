package tandem.checks;

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

    /** Files read into one plan set, with the problems of those that could not be read. */
    public record Loaded(PlanSet plans, List<LoadProblem> problems) {
    }

    /** Loads plan files into one resource set; unreadable files are reported, the rest are checked. */
    public static Loaded load(List<Path> files) {
        ResourceSet set = PlanDocuments.createResourceSet();
        List<Resource> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            Resource existing = set.getResource(uri, false);
            if (existing != null) {
                // Already loaded because another document refers to it.
                documents.add(existing);
                continue;
            }
            try {
                documents.add(PlanDocuments.load(set, uri));
            } catch (PlanDocumentException e) {
                problems.addAll(e.problems());
            }
        }
        return new Loaded(of(set, documents), problems);
    }
}
