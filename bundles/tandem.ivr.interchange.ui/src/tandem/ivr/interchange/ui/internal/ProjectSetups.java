package tandem.ivr.interchange.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;

/** The contact-center setups (.center) of a project, loaded with workspace URIs so references save relative. */
final class ProjectSetups {

    private ProjectSetups() {
    }

    static List<ContactCenter> load(ResourceSet set, IProject project) {
        List<ContactCenter> centers = new ArrayList<>();
        try {
            project.accept((org.eclipse.core.resources.IResourceVisitor) resource -> {
                if (resource.getType() == IResource.FOLDER && (resource.getName().startsWith(".")
                        || resource.getName().equals("bin") || resource.getName().equals("target"))) {
                    return false;
                }
                if (resource instanceof IFile file && "center".equals(file.getFileExtension())) {
                    try {
                        for (EObject root : PlanDocuments.load(set, uri(file)).getContents()) {
                            if (root instanceof ContactCenter center) {
                                centers.add(center);
                            }
                        }
                    } catch (PlanDocumentException e) {
                        // an unreadable setup names nothing; its own editor shows why
                    }
                }
                return true;
            }, IResource.DEPTH_INFINITE, IContainer.NONE);
        } catch (CoreException e) {
            // a project that cannot be listed has no setups to look names up in
        }
        return centers;
    }

    static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }
}
