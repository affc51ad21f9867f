package tandem.core.ui.forms;

import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import tandem.core.ui.editors.PlanEditor;

/**
 * What the form fields share: a control showing one attribute of the element set as owner, following the model
 * (so that Undo shows in it), and changing it through a command on the editor's command stack. A subclass creates
 * its control, hands it to {@link #bind}, shows the owner's value in {@link #refresh} and commits through
 * {@link #set}. Not for subclassing outside this package.
 */
public abstract class AttributeBinding {

    final PlanEditor editor;
    final EAttribute attribute;
    /** The element shown, or {@code null}. */
    EObject owner;
    private Control control;
    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == attribute && !control.isDisposed()) {
                control.getDisplay().asyncExec(() -> {
                    if (!control.isDisposed()) {
                        refresh();
                    }
                });
            }
        }
    };

    AttributeBinding(PlanEditor editor, EAttribute attribute) {
        this.editor = editor;
        this.attribute = attribute;
    }

    /** Binds the control that shows the attribute: it stops following the model when it is disposed. */
    final void bind(Control shown) {
        control = shown;
        control.addListener(SWT.Dispose, e -> setOwner(null));
    }

    /** Shows the value of another element, or nothing (disabled) for {@code null}. */
    public void setOwner(EObject newOwner) {
        if (owner != null) {
            owner.eAdapters().remove(listener);
        }
        owner = newOwner;
        if (owner != null) {
            owner.eAdapters().add(listener);
        }
        if (!control.isDisposed()) {
            control.setEnabled(owner != null);
            refresh();
        }
    }

    /** Shows the owner's value in the control, which is not disposed. */
    abstract void refresh();

    /** Sets the owner's attribute to the value ({@code null}: unset) as a command, unless it has it already. */
    final void set(Object value) {
        boolean changes = attribute.isUnsettable() ? owner.eIsSet(attribute) != (value != null)
                || value != null && !Objects.equals(value, owner.eGet(attribute))
                : !Objects.equals(value, owner.eGet(attribute));
        if (changes) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), owner, attribute,
                    value == null ? SetCommand.UNSET_VALUE : value));
        }
    }
}
