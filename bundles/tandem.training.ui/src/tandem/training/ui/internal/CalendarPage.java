package tandem.training.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/** The sessions of every course on a calendar, week by week. */
public final class CalendarPage extends FormPage {

    public static final String ID = "calendar";

    private final TrainingPlanEditor editor;
    private Runnable stopRefreshing;
    private SessionCalendar calendar;
    private ScrolledForm form;

    CalendarPage(TrainingPlanEditor editor) {
        super(editor, ID, "Calendar");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        form = managedForm.getForm();
        form.setText("Sessions by Week");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText("Calendar");
        section.setDescription("Every dated session of every course. Green sessions are kept for one audience.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(1, false));
        calendar = new SessionCalendar(client);
        section.setClient(client);
        stopRefreshing = editor.onModelChange(this::refresh);
        refresh();
    }

    void refresh() {
        if (calendar == null || calendar.getControl().isDisposed()) {
            return;
        }
        calendar.setWeeks(SessionWeeks.of(editor.getTrainingPlan()));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = calendar.preferredHeight();
        data.widthHint = 560;
        calendar.getControl().setLayoutData(data);
        form.reflow(true);
    }

    /** The weeks the calendar shows. */
    public List<SessionWeeks.Week> shownWeeks() {
        return calendar == null ? List.of() : calendar.weeks();
    }

    @Override
    public void dispose() {
        if (stopRefreshing != null) {
            stopRefreshing.run();
        }
        super.dispose();
    }
}
