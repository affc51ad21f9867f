package tandem.core.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;

/**
 * The plan documents of a kind in a workspace project, whatever their file names, loaded into a resource set. The
 * one place the workbench looks for a project's contact-center setup ({@link #setups}) and its other documents.
 */
public final class ProjectDocuments {

    /** The file extension of contact-center setups. */
    public static final String SETUP_EXTENSION = "center";

    /**
     * The documents of a kind found in a project.
     *
     * @param roots      the roots of the right type in the documents that could be read, by file path
     * @param unreadable the documents of the kind that could not be read, each with the reason (file named)
     */
    public record Found<T>(List<T> roots, List<String> unreadable) {

        public Found {
            roots = List.copyOf(roots);
            unreadable = List.copyOf(unreadable);
        }

        /** Whether the project has a document of the kind at all, readable or not. */
        public boolean any() {
            return !roots.isEmpty() || !unreadable.isEmpty();
        }
    }

    private ProjectDocuments() {
    }

    /** The contact-center setups of the project of a document URI ({@code platform:/resource}). */
    public static Found<ContactCenter> setups(ResourceSet set, URI inProject) {
        return find(set, inProject, SETUP_EXTENSION, ContactCenter.class);
    }

    /** The roots of the project's documents with the extension, for a document URI inside the project. */
    public static <T extends EObject> List<T> roots(ResourceSet set, URI inProject, String extension, Class<T> type) {
        return find(set, inProject, extension, type).roots();
    }

    /**
     * The project's documents with the extension, for a document URI inside the project: the roots of the type of
     * those that can be read (already loaded ones are reused), and why the others cannot.
     */
    public static <T extends EObject> Found<T> find(ResourceSet set, URI inProject, String extension,
            Class<T> type) {
        List<T> roots = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (inProject == null || !inProject.isPlatformResource() || inProject.segmentCount() < 2) {
            return new Found<>(roots, unreadable);
        }
        // Segments of a platform URI are encoded: "Spring%20Promotion%20Example" names "Spring Promotion Example".
        IResource project = ResourcesPlugin.getWorkspace().getRoot().findMember(URI.decode(inProject.segment(1)));
        if (!(project instanceof IContainer container) || !project.isAccessible()) {
            return new Found<>(roots, unreadable);
        }
        for (IFile file : files(container, extension)) {
            URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
            Resource resource = set.getResource(uri, false);
            try {
                if (resource == null || !resource.isLoaded()) {
                    if (resource != null) {
                        set.getResources().remove(resource);
                    }
                    resource = PlanDocuments.load(set, uri);
                }
            } catch (PlanDocumentException e) {
                unreadable.add(e.problems().isEmpty() ? file.getFullPath() + " cannot be read"
                        : e.problems().get(0).toString());
                continue;
            }
            for (EObject root : resource.getContents()) {
                if (type.isInstance(root)) {
                    roots.add(type.cast(root));
                }
            }
        }
        return new Found<>(roots, unreadable);
    }

    private static List<IFile> files(IContainer container, String extension) {
        List<IFile> files = new ArrayList<>();
        try {
            container.accept(resource -> {
                if (resource instanceof IFile file && extension.equals(file.getFileExtension())) {
                    files.add(file);
                }
                return !resource.getName().startsWith(".") || resource == container;
            });
        } catch (CoreException e) {
            // A folder that cannot be listed has no documents to offer.
        }
        files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return files;
    }
}
