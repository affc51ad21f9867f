package tandem.goals.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStackListener;
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

    private final List<Runnable> refreshers = new ArrayList<>();
    private final CommandStackListener refreshAll = event -> scheduleRefresh();
    private Supplier<LocalDate> today = LocalDate::now;
    private boolean refreshScheduled;

    @Override
    protected void addModelPages() throws PartInitException {
        // Queues and campaigns live in their own files; read them so that goals can be linked to them.
        RelatedDocuments.loadInto(getEditingDomain().getResourceSet(), getResource().getURI(), "center",
                "campaigns");
        getEditingDomain().getCommandStack().removeCommandStackListener(refreshAll);
        getEditingDomain().getCommandStack().addCommandStackListener(refreshAll);
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

    /** Registers something that shows derived values; it runs after every change, Undo and Redo included. */
    void onModelChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    void removeRefresher(Runnable refresher) {
        refreshers.remove(refresher);
    }

    private void scheduleRefresh() {
        if (refreshScheduled || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        refreshScheduled = true;
        getContainer().getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (getContainer() != null && !getContainer().isDisposed()) {
                List.copyOf(refreshers).forEach(Runnable::run);
            }
        });
    }

    @Override
    public void dispose() {
        if (getEditingDomain() != null) {
            getEditingDomain().getCommandStack().removeCommandStackListener(refreshAll);
        }
        refreshers.clear();
        super.dispose();
    }
}
