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

import tandem.campaign.model.CampaignCalendar;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.ui.wizards.NewPlanWizard;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * File &gt; New &gt; Staffing Plan: asks for the queue (from the project's contact-center setup, whatever its file
 * name), the campaign calendar, the interval length, the dates and the targets (service level, handle time,
 * patience, shrinkage, with defaults that pass the checks), and creates a plan with one row per interval, baseline
 * 0 and nobody scheduled. Only in a project without any setup is the queue named, and a setup {@value #NEW_SETUP}
 * holding it created beside the plan (the page says so); a setup that cannot be read is reported, never replaced.
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

    /**
     * What the project the plan goes to offers: the queues of its contact-center setups (whatever their file
     * names), the setups that cannot be read, and its campaign calendars.
     */
    record ProjectContext(List<Queue> queues, List<String> unreadableSetups, List<CampaignCalendar> calendars) {
    }

    ProjectContext projectContext() {
        URI inProject = documentUriInTargetFolder();
        ProjectDocuments.Found<ContactCenter> setups = ProjectDocuments.setups(documents, inProject);
        return new ProjectContext(setups.roots().stream().flatMap(center -> center.getQueues().stream()).toList(),
                setups.unreadable(),
                ProjectDocuments.roots(documents, inProject, "campaigns", CampaignCalendar.class));
    }

    @Override
    public void create(IFile file) throws IOException {
        settings.reloadIfFolderChanged();
        queue = settings.chosenQueue();
        if (queue == null) {
            if (settings.projectHasSetup()) {
                throw new IOException("the project's contact-center setup cannot be read; correct it first");
            }
            queue = newSetupWith(file, settings.newQueueName());
        }
        super.create(file);
    }

    @Override
    protected EObject createRoot(String name) {
        StaffingPlan plan = StaffingPlans.create(name, queue, settings.intervalMinutes(), settings.startDate(),
                settings.endDate());
        plan.setServiceLevelShare(settings.serviceLevelShare());
        plan.setAnswerWithinSeconds(settings.answerWithinSeconds());
        plan.setAhtSeconds(settings.ahtSeconds());
        plan.setAveragePatienceSeconds(settings.patienceSeconds());
        plan.setShrinkage(settings.shrinkageShare());
        CampaignCalendar calendar = settings.chosenCalendar();
        if (calendar != null) {
            plan.getCampaignCalendars().add(calendar);
        }
        return plan;
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
