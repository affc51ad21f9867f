package tandem.core.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Tree and table content from EMF item providers, kept up to date by their viewer notifications: any change
 * made through a command (or undo) shows in every viewer at once.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    protected final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? NONE : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent,
                ITreeItemContentProvider.class);
        return provider == null ? NONE : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element,
                ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element,
                ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || !(notification instanceof IViewerNotification change)) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (control.isDisposed()) {
                return;
            }
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                if (element == null || element == target.getInput()) {
                    target.refresh(change.isLabelUpdate());
                } else {
                    target.refresh(element, change.isLabelUpdate());
                }
            } else if (change.isLabelUpdate() && element != null) {
                target.update(element, null);
            }
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
