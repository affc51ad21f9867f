package tandem.core.ui.editors;


import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import tandem.core.documents.LoadProblem;

/** Shown instead of the model pages when a plan document cannot be read: what is wrong, and what can be done. */
public class LoadProblemsPage extends FormPage {

    public static final String ID = "tandem.core.ui.loadProblems";

    private final PlanEditor planEditor;
    private final java.util.List<LoadProblem> problems;

    public LoadProblemsPage(PlanEditor editor, java.util.List<LoadProblem> problems) {
        super(editor, ID, "Problems");
        this.planEditor = editor;
        this.problems = problems;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText(planEditor.getPartName() + " could not be read");
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        toolkit.createLabel(body, "Tandem did not open this document because of the problems below. The file is left"
                + " as it is: repair it (for example in a text editor or from version control) and reload it.",
                SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        List list = new List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        for (LoadProblem problem : problems) {
            list.add(problem.toString());
        }
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite buttons = toolkit.createComposite(body);
        buttons.setLayout(new GridLayout(2, false));
        Button reload = toolkit.createButton(buttons, "&Reload", SWT.PUSH);
        reload.addListener(SWT.Selection, e -> planEditor.reload());
        Button startOver = toolkit.createButton(buttons, "&Start over with an empty document...", SWT.PUSH);
        startOver.addListener(SWT.Selection, e -> {
            if (MessageDialog.openConfirm(getSite().getShell(), "Start over", "The editor will show an empty document."
                    + " The file is only replaced when you save and confirm.")) {
                planEditor.startOver();
            }
        });
    }
}
