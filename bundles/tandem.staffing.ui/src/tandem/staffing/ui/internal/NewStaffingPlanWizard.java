package tandem.staffing.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.ui.wizards.NewPlanWizard;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * File &gt; New &gt; Staffing Plan: asks for the queue (from the project's contact-center setup), the interval
 * length and the dates, and creates a plan with one row per interval, baseline 0 and nobody scheduled. In a project
 * without a setup, the queue is named and a setup {@value #NEW_SETUP} holding it is created beside the plan.
 */
public class NewStaffingPlanWizard extends NewPlanWizard {

    static final String NEW_SETUP = "contact-center.center";

    private final ResourceSet documents = PlanDocuments.createResourceSet();
    private PlanSettingsPage settings;
    private Queue queue;

    @Override
    protected String typeName() {
        return "Staffing Plan";
    }

    @Override
    protected String fileExtension() {
        return "staffing";
    }

    @Override
    public void addPages() {
        super.addPages();
        settings = new PlanSettingsPage(this);
        addPage(settings);
    }

    @Override
    public boolean canFinish() {
        return getFilePage().isPageComplete() && settings.isPageComplete();
    }

    /** The queues of the contact-center setups in the project the plan goes to. */
    List<Queue> queuesInTargetProject() {
        IPath folder = getFilePage().getContainerFullPath();
        if (folder == null || folder.segmentCount() == 0) {
            return List.of();
        }
        URI inProject = URI.createPlatformResourceURI(folder.append("x.staffing").toString(), true);
        return ProjectDocuments.roots(documents, inProject, "center", ContactCenter.class).stream()
                .flatMap(center -> center.getQueues().stream()).toList();
    }

    @Override
    public void create(IFile file) throws IOException {
        settings.reloadIfFolderChanged();
        queue = settings.chosenQueue();
        if (queue == null) {
            queue = newSetupWith(file, settings.newQueueName());
        }
        super.create(file);
    }

    @Override
    protected EObject createRoot(String name) {
        return StaffingPlans.create(name, queue, settings.intervalMinutes(), settings.startDate(),
                settings.endDate());
    }

    /** Creates the project's first contact-center setup beside the plan, with the named queue. */
    private Queue newSetupWith(IFile plan, String queueName) throws IOException {
        IFile setupFile = plan.getParent().getFile(IPath.fromPortableString(NEW_SETUP));
        if (setupFile.exists()) {
            throw new IOException(setupFile.getFullPath() + " exists already; choose its queue instead");
        }
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        IProject project = plan.getProject();
        center.setName(project.getName());
        Queue created = CoreFactory.eINSTANCE.createQueue();
        created.setName(queueName);
        center.getQueues().add(created);
        Resource resource = documents.createResource(URI.createPlatformResourceURI(
                setupFile.getFullPath().toString(), true));
        resource.getContents().add(center);
        PlanDocuments.save(resource);
        try {
            setupFile.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
        } catch (CoreException e) {
            // The file is written; the workspace catches up on its next refresh.
        }
        return created;
    }

    /** The first day proposed for a new plan: next Monday. */
    static LocalDate nextMonday() {
        LocalDate day = LocalDate.now().plusDays(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
