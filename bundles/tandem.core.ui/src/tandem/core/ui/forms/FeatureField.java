package tandem.core.ui.forms;


import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.emf.DataTypes;

/**
 * A labelled text field bound to one attribute of a model element. The value is committed as a command when the
 * planner presses Enter or leaves the field; text that is not a valid value is not committed: the field shows the
 * model's value again and its decoration (and the status line) says what was refused. Shares show as percentages
 * ({@link tandem.core.ui.emf.Percent}). The field follows the model, so Undo shows in it.
 */
public class FeatureField extends AttributeBinding {

    private final Text text;
    private final ControlDecoration problem;
    private final String label;
    /** Why the last text typed was refused, until a value is taken. */
    private String problemText;

    public FeatureField(PlanEditor editor, FormToolkit toolkit, Composite parent, String label, EAttribute attribute) {
        super(editor, attribute);
        this.label = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        toolkit.createLabel(parent, label);
        text = toolkit.createText(parent, "", SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setData("name", label);
        text.setData(FeatureField.class.getName(), this);
        problem = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
        problem.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        problem.hide();
        text.addListener(SWT.DefaultSelection, e -> commit());
        text.addListener(SWT.FocusOut, e -> commit());
        bind(text);
    }

    @Override
    void refresh() {
        // An unsettable attribute that is not set shows empty, apart from a stated default (a shrinkage of 0).
        Object value = owner == null || attribute.isUnsettable() && !owner.eIsSet(attribute) ? null
                : owner.eGet(attribute);
        String shown = DataTypes.textOf(attribute, value);
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
        problem.hide();
    }

    /** The text the field shows for the owner's value. */
    private String shownValue() {
        Object value = owner == null || attribute.isUnsettable() && !owner.eIsSet(attribute) ? null
                : owner.eGet(attribute);
        return DataTypes.textOf(attribute, value);
    }

    private void commit() {
        if (owner == null || text.isDisposed()) {
            return;
        }
        String typed = text.getText();
        if (typed.equals(shownValue())) {
            return; // what the field shows already (a rounded percentage must not overwrite the exact share)
        }
        Object value;
        try {
            value = attribute.isUnsettable() && typed.isBlank() ? null : DataTypes.parse(attribute, typed);
        } catch (RuntimeException e) {
            // The field goes back to the model's value; the decoration and the status line say what was refused.
            String message = DataTypes.problemOf(attribute, typed, e) + "; " + label + " keeps "
                    + (shownValue().isEmpty() ? "no value" : shownValue());
            refresh();
            problemText = message;
            problem.setDescriptionText(message);
            problem.show();
            text.setToolTipText(message);
            status(message);
            return;
        }
        problem.hide();
        problemText = null;
        text.setToolTipText(null);
        status(null);
        set(value);
    }

    private void status(String message) {
        if (editor.getEditorSite() != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** The message shown for the last text the field refused, or {@code null} when it took it. */
    public String getProblem() {
        return problemText;
    }

    public Text getText() {
        return text;
    }
}
