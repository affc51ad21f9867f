package tandem.test.support.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * The projects workbench tests keep plans in, and the File &gt; New wizards that create the plans. Run in the UI
 * thread.
 */
public final class PlanProjects {

    private PlanProjects() {
    }

    /** The workspace project of the name, created if need be, and open. */
    public static IProject open(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        return project;
    }

    /** Closes every editor without saving, lets the display settle and deletes the project with its files. */
    public static void delete(IProject project) throws CoreException {
        Ui.page().closeAllEditors(false);
        Ui.pump();
        project.delete(true, true, new NullProgressMonitor());
    }

    /**
     * Opens a New wizard on the project, as File &gt; New does with the project selected, without waiting for it
     * to close. Fails unless the wizard is registered in Tandem's category.
     *
     * @return the wizard's shell
     */
    public static Shell openNewWizard(String wizardId, IProject project) {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(wizardId);
        if (descriptor == null) {
            throw new AssertionError("the New wizard " + wizardId + " is not registered");
        }
        if (descriptor.getCategory() == null || !"tandem".equals(descriptor.getCategory().getId())) {
            throw new AssertionError("the New wizard " + wizardId + " is not in the Tandem category");
        }
        INewWizard wizard;
        try {
            wizard = (INewWizard) descriptor.createWizard();
        } catch (CoreException e) {
            throw new AssertionError("the New wizard " + wizardId + " cannot be created", e);
        }
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog.getShell();
    }

    /**
     * Creates a plan with a New wizard that needs only its file name, and returns the editor it opens.
     *
     * @param editorType the type of the editor the wizard opens
     */
    public static <E extends IEditorPart> E createWithWizard(String wizardId, IProject project, String fileName,
            Class<E> editorType) {
        Shell shell = openNewWizard(wizardId, project);
        Ui.type(Ui.text(shell, "File name:"), fileName);
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the " + editorType.getSimpleName() + " is open", () -> editorType.isInstance(Ui.page()
                .getActiveEditor()));
        return editorType.cast(Ui.page().getActiveEditor());
    }
}
