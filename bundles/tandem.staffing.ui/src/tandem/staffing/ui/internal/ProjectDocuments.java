package tandem.staffing.ui.internal;

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

/** The plan documents of a kind in a workspace project, loaded into a resource set (unreadable ones skipped). */
final class ProjectDocuments {

    private ProjectDocuments() {
    }

    /** The roots of the project's documents with the extension, for a document URI inside the project. */
    static <T extends EObject> List<T> roots(ResourceSet set, URI inProject, String extension, Class<T> type) {
        List<T> roots = new ArrayList<>();
        if (inProject == null || !inProject.isPlatformResource() || inProject.segmentCount() < 2) {
            return roots;
        }
        IResource project = ResourcesPlugin.getWorkspace().getRoot().findMember(inProject.segment(1));
        if (!(project instanceof IContainer container) || !project.isAccessible()) {
            return roots;
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
                continue; // its own editor and tandem-cli validate report why it cannot be read
            }
            for (EObject root : resource.getContents()) {
                if (type.isInstance(root)) {
                    roots.add(type.cast(root));
                }
            }
        }
        return roots;
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
