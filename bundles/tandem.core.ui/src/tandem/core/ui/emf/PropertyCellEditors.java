package tandem.core.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Cell editors for a model property, chosen from its item property descriptor: a drop-down for enumerations,
 * booleans and references, a validated text field for other values. Shared by the Properties view and the tables
 * in Tandem's editors, so both edit the same way.
 */
public final class PropertyCellEditors {

    private PropertyCellEditors() {
    }

    /** A cell editor for the property, or {@code null} when it cannot be edited in place. */
    public static CellEditor create(Composite parent, Object element, IItemPropertyDescriptor descriptor) {
        if (!descriptor.canSetProperty(element)) {
            return null;
        }
        Object feature = descriptor.getFeature(element);
        if (feature instanceof EStructuralFeature structural && structural.isMany()) {
            return null;
        }
        Collection<?> choices = descriptor.getChoiceOfValues(element);
        if (choices != null) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), descriptor.getLabelProvider(element));
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            Class<?> instanceClass = type.getInstanceClass();
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE),
                        descriptor.getLabelProvider(element));
            }
            return new DataTypeCellEditor(parent, attribute, descriptor.isMultiLine(element));
        }
        return null;
    }

    /** A read-only drop-down over a list of values, labelled by the item provider. */
    public static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> values;

        ChoiceCellEditor(Composite parent, List<Object> values, IItemLabelProvider labels) {
            super(parent, labelsOf(values, labels), SWT.READ_ONLY);
            this.values = values;
        }

        private static String[] labelsOf(List<Object> values, IItemLabelProvider labels) {
            String[] result = new String[values.size()];
            for (int i = 0; i < result.length; i++) {
                Object value = values.get(i);
                result[i] = ElementLabels.textOf(value, labels);
            }
            return result;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 || index >= values.size() ? null : values.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Integer.valueOf(values.indexOf(value)));
        }
    }

    /**
     * A text field that converts to and from the attribute's data type (a percentage for a share), refusing text that
     * does not convert.
     */
    public static final class DataTypeCellEditor extends TextCellEditor {
        private final EAttribute attribute;

        DataTypeCellEditor(Composite parent, EAttribute attribute, boolean multiLine) {
            super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
            this.attribute = attribute;
            // JFace validates the typed value when the editor opens and the typed text while the planner types.
            setValidator(value -> {
                if (!(value instanceof String text)) {
                    return null;
                }
                try {
                    parse(text);
                    return null;
                } catch (RuntimeException e) {
                    return DataTypes.problemOf(attribute, text, e);
                }
            });
        }

        private Object parse(String text) {
            return DataTypes.parse(attribute, text);
        }

        @Override
        protected Object doGetValue() {
            return parse((String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(DataTypes.textOf(attribute, value));
        }
    }
}
