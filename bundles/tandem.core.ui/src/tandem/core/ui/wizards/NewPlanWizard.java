package tandem.core.ui.wizards;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;

/**
 * The base of every "New ... plan" wizard: asks for a folder and file name, writes a new document with a root
 * built by the subclass, and opens it in its editor.
 */
public abstract class NewPlanWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
        setWindowTitle("New " + typeName());
        setNeedsProgressMonitor(false);
    }

    /** What the document is, in the planner's words, e.g. "Contact-Center Setup". */
    protected abstract String typeName();

    /** The file extension, without the dot. */
    protected abstract String fileExtension();

    /** The document's root, named after the file. */
    protected abstract EObject createRoot(String name);

    @Override
    public void addPages() {
        filePage = new FilePage(selection);
        filePage.setTitle("New " + typeName());
        filePage.setDescription("Choose the project folder and the name of the new " + typeName().toLowerCase()
                + ".");
        filePage.setFileExtension(fileExtension());
        filePage.setFileName(defaultFileName());
        addPage(filePage);
    }

    /**
     * The file name proposed to the planner: the type's name, numbered if the selected folder has a file of that
     * name already.
     */
    protected String defaultFileName() {
        String base = typeName().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        IPath folder = selectedFolder();
        String name = base + "." + fileExtension();
        for (int n = 2; folder != null && n < 1000
                && ResourcesPlugin.getWorkspace().getRoot().exists(folder.append(name)); n++) {
            name = base + "-" + n + "." + fileExtension();
        }
        return name;
    }

    /** The folder the selection stands for (a file's parent), or {@code null}. */
    private IPath selectedFolder() {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IResource r ? r
                : first instanceof org.eclipse.core.runtime.IAdaptable a ? a.getAdapter(IResource.class) : null;
        if (resource == null) {
            return null;
        }
        return resource.getType() == IResource.FILE ? resource.getParent().getFullPath() : resource.getFullPath();
    }

    /**
     * A URI of a document in the folder chosen on the first page (for finding the project's other documents with
     * {@link ProjectDocuments}), or {@code null} while no folder is chosen.
     */
    protected URI documentUriInTargetFolder() {
        IPath folder = filePage.getContainerFullPath();
        if (folder == null || folder.segmentCount() == 0) {
            return null;
        }
        return URI.createPlatformResourceURI(folder.append("new." + fileExtension()).toString(), true);
    }

    /**
     * The file page, which says from the start why it cannot go on (Eclipse's page keeps quiet until the planner
     * types, so a file that exists already left Next and Finish disabled without a word).
     */
    private static final class FilePage extends WizardNewFileCreationPage {

        FilePage(IStructuredSelection selection) {
            super("file", selection);
        }

        @Override
        public void createControl(org.eclipse.swt.widgets.Composite parent) {
            super.createControl(parent);
            if (getContainerFullPath() != null && !getFileName().isBlank()) {
                setPageComplete(validatePage()); // with its message, e.g. that the file exists already
            }
        }
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        if (!fileExtension().equals(path.getFileExtension())) {
            path = path.addFileExtension(fileExtension());
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        try {
            if (!file.getParent().exists() && file.getParent() instanceof org.eclipse.core.resources.IFolder folder) {
                folder.create(true, true, new NullProgressMonitor());
            }
            create(file);
            file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
        } catch (IOException | CoreException e) {
            MessageDialog.openError(getShell(), "Could not create " + file.getName(), e.getMessage());
            return false;
        }
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(page, file, true);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "Could not open " + file.getName(), e.getMessage());
        }
        return true;
    }

    /** Writes the new document; also used by tests and by the example-plans wizard. */
    public void create(IFile file) throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        String name = file.getFullPath().removeFileExtension().lastSegment();
        resource.getContents().add(createRoot(name));
        Ids.assignMissing(resource);
        PlanDocuments.save(resource);
    }

    public WizardNewFileCreationPage getFilePage() {
        return filePage;
    }
}
