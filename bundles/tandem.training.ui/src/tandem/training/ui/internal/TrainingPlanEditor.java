package tandem.training.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;

import tandem.campaign.model.Campaign;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.forms.RelatedDocuments;
import tandem.training.model.TrainingPlan;

/**
 * The training plan editor: courses with their sessions and audiences, the readiness of the agents for each
 * campaign, a calendar of the sessions by week, and the knowledge items agents learn.
 */
public class TrainingPlanEditor extends PlanEditor {

    public static final String ID = "tandem.training.ui.trainingEditor";

    @Override
    protected void addModelPages() throws PartInitException {
        // Queues, teams and campaigns live in their own files; read them so that they can be chosen.
        RelatedDocuments.loadInto(getEditingDomain().getResourceSet(), getResource().getURI(), "center",
                "campaigns");
        addPage(new CoursesPage(this));
        addPage(new CalendarPage(this));
        addPage(new KnowledgePage(this));
    }

    @Override
    protected EObject createEmptyRoot() {
        return NewTrainingPlanWizard.newPlan(getPartName().replaceFirst("\\.training$", ""));
    }

    public TrainingPlan getTrainingPlan() {
        return (TrainingPlan) getRoot();
    }

    /** Every campaign of the project's campaign calendars. */
    public List<Campaign> availableCampaigns() {
        return RelatedDocuments.all(getEditingDomain().getResourceSet(), Campaign.class);
    }
}
