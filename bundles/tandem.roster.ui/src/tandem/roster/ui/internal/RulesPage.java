package tandem.roster.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.ui.forms.FeatureField;
import tandem.roster.model.RosterPackage.Literals;

/**
 * The rules every generated schedule keeps (the least rest between shifts, the most working days in a row) and
 * the interval coverage is counted in. One shift per agent and day and the contracted weekly hours are kept too.
 */
public final class RulesPage extends FormPage {

    public static final String ID = "rules";

    private final RosterEditor editor;

    RulesPage(RosterEditor editor) {
        super(editor, ID, "Rules");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Rules");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText("Rules of every schedule");
        section.setDescription("Generated schedules keep these rules, give each agent at most one shift a day and"
                + " keep the weekly hours within each agent's contract.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite fields = toolkit.createComposite(section);
        fields.setLayout(new GridLayout(2, false));
        new FeatureField(editor, toolkit, fields, "Minimum rest between shifts (hours):",
                Literals.ROSTER_RULES__MIN_REST_HOURS).setOwner(editor.getRoster().getRules());
        new FeatureField(editor, toolkit, fields, "Most working days in a row:",
                Literals.ROSTER_RULES__MAX_CONSECUTIVE_DAYS).setOwner(editor.getRoster().getRules());
        new FeatureField(editor, toolkit, fields, "Coverage interval (minutes):",
                Literals.ROSTER__INTERVAL_MINUTES).setOwner(editor.getRoster());
        toolkit.paintBordersFor(fields);
        section.setClient(fields);
    }
}
