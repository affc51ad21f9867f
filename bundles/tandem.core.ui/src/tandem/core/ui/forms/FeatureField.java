package tandem.core.ui.forms;


import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * planner presses Enter or leaves the field; text that is not a valid value is marked and not committed. The field
 * follows the model, so Undo shows in it.
 */
public class FeatureField extends AttributeBinding {

    private final Text text;
    private final ControlDecoration problem;

    public FeatureField(PlanEditor editor, FormToolkit toolkit, Composite parent, String label, EAttribute attribute) {
        super(editor, attribute);
        toolkit.createLabel(parent, label);
        text = toolkit.createText(parent, "", SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setData("name", label);
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
        String shown = value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
        problem.hide();
    }

    private void commit() {
        if (owner == null || text.isDisposed()) {
            return;
        }
        Object value;
        try {
            value = attribute.isUnsettable() && text.getText().isBlank() ? null
                    : DataTypes.parse(attribute.getEAttributeType(), text.getText());
        } catch (RuntimeException e) {
            problem.setDescriptionText(DataTypes.problemOf(attribute.getEAttributeType(), text.getText(), e));
            problem.show();
            return;
        }
        problem.hide();
        set(value);
    }

    public Text getText() {
        return text;
    }
}
