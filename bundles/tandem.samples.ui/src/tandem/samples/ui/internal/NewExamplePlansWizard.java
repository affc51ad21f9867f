package tandem.samples.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File > New > Example Plans: creates a project with the example plans, opens its campaign calendar and runs the
 * checks.
 */
public class NewExamplePlansWizard extends Wizard implements INewWizard {

    /** The id under which the wizard is contributed; the Welcome view links to it. */
    public static final String ID = "tandem.samples.ui.newExamplePlans";

    private IWorkbench workbench;
    private ProjectNamePage namePage;
    private IProject created;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
        setWindowTitle("New Example Plans");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        namePage = new ProjectNamePage();
        addPage(namePage);
    }

    @Override
    public boolean performFinish() {
        String name = namePage.projectName();
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    created = ExampleProjects.create(name, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(getShell(), "Could not create the example plans", cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null) {
            // Once this dialog has closed, so that the editor and the checks belong to the workbench window.
            IProject project = created;
            window.getShell().getDisplay().asyncExec(() -> Showcase.present(window, project));
        }
        return true;
    }

    /** The project the wizard created, once it has finished. */
    public IProject getCreatedProject() {
        return created;
    }
}
