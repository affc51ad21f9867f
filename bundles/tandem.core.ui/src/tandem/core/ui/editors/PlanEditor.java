package tandem.core.ui.editors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import tandem.core.documents.FileChangedException;
import tandem.core.documents.Ids;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocuments;
import tandem.core.ui.emf.ItemContentProvider;
import tandem.core.ui.emf.ItemLabelProvider;
import tandem.core.ui.emf.ItemPropertySourceProvider;

/**
 * The base of every Tandem plan editor: one plan document, edited only through EMF commands on one command stack,
 * so Undo/Redo, the dirty mark, Save and Save As, the Properties view and the Outline work the same in every
 * editor.
 * <p>
 * A document that cannot be read opens on a page listing its problems (file, line, reason) instead of the model
 * pages. Nothing is written over such a file unless the planner explicitly starts over and confirms the save.
 */
public abstract class PlanEditor extends FormEditor implements IEditingDomainProvider {

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private final SelectionRelay selectionRelay = new SelectionRelay();
    private final List<PropertySheetPage> propertyPages = new ArrayList<>();
    private Resource resource;
    private List<LoadProblem> loadProblems = List.of();
    private CommandStackListener stackListener;
    private ElementProblems problems;
    private final List<Runnable> problemListeners = new ArrayList<>();
    private ModelChanges modelChanges;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
        site.setSelectionProvider(selectionRelay);
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        PlanDocuments.configure(editingDomain.getResourceSet());
        stackListener = event -> onCommandStackChanged(event);
        stack.addCommandStackListener(stackListener);
        open(uriOf(input));
        modelChanges = new ModelChanges(site.getShell().getDisplay(),
                () -> getContainer() != null && !getContainer().isDisposed());
        if (input instanceof IFileEditorInput file) {
            problems = new ElementProblems(file.getFile(), () -> site.getShell().getDisplay().asyncExec(() -> {
                if (getContainer() != null && !getContainer().isDisposed()) {
                    problemListeners.forEach(Runnable::run);
                }
            }));
        }
    }

    /**
     * Runs the listener in the UI thread after the document changed, once per burst of changes (a command, its Undo
     * or Redo, a paste of many elements), for pages that show values derived from the whole document (a timeline,
     * readiness, a chart) and recompute them rather than track each feature. Listeners are dropped when the pages
     * are made anew (reload, start over); a page removes its own when it is disposed.
     *
     * @return what removes the listener again
     */
    public Runnable onModelChange(Runnable listener) {
        modelChanges.watch(resource);
        return modelChanges.listen(listener);
    }

    /**
     * How many changes the document has had since something first listened to them ({@link #onModelChange}):
     * values derived at the same count are still current.
     */
    public long modelChangeCount() {
        modelChanges.watch(resource);
        return modelChanges.count();
    }

    /** The worst problem the checks reported on an element of this document, or {@code null}. */
    public ElementProblems.Problem problemOf(EObject element) {
        return problems == null || element == null ? null : problems.of(element);
    }

    /** Runs the listener (in the UI thread) whenever the problems on this document's elements change. */
    public void addProblemListener(Runnable listener) {
        problemListeners.add(listener);
    }

    /**
     * Shows an element: the page and the table or tree that contain it select it, and the Properties view follows.
     * Used when the planner opens a problem marker.
     */
    public void reveal(EObject element) {
        for (Revealer revealer : revealers) {
            if (revealer.reveal(element)) {
                for (int page = 0; page < getPageCount(); page++) {
                    if (contains(getControl(page), revealer.control())) {
                        setActivePage(page);
                        break;
                    }
                }
                return;
            }
        }
        selectionRelay.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element));
    }

    private static boolean contains(org.eclipse.swt.widgets.Control ancestor, org.eclipse.swt.widgets.Control control) {
        for (org.eclipse.swt.widgets.Control c = control; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Something in a page that can show elements, such as a {@code FeatureTable}. */
    public interface Revealer {
        /** Selects the element if this part shows it; answers whether it did. */
        boolean reveal(EObject element);

        org.eclipse.swt.widgets.Control control();
    }

    private final List<Revealer> revealers = new ArrayList<>();

    public void addRevealer(Revealer revealer) {
        revealers.add(revealer);
    }

    private void gotoMarker(org.eclipse.core.resources.IMarker marker) {
        String uri = marker.getAttribute(ElementProblems.ELEMENT_URI, null);
        if (uri != null && isReadable()) {
            EObject element = editingDomain.getResourceSet().getEObject(URI.createURI(uri), false);
            if (element != null) {
                reveal(element);
            }
        }
    }

    private void open(URI uri) {
        PlanDocuments.Opened opened = PlanDocuments.open(editingDomain.getResourceSet(), uri);
        resource = opened.resource();
        loadProblems = opened.problems();
    }

    /** The document URI of an editor input: a workspace file or any file URI. */
    protected static URI uriOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput file) {
            return URI.createPlatformResourceURI(file.getFile().getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        throw new PartInitException("Tandem cannot open " + input.getName() + ": not a file");
    }

    @Override
    protected void addPages() {
        try {
            if (isReadable()) {
                addModelPages();
            } else {
                addPage(new LoadProblemsPage(this, loadProblems));
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open " + getPartName(), e.getMessage());
        }
    }

    /** Adds the pages that edit the model; called only for documents that could be read. */
    protected abstract void addModelPages() throws PartInitException;

    /** A fresh, empty root for a document whose file could not be read and that the planner starts over. */
    protected abstract EObject createEmptyRoot();

    public boolean isReadable() {
        return !PlanDocuments.isUnreadable(resource);
    }

    public List<LoadProblem> getLoadProblems() {
        return loadProblems;
    }

    /** The document's root element, or {@code null} for an unreadable document. */
    public EObject getRoot() {
        return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }

    public Resource getResource() {
        return resource;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    /** The composite holding the editor's pages, for tests and tools that look at the widgets. */
    public Composite getPageContainer() {
        return getContainer();
    }

    public SelectionRelay getSelectionRelay() {
        return selectionRelay;
    }

    /** Executes a command on this editor's command stack (undoable). */
    public void execute(Command command) {
        editingDomain.getCommandStack().execute(command);
    }

    private void onCommandStackChanged(EventObject event) {
        Command last = editingDomain.getCommandStack().getMostRecentCommand();
        if (last != null) {
            // New elements get their stable id as soon as they exist, before anything can reference them.
            assignIds(last.getAffectedObjects());
        }
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (getContainer() != null && !getContainer().isDisposed()) {
                firePropertyChange(PROP_DIRTY);
                propertyPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
                propertyPages.forEach(PropertySheetPage::refresh);
            }
        });
    }

    private static void assignIds(Collection<?> objects) {
        for (Object object : objects) {
            if (object instanceof EObject element && element.eResource() != null) {
                Ids.assignIfMissing(element);
                element.eAllContents().forEachRemaining(Ids::assignIfMissing);
            }
        }
    }

    /** Replaces the unreadable document with an empty one; the save that follows asks before overwriting. */
    public void startOver() {
        EObject root = createEmptyRoot();
        resource.getContents().clear();
        resource.getContents().add(root);
        Ids.assignMissing(resource);
        loadProblems = List.of();
        recreatePages();
        resource.setModified(true);
        ((BasicCommandStack) editingDomain.getCommandStack()).flush();
        startedOver = true;
        firePropertyChange(PROP_DIRTY);
    }

    private boolean startedOver;

    /** Reads the file again, for example after it was repaired outside Tandem. */
    public void reload() {
        editingDomain.getResourceSet().getResources().remove(resource);
        open(resource.getURI());
        ((BasicCommandStack) editingDomain.getCommandStack()).flush();
        startedOver = false;
        recreatePages();
        firePropertyChange(PROP_DIRTY);
    }

    private void recreatePages() {
        revealers.clear();
        problemListeners.clear();
        modelChanges.clearListeners();
        while (getPageCount() > 0) {
            removePage(0);
        }
        addPages();
        if (getPageCount() > 0) {
            setActivePage(0);
        }
    }

    @Override
    public boolean isDirty() {
        return startedOver || ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            if (PlanDocuments.isUnreadable(resource)) {
                if (!MessageDialog.openQuestion(getSite().getShell(), "Replace unreadable file?", getPartName()
                        + " could not be read when it was opened. Saving replaces its content with the new document."
                        + "\n\nReplace the file?")) {
                    monitor.setCanceled(true);
                    return;
                }
                PlanDocuments.saveReplacingUnreadable(resource);
            } else {
                try {
                    PlanDocuments.saveIfUnchanged(resource);
                } catch (FileChangedException e) {
                    if (!MessageDialog.openQuestion(getSite().getShell(), "File changed on disk", getPartName()
                            + " was changed on disk since it was opened (by another program or an import). Saving "
                            + "replaces those changes with yours.\n\nReplace them?")) {
                        monitor.setCanceled(true);
                        return;
                    }
                    PlanDocuments.save(resource);
                }
            }
            startedOver = false;
            ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
            refreshWorkspaceFile(resource.getURI());
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            monitor.setCanceled(true);
            MessageDialog.openError(getSite().getShell(), "Could not save " + getPartName(),
                    e.getMessage() + "\n\nThe file on disk is unchanged.");
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return isReadable();
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        if (getEditorInput() instanceof IFileEditorInput file) {
            dialog.setOriginalFile(file.getFile());
        }
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (path.getFileExtension() == null && resource.getURI().fileExtension() != null) {
            path = path.addFileExtension(resource.getURI().fileExtension());
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        resource.setURI(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        setInputWithNotify(new FileEditorInput(file));
        setPartName(file.getName());
        doSave(new NullProgressMonitor());
    }

    private static void refreshWorkspaceFile(URI uri) {
        if (uri.isPlatformResource()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(
                    org.eclipse.core.runtime.Path.fromPortableString(uri.toPlatformString(true)));
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            } catch (CoreException e) {
                // The file is saved; the workspace catches up with it on its next refresh.
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(createPropertySheetPage());
        }
        if (type == IContentOutlinePage.class && isReadable()) {
            return type.cast(new Outline());
        }
        if (type == EditingDomain.class) {
            return type.cast(editingDomain);
        }
        if (type == org.eclipse.ui.ide.IGotoMarker.class) {
            return type.cast((org.eclipse.ui.ide.IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(type);
    }

    private PropertySheetPage createPropertySheetPage() {
        CommandStackActions actions = new CommandStackActions();
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void setActionBars(org.eclipse.ui.IActionBars bars) {
                super.setActionBars(bars);
                actions.bind(editingDomain, null);
                actions.installIn(bars);
            }

            @Override
            public void dispose() {
                actions.dispose();
                super.dispose();
            }
        };
        page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
        propertyPages.add(page);
        return page;
    }

    /** The Outline: the document as a tree. */
    private final class Outline extends ContentOutlinePage {
        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            TreeViewer viewer = getTreeViewer();
            viewer.setContentProvider(new ItemContentProvider(adapterFactory));
            viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
            viewer.setInput(resource);
            viewer.expandToLevel(2);
        }
    }

    @Override
    public void dispose() {
        if (editingDomain != null && stackListener != null) {
            editingDomain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (problems != null) {
            problems.dispose();
        }
        if (modelChanges != null) {
            modelChanges.clearListeners();
            modelChanges.stop();
        }
        super.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }
}
