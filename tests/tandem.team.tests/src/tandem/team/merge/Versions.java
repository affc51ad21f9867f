package tandem.team.merge;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;

/**
 * The three versions of one plan document a merge sees: the common ancestor and two edited copies, each loaded from
 * the same file into its own resource set, as two planners' workspaces would hold it.
 */
final class Versions {

    final Resource base;
    final Resource ours;
    final Resource theirs;

    private Versions(Resource base, Resource ours, Resource theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    /** Saves {@code root} as {@code folder/fileName} (giving elements ids) and loads it three times. */
    static Versions of(Path folder, String fileName, EObject root) throws IOException, PlanDocumentException {
        Path file = folder.resolve(fileName);
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
        return of(file);
    }

    static Versions of(Path file) throws PlanDocumentException {
        return new Versions(load(file), load(file), load(file));
    }

    static Resource load(Path file) throws PlanDocumentException {
        return PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString()));
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T base() {
        return (T) base.getContents().get(0);
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T ours() {
        return (T) ours.getContents().get(0);
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T theirs() {
        return (T) theirs.getContents().get(0);
    }

    MergeResult merge() {
        return PlanMerge.merge(base, ours, theirs);
    }

    /** Saves the merged document (ours) to a new file and reads it back, proving it is a valid plan. */
    @SuppressWarnings("unchecked")
    <T extends EObject> T savedAndReloaded(Path folder) throws IOException, PlanDocumentException {
        Path copy = folder.resolve("merged").resolve(ours.getURI().lastSegment());
        ours.setURI(URI.createFileURI(copy.toString()));
        PlanDocuments.save(ours);
        // The copy refers to the setup in the folder above it: the project is the folder, as in the workbench.
        org.eclipse.emf.ecore.resource.ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, java.util.List.of(folder));
        return (T) PlanDocuments.load(set, URI.createFileURI(copy.toString())).getContents().get(0);
    }
}
