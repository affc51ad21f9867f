package tandem.roster.ui.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.core.model.Queue;
import tandem.roster.Requirement;
import tandem.roster.ScheduleException;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.Skill;
import tandem.staffing.model.StaffingPlan;

/**
 * Generate Schedule...: the days to schedule (by default the next week, starting on the week-start preference,
 * within the staffing plans), the staffing plans whose required heads the schedule covers (one per queue, found in
 * the project) and how long the solver searches. OK is refused, with the reason in the dialog, while the choice
 * cannot make a requirement (a day outside a plan, two plans for one queue, a plan without targets).
 */
public final class GenerateScheduleDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = "Generate Schedule";

    /** What the planner chose, with the requirement it makes. */
    public record Choice(LocalDate from, LocalDate to, List<StaffingPlan> plans, Duration limit,
            Requirement requirement) {
    }

    private final Roster roster;
    private final List<StaffingPlan> plans;
    private final List<String> unreadable;
    private final DayOfWeek weekStart;
    private final LocalDate today;
    private Text from;
    private Text to;
    private Text seconds;
    private CheckboxTableViewer planList;
    private Choice choice;

    /**
     * @param plans      the staffing plans of the roster's project
     * @param unreadable the staffing plans that could not be read, each with the reason
     */
    public GenerateScheduleDialog(Shell parent, Roster roster, List<StaffingPlan> plans, List<String> unreadable,
            DayOfWeek weekStart, LocalDate today) {
        super(parent);
        this.roster = roster;
        this.plans = List.copyOf(plans);
        this.unreadable = List.copyOf(unreadable);
        this.weekStart = weekStart;
        this.today = today;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Generate the schedule of " + roster.getName());
        setMessage("The solver places the agents' shifts to cover the required heads of the chosen staffing plans."
                + " Pinned shifts stay as they are; the result is one change that Undo takes back.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        List<StaffingPlan> covered = defaultPlans(roster, plans);
        LocalDate first = defaultFrom(today, weekStart, covered);
        from = field(body, "From:", first.toString());
        to = field(body, "To:", defaultTo(first, covered).toString());
        seconds = field(body, "Time limit (seconds):", "30");

        Label label = new Label(body, SWT.NONE);
        label.setText("Staffing plans to cover (one per queue):");
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        planList = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.heightHint = 120;
        listData.widthHint = 460;
        planList.getTable().setLayoutData(listData);
        planList.getTable().setData("name", "Staffing plans");
        planList.setContentProvider(ArrayContentProvider.getInstance());
        planList.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return describe((StaffingPlan) element);
            }
        });
        planList.setInput(plans);
        planList.setCheckedElements(covered.toArray());
        planList.addCheckStateListener(e -> validate());
        if (plans.isEmpty()) {
            setErrorMessage("The project has no staffing plan" + (unreadable.isEmpty() ? ""
                    : " that can be read (" + unreadable.get(0) + ")")
                    + ": the schedule covers the required heads of staffing plans.");
        }
        return area;
    }

    private Text field(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setData("name", label);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Generate", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** A plan as the list shows it: {@code Sales week 9: queue Sales, 2027-03-01 to 2027-03-07}. */
    static String describe(StaffingPlan plan) {
        Queue queue = plan.getQueue();
        return plan.getName() + ": queue " + (queue == null || queue.eIsProxy() ? "(none)" : queue.getName()) + ", "
                + plan.getStartDate() + " to " + plan.getEndDate();
    }

    /** The plans of queues an agent of the roster can take, or all plans when none is. */
    static List<StaffingPlan> defaultPlans(Roster roster, List<StaffingPlan> plans) {
        List<StaffingPlan> served = new ArrayList<>();
        for (StaffingPlan plan : plans) {
            if (plan.getQueue() != null && servedBy(roster, plan.getQueue())) {
                served.add(plan);
            }
        }
        return served.isEmpty() ? plans : served;
    }

    private static boolean servedBy(Roster roster, Queue queue) {
        for (Agent agent : roster.getAgents()) {
            for (Skill skill : agent.getSkills()) {
                if (skill.getQueue() == queue) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first day proposed: the next week start after today if the plans cover it, else the first week start
     * within all the plans, else their first common day (today's next week start without plans).
     */
    public static LocalDate defaultFrom(LocalDate today, DayOfWeek weekStart, List<StaffingPlan> plans) {
        LocalDate next = today.with(TemporalAdjusters.next(weekStart));
        LocalDate[] range = commonRange(plans);
        if (range == null) {
            return next;
        }
        if (!next.isBefore(range[0]) && !next.isAfter(range[1])) {
            return next;
        }
        LocalDate first = range[0].with(TemporalAdjusters.nextOrSame(weekStart));
        return first.isAfter(range[1]) ? range[0] : first;
    }

    /** A week from the first day, cut at the plans' last common day. */
    public static LocalDate defaultTo(LocalDate from, List<StaffingPlan> plans) {
        LocalDate to = from.plusDays(6);
        LocalDate[] range = commonRange(plans);
        if (range != null && to.isAfter(range[1]) && !range[1].isBefore(from)) {
            to = range[1];
        }
        return to;
    }

    /** The days all plans cover, or {@code null}. */
    private static LocalDate[] commonRange(List<StaffingPlan> plans) {
        LocalDate start = null;
        LocalDate end = null;
        for (StaffingPlan plan : plans) {
            if (plan.getStartDate() == null || plan.getEndDate() == null) {
                continue;
            }
            start = start == null || plan.getStartDate().isAfter(start) ? plan.getStartDate() : start;
            end = end == null || plan.getEndDate().isBefore(end) ? plan.getEndDate() : end;
        }
        return start == null || end.isBefore(start) ? null : new LocalDate[] { start, end };
    }

    /** Checks the choice; shows why it cannot be used and disables Generate, or keeps it. */
    private void validate() {
        choice = null;
        String problem = problem();
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    private String problem() {
        if (planList == null || from == null || to == null || seconds == null) {
            return null;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from.getText().trim());
        } catch (DateTimeParseException e) {
            return "From: '" + from.getText().trim() + "' is not a date like 2027-03-01";
        }
        try {
            last = LocalDate.parse(to.getText().trim());
        } catch (DateTimeParseException e) {
            return "To: '" + to.getText().trim() + "' is not a date like 2027-03-07";
        }
        if (last.isBefore(first)) {
            return "To (" + last + ") is before From (" + first + ")";
        }
        if (last.toEpochDay() - first.toEpochDay() >= 62) {
            return "From " + first + " to " + last + " is more than 62 days: generate a few weeks at a time";
        }
        int limit;
        try {
            limit = Integer.parseInt(seconds.getText().trim());
        } catch (NumberFormatException e) {
            return "Time limit: '" + seconds.getText().trim() + "' is not a whole number of seconds";
        }
        if (limit < 1 || limit > 3600) {
            return "Time limit: " + limit + " seconds is not between 1 and 3600";
        }
        List<StaffingPlan> chosen = new ArrayList<>();
        for (Object checked : planList.getCheckedElements()) {
            chosen.add((StaffingPlan) checked);
        }
        if (chosen.isEmpty()) {
            return plans.isEmpty() ? getErrorMessage() : "Check the staffing plans whose required heads to cover";
        }
        try {
            Requirement requirement = Requirement.fromStaffing(chosen, first, last, roster.getIntervalMinutes());
            choice = new Choice(first, last, List.copyOf(chosen), Duration.ofSeconds(limit), requirement);
            return null;
        } catch (ScheduleException e) {
            return e.getMessage();
        } catch (IllegalArgumentException e) {
            return "Roster " + roster.getName() + ": " + e.getMessage();
        }
    }

    @Override
    protected void okPressed() {
        validate();
        if (choice != null) {
            super.okPressed();
        }
    }

    /** What the planner chose; {@code null} unless the dialog closed with Generate. */
    public Choice getChoice() {
        return choice;
    }
}
