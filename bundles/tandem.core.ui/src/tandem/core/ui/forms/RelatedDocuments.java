package tandem.core.ui.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;

/**
 * The other plan documents of a project (the contact-center setup, the campaign calendars) that a plan refers to.
 * They are read into the editor's resource set so that queues and campaigns can be chosen; they are never saved by
 * the editor. A document that cannot be read is skipped: its own editor reports why.
 */
public final class RelatedDocuments {

    private RelatedDocuments() {
    }

    /** Reads the documents with the given extensions beside the plan (same project, or same folder). */
    public static void loadInto(ResourceSet set, URI plan, String... extensions) {
        Set<String> wanted = Set.of(extensions);
        for (URI uri : find(plan, wanted)) {
            if (set.getResource(uri, false) == null) {
                try {
                    PlanDocuments.load(set, uri);
                } catch (PlanDocumentException e) {
                    // Unreadable documents stay out; references into them show as missing.
                }
            }
        }
    }

    /** Every element of the given type in the resource set, document by document. */
    public static <T extends EObject> List<T> all(ResourceSet set, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            resource.getAllContents().forEachRemaining(e -> {
                if (type.isInstance(e)) {
                    found.add(type.cast(e));
                }
            });
        }
        return found;
    }

    private static List<URI> find(URI plan, Set<String> extensions) {
        List<URI> found = new ArrayList<>();
        if (plan.isPlatformResource() && plan.segmentCount() > 1) {
            // Segments of a platform URI are encoded: "Spring%20Promotion%20Example" names "Spring Promotion Example".
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(URI.decode(plan.segment(1)));
            if (!project.isAccessible()) {
                return found;
            }
            try {
                project.accept(resource -> {
                    if (resource instanceof IFile file && extensions.contains(file.getFileExtension())) {
                        found.add(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
                    }
                    return !resource.getName().startsWith(".");
                });
            } catch (CoreException e) {
                // A project that cannot be walked offers no related documents.
            }
        } else if (plan.isFile()) {
            Path folder = Path.of(plan.toFileString()).toAbsolutePath().getParent();
            try {
                for (Path file : PlanFiles.find(List.of(folder))) {
                    URI uri = URI.createFileURI(file.toString());
                    if (extensions.contains(uri.fileExtension())) {
                        found.add(uri);
                    }
                }
            } catch (IOException e) {
                // A folder that cannot be listed offers no related documents.
            }
        }
        return found;
    }
}
