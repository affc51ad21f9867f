package tandem.roster.ui.internal;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import tandem.core.model.CorePackage;
import tandem.core.model.Weekday;
import tandem.core.ui.forms.FeatureChecklist;
import tandem.core.ui.forms.FeatureTable;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.BreakRule;
import tandem.roster.model.RosterPackage.Literals;
import tandem.roster.model.ShiftTemplate;

/**
 * The shift templates: when shifts may start (a window and a step), how long they are, on which days, and the
 * breaks and lunch with the window in the shift where each may start.
 */
public final class ShiftTemplatesPage extends FormPage {

    public static final String ID = "templates";

    private final RosterEditor editor;
    private FeatureTable templates;
    private FeatureTable breaks;
    private FeatureChecklist days;
    private ValueListField lengths;

    ShiftTemplatesPage(RosterEditor editor) {
        super(editor, ID, "Shift templates");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Shift templates");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        templates = new FeatureTable(editor, toolkit, body, "Shift templates",
                "The shifts the schedule may use: they start between the earliest and the latest start, every step"
                        + " minutes. Select a template to edit its lengths, days and breaks below.",
                Literals.ROSTER__SHIFT_TEMPLATES, Literals.SHIFT_TEMPLATE)
                .column("Name", CorePackage.Literals.NAMED_ELEMENT__NAME, 30)
                .column("Earliest start", Literals.SHIFT_TEMPLATE__EARLIEST_START, 20)
                .column("Latest start", Literals.SHIFT_TEMPLATE__LATEST_START, 20)
                .column("Step (min)", Literals.SHIFT_TEMPLATE__START_STEP_MINUTES, 15)
                .initializeNewWith(e -> {
                    ShiftTemplate template = (ShiftTemplate) e;
                    template.setName("Template " + (editor.getRoster().getShiftTemplates().size() + 1));
                    template.setEarliestStart(java.time.LocalTime.of(8, 0));
                    template.setLatestStart(java.time.LocalTime.of(10, 0));
                    template.getLengthsMinutes().add(480);
                });
        templates.setOwner(editor.getRoster());
        templates.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        Composite row = toolkit.createComposite(body);
        row.setLayout(new GridLayout(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        lengths = new ValueListField(editor, toolkit, row, "Lengths (min):", Literals.SHIFT_TEMPLATE__LENGTHS_MINUTES);
        lengths.getText().setToolTipText("The shift lengths the template allows, breaks included, e.g. 240, 480");
        toolkit.paintBordersFor(row);

        breaks = new FeatureTable(editor, toolkit, body, "Breaks and lunch",
                "The breaks of the selected template, each starting between the earliest and the latest minute"
                        + " after the shift starts (a 15-minute break in hours 2-3: 60 to 120).",
                Literals.SHIFT_TEMPLATE__BREAKS, Literals.BREAK_RULE)
                .column("Kind", Literals.BREAK_RULE__KIND, 18)
                .column("Length (min)", Literals.BREAK_RULE__LENGTH_MINUTES, 18)
                .column("Earliest after (min)", Literals.BREAK_RULE__EARLIEST_AFTER_MINUTES, 22)
                .column("Latest after (min)", Literals.BREAK_RULE__LATEST_AFTER_MINUTES, 22)
                .column("Paid", Literals.BREAK_RULE__PAID, 12)
                .initializeNewWith(e -> {
                    BreakRule rule = (BreakRule) e;
                    rule.setKind(ActivityKind.BREAK);
                    rule.setEarliestAfterMinutes(60);
                    rule.setLatestAfterMinutes(120);
                });
        breaks.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        days = new FeatureChecklist(editor, toolkit, body, "Days",
                "The weekdays the selected template may be used on; none checked means every day.",
                Literals.SHIFT_TEMPLATE__DAYS, () -> Arrays.asList(Weekday.values()));
        days.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        templates.getViewer().addSelectionChangedListener(e -> showTemplate(
                e.getStructuredSelection().size() == 1 ? (EObject) e.getStructuredSelection().getFirstElement()
                        : null));
        showTemplate(null);
        if (!editor.getRoster().getShiftTemplates().isEmpty()) {
            templates.getViewer().setSelection(
                    new StructuredSelection(editor.getRoster().getShiftTemplates().get(0)));
        }
        Runnable stop = editor.onModelChange(() -> {
            if (!days.getSection().isDisposed()) {
                days.refresh();
            }
        });
        body.addListener(SWT.Dispose, e -> stop.run());
    }

    private void showTemplate(EObject template) {
        breaks.setOwner(template);
        days.setOwner(template);
        lengths.setOwner(template);
    }
}
