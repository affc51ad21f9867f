package tandem.core.ui.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Shows model elements in the Properties view through their EMF item property descriptors. Edits go through the
 * element's editing domain as commands, so they can be undone.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new Source(object, source);
    }

    private static final class Source implements IPropertySource {
        private final Object element;
        private final IItemPropertySource source;

        Source(Object element, IItemPropertySource source) {
            this.element = element;
            this.source = source;
        }

        @Override
        public Object getEditableValue() {
            return source.getEditableValue(element);
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(element);
            return descriptors == null ? new IPropertyDescriptor[0]
                    : descriptors.stream().map(d -> new Descriptor(element, d)).toArray(IPropertyDescriptor[]::new);
        }

        private IItemPropertyDescriptor find(Object id) {
            return source.getPropertyDescriptor(element, id);
        }

        @Override
        public Object getPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = find(id);
            return descriptor == null ? null : PropertyValues.valueOf(descriptor, element);
        }

        @Override
        public boolean isPropertySet(Object id) {
            IItemPropertyDescriptor descriptor = find(id);
            return descriptor != null && descriptor.isPropertySet(element);
        }

        @Override
        public void resetPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = find(id);
            if (descriptor != null) {
                descriptor.resetPropertyValue(element);
            }
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor descriptor = find(id);
            if (descriptor != null && descriptor.canSetProperty(element)) {
                descriptor.setPropertyValue(element, value);
            }
        }
    }

    private static final class Descriptor implements IPropertyDescriptor {
        private final Object element;
        private final IItemPropertyDescriptor descriptor;

        Descriptor(Object element, IItemPropertyDescriptor descriptor) {
            this.element = element;
            this.descriptor = descriptor;
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            return PropertyCellEditors.create(parent, element, descriptor);
        }

        @Override
        public String getCategory() {
            return descriptor.getCategory(element);
        }

        @Override
        public String getDescription() {
            return descriptor.getDescription(element);
        }

        @Override
        public String getDisplayName() {
            return descriptor.getDisplayName(element);
        }

        @Override
        public String[] getFilterFlags() {
            return descriptor.getFilterFlags(element);
        }

        @Override
        public Object getHelpContextIds() {
            return descriptor.getHelpContextIds(element);
        }

        @Override
        public Object getId() {
            return descriptor.getId(element);
        }

        @Override
        public ILabelProvider getLabelProvider() {
            return new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return PropertyValues.textOf(descriptor, element);
                }
            };
        }

        @Override
        public boolean isCompatibleWith(IPropertyDescriptor other) {
            return false;
        }
    }
}
