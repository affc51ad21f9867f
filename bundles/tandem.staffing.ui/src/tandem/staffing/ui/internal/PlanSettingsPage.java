package tandem.staffing.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tandem.core.model.Queue;

/** The second page of the New Staffing Plan wizard: queue, interval length and dates. */
final class PlanSettingsPage extends WizardPage {

    private static final int[] INTERVALS = { 15, 30, 60 };

    private final NewStaffingPlanWizard wizard;
    private final List<Queue> queues = new ArrayList<>();
    private Label queueLabel;
    private Combo queueChoice;
    private Text queueName;
    private Combo interval;
    private Text start;
    private Text end;
    private String loadedFor;

    PlanSettingsPage(NewStaffingPlanWizard wizard) {
        super("settings");
        this.wizard = wizard;
        setTitle("Staffing Plan Settings");
        setDescription("The queue to staff, the planning interval and the dates the plan covers.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        queueLabel = new Label(page, SWT.NONE);
        queueLabel.setText("Queue:");
        Composite queueBox = new Composite(page, SWT.NONE);
        queueBox.setLayout(new GridLayout(1, false));
        queueBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queueChoice = new Combo(queueBox, SWT.READ_ONLY | SWT.DROP_DOWN);
        queueChoice.setData("name", "Queue");
        queueChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queueName = new Text(queueBox, SWT.BORDER | SWT.SINGLE);
        queueName.setData("name", "Queue name");
        queueName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new Label(page, SWT.NONE).setText("Interval:");
        interval = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        interval.setData("name", "Interval");
        for (int minutes : INTERVALS) {
            interval.add(minutes + " minutes");
        }
        interval.select(0);
        LocalDate monday = NewStaffingPlanWizard.nextMonday();
        new Label(page, SWT.NONE).setText("First day:");
        start = new Text(page, SWT.BORDER | SWT.SINGLE);
        start.setText(monday.toString());
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText("Last day:");
        end = new Text(page, SWT.BORDER | SWT.SINGLE);
        end.setText(monday.plusDays(27).toString());
        end.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        queueChoice.addListener(SWT.Selection, e -> validate());
        queueName.addListener(SWT.Modify, e -> validate());
        start.addListener(SWT.Modify, e -> validate());
        end.addListener(SWT.Modify, e -> validate());
        setControl(page);
        loadQueues();
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            loadQueues(); // the folder chosen on the first page decides the project
        }
        super.setVisible(visible);
    }

    /** Offers the project's queues, or a name field when the project has no contact-center setup. */
    private void loadQueues() {
        loadedFor = String.valueOf(wizard.getFilePage().getContainerFullPath());
        queues.clear();
        queues.addAll(wizard.queuesInTargetProject());
        boolean choose = !queues.isEmpty();
        queueChoice.setItems(queues.stream().map(q -> q.getName() + " (" + q.eResource().getURI().lastSegment() + ")")
                .toArray(String[]::new));
        if (choose) {
            queueChoice.select(0);
        }
        queueChoice.setVisible(choose);
        ((GridData) queueChoice.getLayoutData()).exclude = !choose;
        queueName.setVisible(!choose);
        ((GridData) queueName.getLayoutData()).exclude = choose;
        queueLabel.setText(choose ? "Queue:" : "New queue:");
        queueLabel.setToolTipText(choose ? null
                : "The project has no contact-center setup; " + NewStaffingPlanWizard.NEW_SETUP
                        + " is created with this queue");
        queueChoice.getParent().getParent().layout(true, true);
        validate();
    }

    /** Offers the queues again if the planner chose another folder after this page was filled. */
    void reloadIfFolderChanged() {
        if (!String.valueOf(wizard.getFilePage().getContainerFullPath()).equals(loadedFor)) {
            loadQueues();
        }
    }

    private void validate() {
        String problem = null;
        if (queues.isEmpty() && queueName.getText().isBlank()) {
            problem = "Name the queue to staff (the project has no contact-center setup yet)";
        }
        LocalDate first = parse(start.getText());
        LocalDate last = parse(end.getText());
        if (first == null) {
            problem = "The first day '" + start.getText() + "' is not a date such as 2026-03-02";
        } else if (last == null) {
            problem = "The last day '" + end.getText() + "' is not a date such as 2026-03-29";
        } else if (last.isBefore(first)) {
            problem = "The last day comes before the first";
        } else if (last.toEpochDay() - first.toEpochDay() >= 366 * 2) {
            problem = "A plan covers at most two years";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
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
}
