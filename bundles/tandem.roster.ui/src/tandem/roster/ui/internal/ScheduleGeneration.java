package tandem.roster.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import tandem.roster.Coverage;
import tandem.roster.GeneratedSchedule;
import tandem.roster.Requirement;
import tandem.roster.ScheduleApplier;
import tandem.roster.ScheduleGenerator;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.Shift;

/**
 * One run of Generate Schedule: a cancellable job whose progress bar follows the time limit and whose sub-task
 * shows the coverage of the best schedule found so far; Cancel keeps that schedule. The result is applied as one
 * command on the editor's stack ("Generate schedule 2027-03-01 to 2027-03-07"), so Undo restores the shifts as they
 * were. A schedule that breaks a rule is not applied: a dialog names the agents and rules, and nothing changes.
 */
public final class ScheduleGeneration extends Job {

    /** The family of generation jobs, for tests and for the workbench's progress view. */
    public static final Object FAMILY = ScheduleGeneration.class;

    private final RosterEditor editor;
    private final Roster roster;
    private final GenerateScheduleDialog.Choice choice;
    private final double underBefore;
    private volatile String coverage = "";
    private volatile GeneratedSchedule result;
    private volatile String failure;
    private Command stackTopAtStart;
    /** The display of the editor, taken in the UI thread (the job reports to it from its own thread). */
    private final Display display;

    ScheduleGeneration(RosterEditor editor, GenerateScheduleDialog.Choice choice) {
        super("Generating the schedule of " + editor.getRoster().getName() + " from " + choice.from() + " to "
                + choice.to());
        this.editor = editor;
        this.roster = editor.getRoster();
        this.choice = choice;
        this.display = editor.getSite().getShell().getDisplay();
        Requirement requirement = choice.requirement();
        this.underBefore = Coverage.of(roster, requirement.grid(), requirement.queues()).underCoverage(requirement);
        setUser(true);
        setPriority(LONG);
    }

    /** Starts the run for the editor; the job applies its result when it is done. */
    static ScheduleGeneration start(RosterEditor editor, GenerateScheduleDialog.Choice choice) {
        ScheduleGeneration job = new ScheduleGeneration(editor, choice);
        job.stackTopAtStart = editor.getEditingDomain().getCommandStack().getMostRecentCommand();
        job.schedule();
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The label of the command that applies the schedule, also its Undo label. */
    static String label(GenerateScheduleDialog.Choice choice) {
        return "Generate schedule " + choice.from() + " to " + choice.to();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long millis = Math.max(1, choice.limit().toMillis());
        int ticks = (int) Math.min(Integer.MAX_VALUE, millis / 100 + 1);
        long started = System.currentTimeMillis();
        int[] reported = { 0 };
        synchronized (monitor) {
            monitor.beginTask(getName(), ticks);
            coverage = "Under-coverage now: " + number(underBefore) + " agent-intervals; searching";
            monitor.subTask(coverage);
        }
        ScheduleGenerator.Progress progress = new ScheduleGenerator.Progress() {
            @Override
            public void improved(double underCoverage, double overCoverage, boolean feasible, long spent) {
                coverage = "Best so far: under-coverage " + number(underCoverage) + " agent-intervals, over-coverage "
                        + number(overCoverage) + (feasible ? "" : ", rules still broken") + " ("
                        + String.format(Locale.ROOT, "%.1f", spent / 1000.0) + " s)";
                synchronized (monitor) {
                    monitor.subTask(coverage);
                }
            }

            @Override
            public boolean isCanceled() {
                synchronized (monitor) {
                    int due = (int) Math.min(ticks, (System.currentTimeMillis() - started) / 100);
                    if (due > reported[0]) {
                        monitor.worked(due - reported[0]);
                        reported[0] = due;
                    }
                    return monitor.isCanceled();
                }
            }
        };
        try {
            result = ScheduleGenerator.generate(roster, choice.requirement(), choice.limit(), progress);
        } catch (RuntimeException e) {
            // The roster was edited while the solver read it, or the solver failed: nothing is applied.
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            synchronized (monitor) {
                monitor.done();
            }
        }
        if (!display.isDisposed()) {
            display.asyncExec(this::finish);
        }
        return Status.OK_STATUS;
    }

    /** In the UI thread: applies the schedule, or says why it is not applied. */
    private void finish() {
        if (editor.getPageContainer() == null || editor.getPageContainer().isDisposed()
                || editor.getRoster() != roster) {
            return;
        }
        String title = "Generate Schedule";
        if (failure != null) {
            MessageDialog.openError(editor.getSite().getShell(), title, "The schedule of " + roster.getName()
                    + " could not be generated: " + failure + "\n\nThe roster is unchanged.");
            return;
        }
        if (editor.getEditingDomain().getCommandStack().getMostRecentCommand() != stackTopAtStart) {
            MessageDialog.openInformation(editor.getSite().getShell(), title, "The roster " + roster.getName()
                    + " was changed while the schedule was generated, so the schedule found is not applied."
                    + " Generate again.");
            return;
        }
        GeneratedSchedule schedule = result;
        if (!schedule.feasible()) {
            List<String> broken = schedule.broken();
            StringBuilder text = new StringBuilder("No schedule of " + roster.getName() + " from " + choice.from()
                    + " to " + choice.to() + " keeps every rule and contract:\n");
            broken.stream().limit(12).forEach(line -> text.append("\n- ").append(line));
            if (broken.size() > 12) {
                text.append("\n- and ").append(broken.size() - 12).append(" more");
            }
            text.append("\n\nThe roster is unchanged. Correct the agents' contracts or the rules, or add templates.");
            MessageDialog.openError(editor.getSite().getShell(), title, text.toString());
            return;
        }
        Command command = applyCommand(editor.getEditingDomain(), roster, schedule, label(choice));
        if (command.canExecute()) {
            editor.execute(command);
        }
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(label(choice) + ": "
                + schedule.shifts().size() + " shift(s); under-coverage " + number(underBefore) + " -> "
                + number(schedule.underCoverage()) + " agent-intervals, over-coverage "
                + number(schedule.overCoverage()));
        editor.generationFinished(this);
    }

    /**
     * The one command that puts a generated schedule in the roster: the unpinned shifts of its days go, the new
     * ones come; pinned shifts stay where they are.
     */
    static Command applyCommand(EditingDomain domain, Roster roster, GeneratedSchedule schedule, String label) {
        CompoundCommand command = new CompoundCommand(label);
        List<Shift> replaced = ScheduleApplier.replaced(roster, schedule);
        if (!replaced.isEmpty()) {
            command.append(RemoveCommand.create(domain, roster, RosterPackage.Literals.ROSTER__SHIFTS, replaced));
        }
        List<Shift> created = ScheduleApplier.created(schedule);
        if (!created.isEmpty()) {
            command.append(AddCommand.create(domain, roster, RosterPackage.Literals.ROSTER__SHIFTS, created));
        }
        return command;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The coverage the progress shows now. */
    public String coverageText() {
        return coverage;
    }

    /** The schedule found, once the job is done; {@code null} before or after a failure. */
    public GeneratedSchedule result() {
        return result;
    }

    /** The under-coverage of the roster's shifts before the run, in agent-intervals. */
    public double underCoverageBefore() {
        return underBefore;
    }
}
