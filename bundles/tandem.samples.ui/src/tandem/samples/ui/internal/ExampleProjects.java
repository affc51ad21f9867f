package tandem.samples.ui.internal;

import java.io.IOException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import tandem.samples.SamplePlans;

/** Creates workspace projects holding the example plans. */
public final class ExampleProjects {

    private static final String BUNDLE = "tandem.samples.ui";

    private ExampleProjects() {
    }

    /** Why a project cannot be created under this name, or {@code null} when it can. */
    public static String problemWithName(String name) {
        if (name == null || name.isBlank()) {
            return "Enter a name for the project.";
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IStatus valid = workspace.validateName(name, IResource.PROJECT);
        if (!valid.isOK()) {
            return valid.getMessage();
        }
        if (workspace.getRoot().getProject(name).exists()) {
            return "A project named '" + name + "' already exists.";
        }
        return null;
    }

    /**
     * Creates and opens a project and writes the example plans into it.
     *
     * @throws CoreException saying why, when the name is taken or invalid or the files cannot be written
     */
    public static IProject create(String name, IProgressMonitor monitor) throws CoreException {
        String problem = problemWithName(name);
        if (problem != null) {
            throw new CoreException(Status.error(problem));
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        workspace.run(progress -> {
            SubMonitor work = SubMonitor.convert(progress, "Creating the example plans in " + name, 10);
            project.create(work.split(1));
            project.open(work.split(1));
            try {
                SamplePlans.writeTo(project.getLocation().toFile().toPath());
            } catch (IOException e) {
                throw new CoreException(new Status(IStatus.ERROR, BUNDLE,
                        "Could not write the example plans into " + name + ": " + e.getMessage(), e));
            }
            work.worked(6);
            project.refreshLocal(IResource.DEPTH_INFINITE, work.split(2));
        }, workspace.getRuleFactory().createRule(project), IWorkspace.AVOID_UPDATE, monitor);
        return project;
    }
}
