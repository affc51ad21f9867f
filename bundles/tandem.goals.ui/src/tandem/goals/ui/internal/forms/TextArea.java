package tandem.goals.ui.internal.forms;

import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import tandem.core.ui.editors.PlanEditor;

/**
 * A multi-line text bound to a text attribute (a script, an approved answer). The text is committed as one command
 * when the planner leaves the field (or presses Ctrl+Enter), and the field follows the model, so Undo shows in it.
 * Lays out over two columns of a two-column grid: the label, then the text below it.
 */
public final class TextArea {

    private final PlanEditor editor;
    private final EAttribute attribute;
    private final Text text;
    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == attribute && !text.isDisposed()) {
                text.getDisplay().asyncExec(TextArea.this::refresh);
            }
        }
    };
    private EObject owner;

    public TextArea(PlanEditor editor, FormToolkit toolkit, Composite parent, String label, EAttribute attribute,
            int lines) {
        this.editor = editor;
        this.attribute = attribute;
        Label caption = toolkit.createLabel(parent, label);
        caption.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = lines * text.getLineHeight();
        data.widthHint = 200;
        text.setLayoutData(data);
        text.setData("name", label);
        text.addListener(SWT.FocusOut, e -> commit());
        text.addListener(SWT.DefaultSelection, e -> commit());
        text.addListener(SWT.Dispose, e -> setOwner(null));
    }

    public void setOwner(EObject newOwner) {
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

    private void refresh() {
        if (text.isDisposed()) {
            return;
        }
        Object value = owner == null ? null : owner.eGet(attribute);
        String shown = value == null ? "" : value.toString();
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }

    private void commit() {
        if (owner == null || text.isDisposed()) {
            return;
        }
        String value = text.getText().isEmpty() ? null : text.getText();
        if (!Objects.equals(value, owner.eGet(attribute))) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), owner, attribute,
                    value == null ? SetCommand.UNSET_VALUE : value));
        }
    }

    public Text getText() {
        return text;
    }
}
