package tandem.excel.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.FileEditorInput;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.excel.WorkbookLayouts;

/** Plan files in the workspace, the editors open on them, and the project documents references may name. */
final class WorkspacePlans {

    private WorkspacePlans() {
    }

    /** The plan file (one with an Excel layout) the selection points at, else the active editor's. */
    static IFile initialPlan(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null) {
            for (Object element : selection.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && hasLayout(file)) {
                    return file;
                }
            }
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input
                && hasLayout(input.getFile())) {
            return input.getFile();
        }
        return null;
    }

    static boolean hasLayout(IFile file) {
        return WorkbookLayouts.forFileExtension(file.getFileExtension()).isPresent();
    }

    /** The workspace file a path such as {@code plans/spring.campaigns} names, or {@code null}. */
    static IFile file(String workspacePath) {
        if (workspacePath == null || workspacePath.isBlank()) {
            return null;
        }
        IPath path = IPath.fromPortableString(workspacePath.trim());
        return path.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(path);
    }

    static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The editor open on the file in the active window, if any. */
    static Optional<IEditorPart> editorOf(IWorkbench workbench, IFile file) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return Optional.ofNullable(page == null ? null : page.findEditor(new FileEditorInput(file)));
    }

    /** The document an editor holds for the file, with the editor's editing domain. */
    static Optional<Resource> documentOf(IEditorPart editor, IFile file) {
        EditingDomain domain = editor.getAdapter(EditingDomain.class);
        if (domain == null) {
            return Optional.empty();
        }
        Resource resource = domain.getResourceSet().getResource(uri(file), false);
        return resource == null || resource.getContents().isEmpty() || PlanDocuments.isUnreadable(resource)
                ? Optional.empty() : Optional.of(resource);
    }

    /**
     * Loads the plan documents of the file's project into the set (workspace URIs, so that references between
     * them are saved relative), skipping documents already there and documents that cannot be read.
     */
    static void loadProject(ResourceSet set, IFile file) {
        IProject project = file.getProject();
        try {
            project.accept((org.eclipse.core.resources.IResourceVisitor) resource -> {
                if (resource.getType() == IResource.FOLDER && (resource.getName().startsWith(".")
                        || resource.getName().equals("bin") || resource.getName().equals("target"))) {
                    return false;
                }
                if (resource instanceof IFile planFile && !planFile.equals(file)
                        && PlanFiles.isPlanFile(Path.of(planFile.getName()))) {
                    URI uri = uri(planFile);
                    Resource loaded = set.getResource(uri, false);
                    if (loaded == null || !loaded.isLoaded()) {
                        try {
                            PlanDocuments.load(set, uri);
                        } catch (PlanDocumentException e) {
                            // unreadable documents cannot be named; their problems show in their own editor
                        }
                    }
                }
                return true;
            }, IResource.DEPTH_INFINITE, IContainer.NONE);
        } catch (CoreException e) {
            // a project that cannot be listed gives no references
        }
    }

    /** Tells the workspace that a file changed on disk. */
    static void refresh(IFile file) {
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
        } catch (CoreException e) {
            // the workspace catches up on its next refresh
        }
    }
}
