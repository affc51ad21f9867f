package tandem.core.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import tandem.core.ui.editors.PlanEditor;

/**
 * A labelled drop-down bound to an enumeration attribute. Picking a value is one command on the editor's command
 * stack, and the drop-down follows the model, so Undo shows in it.
 */
public final class ChoiceField extends AttributeBinding {

    private final Combo combo;
    private final List<Enumerator> values;

    /**
     * Creates the label and the drop-down in a two-column grid; it shows nothing until an owner is set.
     *
     * @param editor the editor whose command stack receives the changes
     * @param toolkit the form toolkit that styles the controls
     * @param parent a composite with a two-column grid layout
     * @param label the caption, also the control's "name" for tests
     * @param attribute an attribute whose type is an enumeration
     * @param labels how each literal reads in the drop-down
     */
    public ChoiceField(PlanEditor editor, FormToolkit toolkit, Composite parent, String label,
            EAttribute attribute, Function<Enumerator, String> labels) {
        super(editor, attribute);
        this.values = ((EEnum) attribute.getEAttributeType()).getELiterals().stream()
                .map(l -> (Enumerator) l.getInstance()).toList();
        toolkit.createLabel(parent, label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo);
        combo.setItems(values.stream().map(labels).toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setData("name", label);
        combo.addListener(SWT.Selection, e -> commit());
        bind(combo);
    }

    @Override
    void refresh() {
        int index = owner == null ? -1 : values.indexOf(owner.eGet(attribute));
        if (index < 0) {
            combo.deselectAll();
        } else if (combo.getSelectionIndex() != index) {
            combo.select(index);
        }
    }

    private void commit() {
        int index = combo.getSelectionIndex();
        if (owner == null || index < 0) {
            return;
        }
        set(values.get(index));
    }

    /** The drop-down control. */
    public Combo getCombo() {
        return combo;
    }
}
