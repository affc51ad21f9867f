package tandem.core.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Watches a plan document's whole containment tree and tells listeners, in the UI thread and once per burst of
 * notifications, that something changed ({@link PlanEditor#onModelChange}). Watching starts with the first listener,
 * so that documents nobody shows derived values of (a year of staffing intervals) are not adapted element by
 * element.
 */
final class ModelChanges extends EContentAdapter {

    private final Display display;
    private final BooleanSupplier showing;
    private final List<Runnable> listeners = new ArrayList<>();
    private Resource watched;
    private boolean scheduled;
    private long count;

    /**
     * @param display where listeners run
     * @param showing whether the editor still shows its pages when a burst ends
     */
    ModelChanges(Display display, BooleanSupplier showing) {
        this.display = display;
        this.showing = showing;
    }

    /** Watches the document (and stops watching the one watched before, if another). */
    void watch(Resource document) {
        if (watched == document) {
            return;
        }
        stop();
        watched = document;
        if (document != null) {
            document.eAdapters().add(this);
        }
    }

    Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    long count() {
        return count;
    }

    /** Forgets the listeners (the pages are made anew). */
    void clearListeners() {
        listeners.clear();
    }

    void stop() {
        if (watched != null) {
            watched.eAdapters().remove(this);
            watched = null;
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
                || notification.getNotifier() instanceof Resource
                        && notification.getFeatureID(Resource.class) != Resource.RESOURCE__CONTENTS) {
            return; // not a change of the model (the resource's modified or loaded flag, say)
        }
        count++;
        if (scheduled || display.isDisposed()) {
            return;
        }
        scheduled = true;
        display.asyncExec(() -> {
            scheduled = false;
            if (showing.getAsBoolean()) {
                List.copyOf(listeners).forEach(Runnable::run);
            }
        });
    }
}
