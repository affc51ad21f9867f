package tandem.campaign.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Watches a document's whole containment tree and tells listeners, in the UI thread and once per burst of
 * notifications, that something changed: views that show derived values (the timeline, the expected contacts)
 * recompute instead of tracking each feature.
 */
final class ModelWatcher extends EContentAdapter {

    private final EObject root;
    private final Display display;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean scheduled;
    private long changes;

    ModelWatcher(EObject root, Display display) {
        this.root = root;
        this.display = display;
        root.eAdapters().add(this);
    }

    /** Calls the listener after changes; returns what removes it again. */
    Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!notification.isTouch()) {
            changes++;
        }
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
                || scheduled || display.isDisposed()) {
            return;
        }
        scheduled = true;
        display.asyncExec(() -> {
            scheduled = false;
            for (Runnable listener : List.copyOf(listeners)) {
                listener.run();
            }
        });
    }

    /** How many changes there have been; derived values computed at the same count are still current. */
    long changeCount() {
        return changes;
    }

    void dispose() {
        listeners.clear();
        root.eAdapters().remove(this);
    }
}
