package tandem.core.ui.forms;

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

    /**
     * Creates the label and the text; it shows nothing until an owner is set.
     *
     * @param editor the editor whose command stack receives the changes
     * @param toolkit the form toolkit that styles the controls
     * @param parent a composite with a two-column grid layout
     * @param label the caption, also the text's "name" for tests
     * @param attribute a text attribute of the owner
     * @param lines how many lines of text the field is high
     */
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

    /** Shows the value of another element, or nothing (disabled) for {@code null}. */
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

    /** The text control. */
    public Text getText() {
        return text;
    }
}
