package tandem.staffing.ui.internal;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import org.osgi.framework.FrameworkUtil;

import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;

/** The plan page: settings, the staffing of the day or week in view, and the table of all intervals. */
final class PlanPage extends FormPage {

    static final String ID = "plan";
    /** Dialog setting: whether the settings section is open. */
    static final String SETTINGS_EXPANDED = "plan.settingsExpanded";

    private final StaffingEditor editor;
    private SettingsSection settings;
    private Label summary;
    private IntervalTable table;
    private final Runnable onForecast = this::refresh;
    private final Runnable onPeriod = this::periodChanged;

    PlanPage(StaffingEditor editor) {
        super(editor, ID, "Plan");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Staffing Plan");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        settings = new SettingsSection(editor, toolkit, body);
        GridData settingsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        settingsData.widthHint = 300; // as the intervals' below: even collapsed, the settings asked for 890 pixels
        settings.getSection().setLayoutData(settingsData);
        // Collapsed by default so that the table is the page; opened or closed, it stays so for the next plan.
        IDialogSettings remembered = PlatformUI
                .getDialogSettingsProvider(FrameworkUtil.getBundle(PlanPage.class)).getDialogSettings();
        settings.getSection().setExpanded(remembered.get(SETTINGS_EXPANDED) != null
                && remembered.getBoolean(SETTINGS_EXPANDED));
        settings.getSection().addExpansionListener(new ExpansionAdapter() {
            @Override
            public void expansionStateChanged(ExpansionEvent e) {
                remembered.put(SETTINGS_EXPANDED, e.getState());
                managedForm.reflow(true); // collapsed settings leave the table more room
            }
        });

        Section intervals = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        intervals.setText("Intervals");
        intervals.setDescription("Every interval of the plan; red rows have fewer heads scheduled than required. "
                + "Baseline, AHT and scheduled are edited in place.");
        // A width hint keeps the section's preferred width small: unwrapped, its description asked for some 840
        // pixels, wider than the editor in the default window, and the page ran off the editor's right edge
        // (description and summary cut off). It wraps to the editor instead.
        GridData intervalsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        intervalsData.widthHint = 300;
        intervals.setLayoutData(intervalsData);
        Composite client = toolkit.createComposite(intervals);
        client.setLayout(new GridLayout(1, false));
        new NavigationBar(toolkit, client, editor.getPeriod()).control()
                .setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = toolkit.createLabel(client, "", SWT.WRAP);
        summary.setData("name", "Summary");
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryData.widthHint = 400;
        summary.setLayoutData(summaryData);
        table = new IntervalTable(editor, client);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 360;
        tableData.widthHint = 600;
        table.control().setLayoutData(tableData);
        // Born 0x0 with a year of rows, the table wanted its scroll bar in no room when the page around it got its
        // size, and GTK printed "Gtk-CRITICAL gtk_box_gadget_distribute" at every opening: start at the size it asks.
        table.presize(tableData.widthHint, tableData.heightHint);
        intervals.setClient(client);

        editor.addForecastListener(onForecast);
        editor.getPeriod().addListener(onPeriod);
        body.addListener(SWT.Dispose, e -> {
            editor.removeForecastListener(onForecast);
            editor.getPeriod().removeListener(onPeriod);
        });
        updateSummary();
        revealPeriod();
    }

    /** Scrolls to the first interval of the period in which the queue is open (not to a closed midnight). */
    private void revealPeriod() {
        StaffingPlan plan = editor.getPlan();
        int from = editor.getPeriod().fromIndex(plan);
        table.reveal(table.firstOpenIndex(from, editor.getPeriod().toIndex(plan)));
    }

    IntervalTable getTable() {
        return table;
    }

    SettingsSection getSettings() {
        return settings;
    }

    Label getSummary() {
        return summary;
    }

    private void refresh() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        settings.refresh();
        table.refresh();
        updateSummary();
    }

    private void periodChanged() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        revealPeriod();
        updateSummary();
    }

    private void updateSummary() {
        StaffingPlan plan = editor.getPlan();
        StaffingForecast forecast = editor.getForecast();
        Period period = editor.getPeriod();
        int from = period.fromIndex(plan);
        int to = period.toIndex(plan);
        StringBuilder text = new StringBuilder(period.title()).append(": ");
        if (from == to) {
            text.append("no intervals of the plan (it runs from ").append(plan.getStartDate()).append(" to ")
                    .append(plan.getEndDate()).append(")");
        } else if (!forecast.settingsProblem().isEmpty()) {
            text.append("no staffing can be computed: ").append(forecast.settingsProblem());
        } else {
            StaffingForecast.Summary s = forecast.summary(from, to);
            text.append(s.understaffed()).append(" of ").append(s.intervals()).append(" intervals under-staffed");
            text.append(" \u00b7 peak ").append(Formats.number(s.peakRequiredHeads(), 1)).append(" heads required");
            text.append(" \u00b7 ").append(Formats.number(s.contacts(), 0)).append(" contacts forecast, ")
                    .append(Formats.number(s.liftContacts(), 0)).append(" of them from campaigns");
            if (s.outboundSeconds() > 0) {
                text.append(" \u00b7 ").append(Formats.number(s.outboundSeconds() / 3600, 1))
                        .append(" agent hours of outbound calls");
            }
        }
        summary.setText(text.toString());
        summary.setForeground(forecast.settingsProblem().isEmpty() ? null : Colors.SHORT);
        summary.getParent().layout(true, true);
        getManagedForm().reflow(true);
    }
}
