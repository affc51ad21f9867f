package tandem.core.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Reads a property of a model element through its item property descriptor, as a plain value and as text. */
public final class PropertyValues {

    private PropertyValues() {
    }

    /** The property's value, unwrapped from EMF's property value wrapper. */
    public static Object valueOf(IItemPropertyDescriptor descriptor, Object element) {
        Object value = descriptor.getPropertyValue(element);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : value;
    }

    /**
     * The property's value as the user reads it (a share as a percentage, a kind by its display name, an element by
     * its name: {@link ElementLabels}).
     */
    public static String textOf(IItemPropertyDescriptor descriptor, Object element) {
        Object feature = descriptor.getFeature(element);
        if (feature instanceof EAttribute attribute && Percent.showsPercent(attribute)) {
            return DataTypes.textOf(attribute, valueOf(descriptor, element));
        }
        Object value = valueOf(descriptor, element);
        if (value instanceof Enumerator || value instanceof EObject || value instanceof Collection
                || value instanceof Boolean) {
            return ElementLabels.textOf(value, descriptor.getLabelProvider(element));
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(element);
        String text = labels == null ? String.valueOf(value) : labels.getText(descriptor.getPropertyValue(element));
        return text == null ? "" : text;
    }
}
