package tandem.core.ui.internal.center;

import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.model.ContactCenter;
import tandem.core.model.CorePackage.Literals;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.WeeklyHours;
import tandem.core.ui.forms.FeatureField;
import tandem.core.ui.forms.FeatureTable;

/** The one page of the contact-center setup editor. */
final class SetupPage extends FormPage {

    private final ContactCenterEditor editor;

    SetupPage(ContactCenterEditor editor) {
        super(editor, "setup", "Setup");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ContactCenter center = editor.getContactCenter();
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Contact-Center Setup");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));

        Section general = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        general.setText("Organisation");
        general.setDescription("Who this setup belongs to. Every plan in the project refers to its queues.");
        general.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Composite fields = toolkit.createComposite(general);
        fields.setLayout(new GridLayout(2, false));
        new FeatureField(editor, toolkit, fields, "Name:", Literals.NAMED_ELEMENT__NAME).setOwner(center);
        new FeatureField(editor, toolkit, fields, "Organisation:", Literals.CONTACT_CENTER__ORGANISATION)
                .setOwner(center);
        new FeatureField(editor, toolkit, fields, "Time zone:", Literals.CONTACT_CENTER__TIME_ZONE).setOwner(center);
        general.setClient(fields);

        FeatureTable queues = new FeatureTable(editor, toolkit, body, "Queues",
                "Where contacts wait for an agent. Plans refer to queues by id, so renaming is safe.",
                Literals.CONTACT_CENTER__QUEUES, Literals.QUEUE)
                .column("Name", Literals.NAMED_ELEMENT__NAME, 30)
                .column("Channel", Literals.QUEUE__CHANNEL, 15)
                .column("Language", Literals.QUEUE__LANGUAGE, 10)
                .column("Skill", Literals.QUEUE__SKILL, 20)
                .column("Opening hours", Literals.QUEUE__OPENING_HOURS, 25)
                .initializeNewWith(e -> ((Queue) e).setName("New queue"));
        queues.setOwner(center);
        queues.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        FeatureTable teams = new FeatureTable(editor, toolkit, body, "Teams", "Who answers: headcount per team.",
                Literals.CONTACT_CENTER__TEAMS, Literals.TEAM)
                .column("Name", Literals.NAMED_ELEMENT__NAME, 40)
                .column("Headcount", Literals.TEAM__HEADCOUNT, 20)
                .column("Lead", Literals.TEAM__LEAD, 40)
                .initializeNewWith(e -> ((Team) e).setName("New team"));
        teams.setOwner(center);
        teams.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        FeatureTable hours = new FeatureTable(editor, toolkit, body, "Opening hours",
                "Weekly hours with their time zone; select one to edit its days and holidays.",
                Literals.CONTACT_CENTER__OPENING_HOURS, Literals.OPENING_HOURS)
                .column("Name", Literals.NAMED_ELEMENT__NAME, 60)
                .column("Time zone", Literals.OPENING_HOURS__TIME_ZONE, 40)
                .initializeNewWith(e -> {
                    ((OpeningHours) e).setName("New hours");
                    ((OpeningHours) e).setTimeZone(center.getTimeZone());
                });
        hours.setOwner(center);
        hours.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        FeatureTable weekly = new FeatureTable(editor, toolkit, body, "Days", "When the selected hours are open.",
                Literals.OPENING_HOURS__WEEKLY_HOURS, Literals.WEEKLY_HOURS)
                .column("Day", Literals.WEEKLY_HOURS__DAY, 40)
                .column("Opens", Literals.WEEKLY_HOURS__OPENS, 30)
                .column("Closes", Literals.WEEKLY_HOURS__CLOSES, 30)
                .initializeNewWith(e -> {
                    ((WeeklyHours) e).setOpens(LocalTime.of(8, 0));
                    ((WeeklyHours) e).setCloses(LocalTime.of(18, 0));
                });
        weekly.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        FeatureTable exceptions = new FeatureTable(editor, toolkit, body, "Holidays and exceptions",
                "Dates with other hours than the week: closed, or special hours.",
                Literals.OPENING_HOURS__EXCEPTIONS, Literals.HOURS_EXCEPTION)
                .column("Date", Literals.HOURS_EXCEPTION__DATE, 25)
                .column("Name", Literals.HOURS_EXCEPTION__NAME, 30)
                .column("Closed", Literals.HOURS_EXCEPTION__CLOSED, 15)
                .column("Opens", Literals.HOURS_EXCEPTION__OPENS, 15)
                .column("Closes", Literals.HOURS_EXCEPTION__CLOSES, 15);
        exceptions.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        hours.getViewer().addSelectionChangedListener(e -> {
            Object selected = e.getStructuredSelection().getFirstElement();
            EObject owner = selected instanceof OpeningHours ? (EObject) selected : null;
            weekly.setOwner(owner);
            exceptions.setOwner(owner);
        });
        weekly.setOwner(null);
        exceptions.setOwner(null);
        if (!center.getOpeningHours().isEmpty()) {
            hours.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                    center.getOpeningHours().get(0)));
        }
    }
}
