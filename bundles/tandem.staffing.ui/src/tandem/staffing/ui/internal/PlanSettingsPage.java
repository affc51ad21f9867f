package tandem.staffing.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tandem.campaign.model.CampaignCalendar;
import tandem.core.model.Queue;
import tandem.core.ui.preferences.TandemPreferences;

/**
 * The second page of the New Staffing Plan wizard: the queue (from the project's contact-center setup), the
 * campaign calendar it follows, the interval length, the dates, and the service target, handle time, patience and
 * shrinkage the plan computes with. The defaults pass the project's checks.
 */
final class PlanSettingsPage extends WizardPage {

    private static final int[] INTERVALS = { 15, 30, 60 };

    private final NewStaffingPlanWizard wizard;
    private final List<Queue> queues = new ArrayList<>();
    private final List<CampaignCalendar> calendars = new ArrayList<>();
    private final List<String> unreadableSetups = new ArrayList<>();
    private Label queueLabel;
    private Combo queueChoice;
    private Text queueName;
    private Label newSetupNote;
    private Combo calendarChoice;
    private Combo interval;
    private Text start;
    private Text end;
    private Text serviceLevel;
    private Text answerWithin;
    private Text aht;
    private Text patience;
    private Text shrinkage;
    private String loadedFor;

    PlanSettingsPage(NewStaffingPlanWizard wizard) {
        super("settings");
        this.wizard = wizard;
        setTitle("Staffing Plan Settings");
        setDescription("The queue to staff, the planning interval, the dates and the targets the plan computes with.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        queueLabel = new Label(page, SWT.NONE);
        queueLabel.setText("Queue:");
        Composite queueBox = new Composite(page, SWT.NONE);
        GridLayout boxLayout = new GridLayout(1, false);
        boxLayout.marginWidth = 0;
        boxLayout.marginHeight = 0;
        queueBox.setLayout(boxLayout);
        queueBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        queueChoice = new Combo(queueBox, SWT.READ_ONLY | SWT.DROP_DOWN);
        queueChoice.setData("name", "Queue");
        queueChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queueName = new Text(queueBox, SWT.BORDER | SWT.SINGLE);
        queueName.setData("name", "Queue name");
        queueName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        newSetupNote = new Label(queueBox, SWT.WRAP);
        newSetupNote.setData("name", "New setup");
        newSetupNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new Label(page, SWT.NONE).setText("Campaign calendar:");
        calendarChoice = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        calendarChoice.setData("name", "Campaign calendar");
        calendarChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(page, SWT.NONE).setText("Interval:");
        interval = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        interval.setData("name", "Interval");
        for (int minutes : INTERVALS) {
            interval.add(minutes + " minutes");
        }
        int minutes = (int) TandemPreferences.number(TandemPreferences.NEW_PLAN_INTERVAL, 30);
        interval.select(Math.max(0, java.util.Arrays.stream(INTERVALS).boxed().toList().indexOf(minutes)));
        interval.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        LocalDate monday = NewStaffingPlanWizard.nextMonday();
        start = field(page, "First day:", monday.toString(), null);
        end = field(page, "Last day:", monday.plusDays(27).toString(), null);
        serviceLevel = field(page, "Service level target:", preference(TandemPreferences.NEW_PLAN_SERVICE_LEVEL, 80),
                "% of contacts answered");
        answerWithin = field(page, "Answered within:", preference(TandemPreferences.NEW_PLAN_ANSWER_WITHIN, 20),
                "seconds");
        aht = field(page, "Average handle time:", preference(TandemPreferences.NEW_PLAN_AHT, 300), "seconds");
        patience = field(page, "Average patience:", preference(TandemPreferences.NEW_PLAN_PATIENCE, 90),
                "seconds before a caller hangs up");
        shrinkage = field(page, "Shrinkage:", preference(TandemPreferences.NEW_PLAN_SHRINKAGE, 30),
                "% of scheduled time lost to breaks, meetings, absence");

        queueChoice.addListener(SWT.Selection, e -> validate());
        queueName.addListener(SWT.Modify, e -> validate());
        setControl(page);
        loadQueues();
    }

    /** A default of new plans (Preferences &gt; Tandem &gt; New Plans), as the field shows it. */
    private static String preference(String key, double fallback) {
        return format(TandemPreferences.number(key, fallback));
    }

    private Text field(Composite page, String label, String value, String unit) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, unit == null ? 2 : 1, 1));
        if (unit != null) {
            new Label(page, SWT.NONE).setText(unit);
        }
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            loadQueues(); // the folder chosen on the first page decides the project
        }
        super.setVisible(visible);
    }

    /** Offers the project's queues and calendars, or a name field when the project has no setup at all. */
    private void loadQueues() {
        loadedFor = String.valueOf(wizard.getFilePage().getContainerFullPath());
        NewStaffingPlanWizard.ProjectContext project = wizard.projectContext();
        queues.clear();
        queues.addAll(project.queues());
        unreadableSetups.clear();
        unreadableSetups.addAll(project.unreadableSetups());
        calendars.clear();
        calendars.addAll(project.calendars());
        boolean choose = !queues.isEmpty();
        boolean create = queues.isEmpty() && unreadableSetups.isEmpty();
        queueChoice.setItems(queues.stream().map(q -> q.getName() + " (" + q.eResource().getURI().lastSegment() + ")")
                .toArray(String[]::new));
        if (choose) {
            queueChoice.select(0);
        }
        show(queueChoice, choose);
        show(queueName, create);
        show(newSetupNote, create);
        newSetupNote.setText(create ? "The project has no contact-center setup yet: "
                + NewStaffingPlanWizard.NEW_SETUP + " will be created with this queue." : "");
        queueLabel.setText(create ? "New queue:" : "Queue:");
        List<String> calendarItems = new ArrayList<>();
        calendarItems.add("(none)");
        calendars.forEach(c -> calendarItems.add(c.getName() + " (" + c.eResource().getURI().lastSegment() + ")"));
        calendarChoice.setItems(calendarItems.toArray(String[]::new));
        calendarChoice.select(calendars.size() == 1 ? 1 : 0);
        calendarChoice.setEnabled(!calendars.isEmpty());
        queueChoice.getParent().getParent().layout(true, true);
        validate();
    }

    private static void show(org.eclipse.swt.widgets.Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    /** Offers the queues again if the planner chose another folder after this page was filled. */
    void reloadIfFolderChanged() {
        if (!String.valueOf(wizard.getFilePage().getContainerFullPath()).equals(loadedFor)) {
            loadQueues();
        }
    }

    private void validate() {
        String problem = null;
        if (queues.isEmpty() && !unreadableSetups.isEmpty()) {
            problem = "The project's contact-center setup cannot be read: " + unreadableSetups.get(0)
                    + " (correct it in its editor first)";
        } else if (queues.isEmpty() && queueName.getText().isBlank()) {
            problem = "Name the queue to staff (the project has no contact-center setup yet)";
        }
        LocalDate first = parse(start.getText());
        LocalDate last = parse(end.getText());
        if (problem != null) {
            // the queue comes first
        } else if (first == null) {
            problem = "The first day '" + start.getText() + "' is not a date such as 2026-03-02";
        } else if (last == null) {
            problem = "The last day '" + end.getText() + "' is not a date such as 2026-03-29";
        } else if (last.isBefore(first)) {
            problem = "The last day comes before the first";
        } else if (last.toEpochDay() - first.toEpochDay() >= 366 * 2) {
            problem = "A plan covers at most two years";
        } else {
            problem = numberProblem(serviceLevel, "The service level target", 1, 100);
            problem = problem != null ? problem : numberProblem(answerWithin, "The answer time", 1, 3600);
            problem = problem != null ? problem : numberProblem(aht, "The average handle time", 1, 36_000);
            problem = problem != null ? problem : numberProblem(patience, "The average patience", 1, 36_000);
            problem = problem != null ? problem : numberProblem(shrinkage, "The shrinkage", 1, 60);
        }
        setErrorMessage(problem);
        if (problem == null && queues.isEmpty()) {
            setMessage("A contact-center setup " + NewStaffingPlanWizard.NEW_SETUP + " is created with the queue",
                    IMessageProvider.INFORMATION);
        } else {
            setMessage(null);
        }
        setPageComplete(problem == null);
    }

    private static String numberProblem(Text field, String what, double least, double most) {
        Double value = number(field);
        if (value == null) {
            return what + " '" + field.getText().trim() + "' is not a number";
        }
        if (value < least || value > most) {
            return what + " must be between " + format(least) + " and " + format(most) + ", was "
                    + field.getText().trim();
        }
        return null;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The number in a field; a percent sign is allowed. */
    private static Double number(Text field) {
        String text = field.getText().trim().replace("%", "").trim().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Queue chosenQueue() {
        int index = queueChoice.getSelectionIndex();
        return queues.isEmpty() || index < 0 ? null : queues.get(index);
    }

    /** Whether the project has a setup (readable or not), so that none may be created. */
    boolean projectHasSetup() {
        return !queues.isEmpty() || !unreadableSetups.isEmpty();
    }

    CampaignCalendar chosenCalendar() {
        int index = calendarChoice.getSelectionIndex();
        return index <= 0 || index > calendars.size() ? null : calendars.get(index - 1);
    }

    String newQueueName() {
        return queueName.getText().trim();
    }

    int intervalMinutes() {
        return INTERVALS[Math.max(0, interval.getSelectionIndex())];
    }

    LocalDate startDate() {
        return parse(start.getText());
    }

    LocalDate endDate() {
        return parse(end.getText());
    }

    /** The service level target as a share (0.8). */
    double serviceLevelShare() {
        return number(serviceLevel) / 100;
    }

    double answerWithinSeconds() {
        return number(answerWithin);
    }

    double ahtSeconds() {
        return number(aht);
    }

    double patienceSeconds() {
        return number(patience);
    }

    /** The shrinkage as a share (0.3). */
    double shrinkageShare() {
        return number(shrinkage) / 100;
    }
}
