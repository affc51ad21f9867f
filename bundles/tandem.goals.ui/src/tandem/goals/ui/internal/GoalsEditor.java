package tandem.goals.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;

import tandem.campaign.model.Campaign;
import tandem.core.model.Queue;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.forms.RelatedDocuments;
import tandem.goals.model.GoalSet;

/**
 * The service goals editor: the goals of a goal set, each with a detail form, a live SMART indicator and a chart of
 * its readings against the target.
 */
public class GoalsEditor extends PlanEditor {

    public static final String ID = "tandem.goals.ui.goalsEditor";

    private Supplier<LocalDate> today = LocalDate::now;

    @Override
    protected void addModelPages() throws PartInitException {
        // Queues and campaigns live in their own files; read them so that goals can be linked to them.
        RelatedDocuments.loadInto(getEditingDomain().getResourceSet(), getResource().getURI(), "center",
                "campaigns");
        addPage(new GoalsPage(this));
    }

    @Override
    protected EObject createEmptyRoot() {
        return NewGoalSetWizard.newGoalSet(getPartName().replaceFirst("\\.goals$", ""));
    }

    public GoalSet getGoalSet() {
        return (GoalSet) getRoot();
    }

    /** The date goals are assessed on: today. */
    public LocalDate today() {
        return today.get();
    }

    public List<Queue> availableQueues() {
        return RelatedDocuments.all(getEditingDomain().getResourceSet(), Queue.class);
    }

    public List<Campaign> availableCampaigns() {
        return RelatedDocuments.all(getEditingDomain().getResourceSet(), Campaign.class);
    }
}
