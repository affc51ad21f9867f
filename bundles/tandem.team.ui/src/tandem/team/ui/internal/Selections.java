package tandem.team.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The project or plan a Team command works on: the selected resource, or the active editor's file. */
final class Selections {

    private Selections() {
    }

    static IResource resource(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            if (resource != null) {
                return resource;
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
            return input.getFile();
        }
        return null;
    }

    static IProject project(ExecutionEvent event) {
        IResource resource = resource(event);
        return resource == null ? null : resource.getProject();
    }

    static IFile file(ExecutionEvent event) {
        return resource(event) instanceof IFile file ? file : null;
    }
}
