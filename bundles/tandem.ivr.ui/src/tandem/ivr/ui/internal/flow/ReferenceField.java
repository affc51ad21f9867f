package tandem.ivr.ui.internal.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import tandem.core.ui.editors.PlanEditor;

/**
 * A labelled drop-down bound to a single reference (a next node, a queue, opening hours, a campaign). The choices
 * are the item provider's; choosing one executes a command, so Undo works, and the drop-down follows the model.
 */
public final class ReferenceField {

    /** The first entry, for "no value". */
    public static final String NONE = "(none)";

    private final PlanEditor editor;
    private final EObject owner;
    private final EReference reference;
    private final Combo combo;
    private final List<Object> values = new ArrayList<>();
    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == reference && !combo.isDisposed()) {
                combo.getDisplay().asyncExec(ReferenceField.this::refresh);
            }
        }
    };

    public ReferenceField(PlanEditor editor, FormToolkit toolkit, Composite parent, String label, EObject owner,
            EReference reference) {
        this.editor = editor;
        this.owner = owner;
        this.reference = reference;
        toolkit.createLabel(parent, label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setData("name", label);
        combo.addListener(SWT.Selection, e -> commit());
        combo.addListener(SWT.MouseDown, e -> refresh());
        owner.eAdapters().add(listener);
        combo.addListener(SWT.Dispose, e -> owner.eAdapters().remove(listener));
        refresh();
    }

    /** Re-reads the choices and the current value. */
    public void refresh() {
        if (combo.isDisposed()) {
            return;
        }
        IItemPropertyDescriptor descriptor = descriptor();
        values.clear();
        values.add(null);
        Collection<?> choices = descriptor == null ? List.of() : descriptor.getChoiceOfValues(owner);
        if (choices != null) {
            choices.stream().filter(Objects::nonNull).forEach(values::add);
        }
        Object current = owner.eGet(reference);
        if (current != null && !values.contains(current)) {
            values.add(current);
        }
        IItemLabelProvider labels = descriptor == null ? null : descriptor.getLabelProvider(owner);
        String[] items = new String[values.size()];
        for (int i = 0; i < items.length; i++) {
            Object value = values.get(i);
            items[i] = value == null ? NONE : labels == null ? String.valueOf(value) : labels.getText(value);
        }
        if (!java.util.Arrays.equals(items, combo.getItems())) {
            combo.setItems(items);
        }
        combo.select(values.indexOf(current));
    }

    private IItemPropertyDescriptor descriptor() {
        IItemPropertySource source = (IItemPropertySource) editor.getAdapterFactory().adapt(owner,
                IItemPropertySource.class);
        return source == null ? null : source.getPropertyDescriptor(owner, reference);
    }

    private void commit() {
        int index = combo.getSelectionIndex();
        if (index < 0 || index >= values.size()) {
            return;
        }
        Object value = values.get(index);
        if (!Objects.equals(value, owner.eGet(reference))) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), owner, reference,
                    value == null ? SetCommand.UNSET_VALUE : value));
        }
    }

    public Combo getCombo() {
        return combo;
    }
}
