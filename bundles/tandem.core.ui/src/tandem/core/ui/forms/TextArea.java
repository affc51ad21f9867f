package tandem.core.ui.forms;


import org.eclipse.emf.ecore.EAttribute;
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
public final class TextArea extends AttributeBinding {

    private final Text text;

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
        super(editor, attribute);
        Label caption = toolkit.createLabel(parent, label);
        caption.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = ScrollableHeights.hint(text, lines * text.getLineHeight());
        data.widthHint = 200;
        text.setLayoutData(data);
        text.setData("name", label);
        text.addListener(SWT.FocusOut, e -> commit());
        text.addListener(SWT.DefaultSelection, e -> commit());
        bind(text);
    }

    @Override
    void refresh() {
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
        set(text.getText().isEmpty() ? null : text.getText());
    }

    /** The text control. */
    public Text getText() {
        return text;
    }
}
