package tandem.history.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;

import tandem.campaign.model.Campaign;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.forms.RelatedDocuments;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.rows.HistoryRows;

/**
 * The contact-history editor: a chart of the actuals of one queue with the automatic forecast of the following
 * weeks, its 80% band, its fitted values over the backtest weeks and the days past campaigns lifted the queue, and
 * the backtest accuracy of every method beside it. Read-only: history is imported (File > Import or {@code tandem-cli}), not typed.
 */
public class HistoryEditor extends PlanEditor {

    public static final String ID = "tandem.history.ui.historyEditor";

    private final Map<String, QueueView> views = new HashMap<>();
    private HistoryRows rows;

    @Override
    protected void addModelPages() throws PartInitException {
        // The setup (queues, opening hours) and the campaign calendars live in their own files.
        RelatedDocuments.loadInto(getEditingDomain().getResourceSet(), getResource().getURI(), "center",
                "campaigns");
        views.clear();
        rows = null;
        addPage(new HistoryPage(this));
    }

    @Override
    protected EObject createEmptyRoot() {
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setName(getPartName().replaceFirst("\\.history$", ""));
        history.setIntervalMinutes(15);
        return history;
    }

    public ContactHistory getHistory() {
        return (ContactHistory) getRoot();
    }

    /** The history's rows, read once. */
    HistoryRows rows() {
        if (rows == null) {
            rows = HistoryRows.of(getHistory());
        }
        return rows;
    }

    /** What the editor shows of a queue, computed on first use. */
    QueueView view(String queue) {
        return views.computeIfAbsent(queue, name -> new QueueView(rows(), name, queueNamed(name),
                RelatedDocuments.all(getEditingDomain().getResourceSet(), Campaign.class)));
    }

    /** The queue of this name in the history's contact center or in the project's setup, or null. */
    private Queue queueNamed(String name) {
        ContactCenter center = getHistory().getContactCenter();
        List<Queue> queues = center != null && !center.eIsProxy() ? center.getQueues()
                : RelatedDocuments.all(getEditingDomain().getResourceSet(), Queue.class);
        return queues.stream().filter(q -> name.equals(q.getName())).findFirst().orElse(null);
    }
}
