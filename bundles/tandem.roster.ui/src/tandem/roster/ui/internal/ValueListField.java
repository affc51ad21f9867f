package tandem.roster.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.emf.DataTypes;

/**
 * A labelled text field for a many-valued attribute (the days an agent cannot work, the lengths of a template),
 * its values separated by commas. The list is replaced by one command when the planner presses Enter or leaves the
 * field; a value that does not convert is refused with a message naming it, and the field shows the model again.
 */
final class ValueListField {

    private final PlanEditor editor;
    private final EAttribute attribute;
    private final String label;
    private final Text text;
    private EObject owner;
    private String problem;
    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == attribute && !text.isDisposed()) {
                text.getDisplay().asyncExec(ValueListField.this::refresh);
            }
        }
    };

    ValueListField(PlanEditor editor, FormToolkit toolkit, Composite parent, String label, EAttribute attribute) {
        this.editor = editor;
        this.attribute = attribute;
        this.label = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        toolkit.createLabel(parent, label);
        text = toolkit.createText(parent, "", SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setData("name", label);
        text.addListener(SWT.DefaultSelection, e -> commit());
        text.addListener(SWT.FocusOut, e -> commit());
        text.addListener(SWT.Dispose, e -> setOwner(null));
    }

    void setOwner(EObject newOwner) {
        if (owner != null) {
            owner.eAdapters().remove(listener);
        }
        owner = newOwner;
        if (owner != null) {
            owner.eAdapters().add(listener);
        }
        if (!text.isDisposed()) {
            text.setEnabled(owner != null);
            refresh();
        }
    }

    private String shown() {
        if (owner == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Object value : (List<?>) owner.eGet(attribute)) {
            parts.add(DataTypes.textOf(attribute, value));
        }
        return String.join(", ", parts);
    }

    private void refresh() {
        if (!text.isDisposed() && !text.getText().equals(shown())) {
            text.setText(shown());
        }
    }

    private void commit() {
        if (owner == null || text.isDisposed() || text.getText().equals(shown())) {
            return;
        }
        List<Object> values = new ArrayList<>();
        for (String part : text.getText().split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                Object value = DataTypes.parse(attribute, trimmed);
                if (!values.contains(value)) {
                    values.add(value);
                }
            } catch (RuntimeException e) {
                problem = label + ": " + DataTypes.problemOf(attribute, trimmed, e) + "; " + label + " keeps "
                        + (shown().isEmpty() ? "no value" : shown());
                refresh();
                text.setToolTipText(problem);
                status(problem);
                return;
            }
        }
        problem = null;
        text.setToolTipText(null);
        status(null);
        editor.execute(SetCommand.create(editor.getEditingDomain(), owner, attribute, values));
    }

    private void status(String message) {
        if (editor.getEditorSite() != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** Why the last text typed was refused, or {@code null}. */
    String getProblem() {
        return problem;
    }

    Text getText() {
        return text;
    }
}
