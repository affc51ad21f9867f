package tandem.core.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF item providers; texts as planners read them ({@link ElementLabels}). */
public class ItemLabelProvider extends LabelProvider implements ITableLabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return ElementLabels.textOf(element, provider);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? null : ItemImages.imageOf(provider.getImage(element), resources);
    }

    @Override
    public String getColumnText(Object element, int column) {
        ITableItemLabelProvider provider = (ITableItemLabelProvider) adapterFactory.adapt(element,
                ITableItemLabelProvider.class);
        return provider == null ? getText(element) : provider.getColumnText(element, column);
    }

    @Override
    public Image getColumnImage(Object element, int column) {
        return column == 0 ? getImage(element) : null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
