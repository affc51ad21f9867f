package tandem.checks.ui.internal;

import java.util.EventObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.PlatformUI;

import tandem.checks.CheckSettings;
import tandem.core.documents.PlanFiles;
import tandem.core.ui.editors.PlanEditor;

/**
 * Hooks the checks into the workbench once it has started: plan files saved or changed on disk are checked again,
 * and so is every change in an open plan editor. Nothing else happens at start-up: the projects that changed
 * since their last check (or were never checked) are checked in the background.
 */
public class ChecksStartup implements IStartup {

    private final Map<PlanEditor, CommandStackListener> watched = new HashMap<>();

    @Override
    public void earlyStartup() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this::resourcesChanged,
                IResourceChangeEvent.POST_CHANGE);
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                watch(window);
            }
            PlatformUI.getWorkbench().addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    watch(window);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                    // nothing to do
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                    // nothing to do
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                    // editors of the window are closed and unwatched with it
                }
            });
        });
        // Projects whose plans, settings and checks are as the last session's markers show are not checked again.
        WorkspaceChecks.get().checkChanged();
    }

    private void watch(IWorkbenchWindow window) {
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference reference) {
                IWorkbenchPart part = reference.getPart(false);
                if (part instanceof PlanEditor editor) {
                    startWatching(editor);
                }
            }

            @Override
            public void partClosed(IWorkbenchPartReference reference) {
                IWorkbenchPart part = reference.getPart(false);
                if (part instanceof PlanEditor editor) {
                    CommandStackListener listener = watched.remove(editor);
                    if (listener != null) {
                        editor.getEditingDomain().getCommandStack().removeCommandStackListener(listener);
                    }
                    WorkspaceChecks.get().editorClosed(editor);
                    // Closing without saving drops the unsaved state the markers showed.
                    IProject project = projectOf(editor);
                    if (project != null) {
                        WorkspaceChecks.get().check(project);
                    }
                }
            }
        });
        for (IWorkbenchPage page : window.getPages()) {
            for (var reference : page.getEditorReferences()) {
                if (reference.getEditor(false) instanceof PlanEditor editor) {
                    startWatching(editor);
                }
            }
        }
    }

    private void startWatching(PlanEditor editor) {
        if (watched.containsKey(editor)) {
            return;
        }
        CommandStackListener listener = (EventObject event) -> checkChanged(editor);
        watched.put(editor, listener);
        editor.getEditingDomain().getCommandStack().addCommandStackListener(listener);
        // Dirty without a command: a document started over after it could not be read.
        editor.addPropertyListener((source, property) -> {
            if (property == IEditorPart.PROP_DIRTY && editor.isDirty()) {
                WorkspaceChecks.get().editorChanged(editor);
            }
        });
        if (editor.isDirty()) {
            // changed before the watching started (a check may have read its saved file meanwhile): check again
            checkChanged(editor);
        }
    }

    /** The editor's document changed: its unsaved content counts, and its project is checked. */
    private static void checkChanged(PlanEditor editor) {
        WorkspaceChecks.get().editorChanged(editor);
        IProject project = projectOf(editor);
        if (project != null && editor.getResource() != null) {
            WorkspaceChecks.get().check(project);
        }
    }

    private static IProject projectOf(PlanEditor editor) {
        return editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile().getProject() : null;
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        Set<IProject> changed = new HashSet<>();
        Set<IProject> settingsChanged = new HashSet<>();
        try {
            delta.accept(child -> {
                boolean added = child.getKind() == IResourceDelta.ADDED
                        || child.getKind() == IResourceDelta.REMOVED;
                boolean edited = (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
                if (child.getResource() instanceof IFile file && (added || edited)) {
                    if (file.getParent() == file.getProject() && file.getName().equals(CheckSettings.FILE_NAME)) {
                        settingsChanged.add(file.getProject());
                    } else if (file.getLocation() != null
                            && PlanFiles.mayBePlan(file.getLocation().toFile().toPath())) {
                        changed.add(file.getProject());
                    }
                }
                return child.getResource().getType() != IResource.FILE;
            });
        } catch (CoreException e) {
            return;
        }
        // The team's settings changed: every check runs again on the plans as loaded.
        settingsChanged.forEach(project -> WorkspaceChecks.get().recheck(project));
        changed.forEach(project -> WorkspaceChecks.get().check(project));
    }
}
