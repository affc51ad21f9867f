package tandem.roster.ui.internal.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;

import tandem.core.model.Team;
import tandem.core.ui.wizards.StatusLine;
import tandem.roster.ScheduleRules;
import tandem.roster.model.Roster;
import tandem.roster.model.Shift;

/**
 * The roster editor's Schedule tab: the Gantt of agents by time filtered by team and days, a legend, and under it
 * the coverage curve of the days in view. Shifts dragged in the Gantt move through {@link ScheduleRules}: a move
 * that breaks a rule is refused with the reason, one that keeps them is one undoable command that pins the shift.
 */
public class SchedulePage extends Composite {

    /** Height the coverage curve (its queue, chart and legend) needs to be read. */
    static final int CURVE_MIN_HEIGHT = 220;
    /** Height the Gantt keeps at the least: its day headings and a few agents. */
    private static final int GANTT_MIN_HEIGHT = 110;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One entry of the days filter: a week or a day. */
    private record Days(String label, LocalDate from, LocalDate to) {
    }

    private final Roster roster;
    private final EditingDomain domain;
    private final Label summary;
    private final Combo teamCombo;
    private final Combo daysCombo;
    private final Label message;
    private final GanttCanvas gantt;
    private final CoverageCurve curve;
    private List<Team> teams = List.of();
    private java.util.function.Consumer<Shift> onSelect = shift -> {
    };
    private List<Days> days = List.of();

    /**
     * @param parent the editor's page container
     * @param roster the roster the editor edits
     * @param domain the editor's editing domain: every change to the schedule is a command on its stack
     */
    public SchedulePage(Composite parent, Roster roster, EditingDomain domain) {
        super(parent, SWT.NONE);
        this.roster = roster;
        this.domain = domain;
        StaffingRequirements requirements = new StaffingRequirements(
                roster.eResource() == null ? null : roster.eResource().getURI());
        Palette palette = new Palette();
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(6, false));
        new Label(bar, SWT.NONE).setText("Team");
        teamCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        teamCombo.setData("name", "Team filter");
        teamCombo.addListener(SWT.Selection, e -> showRows());
        new Label(bar, SWT.NONE).setText("Days");
        daysCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        daysCombo.setData("name", "Days filter");
        daysCombo.setVisibleItemCount(20);
        daysCombo.addListener(SWT.Selection, e -> {
            showRows();
            showCoverage();
        });
        summary = new Label(bar, SWT.NONE);
        summary.setData("name", "Schedule summary");
        message = new Label(bar, SWT.NONE);
        message.setData("name", "Schedule message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridData legendData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        legendData.heightHint = 20;
        palette.legend(this).setLayoutData(legendData);
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        gantt = new GanttCanvas(sash, palette, new GanttCanvas.Mover() {
            @Override
            public ScheduleRules.MoveCheck check(Shift shift, LocalDateTime to) {
                return ScheduleRules.checkMove(roster, shift, to);
            }

            @Override
            public void move(Shift shift, LocalDateTime to) {
                SchedulePage.this.move(shift, to);
            }

            @Override
            public void select(Shift shift) {
                onSelect.accept(shift);
            }
        });
        curve = new CoverageCurve(sash, requirements);
        sash.setWeights(62, 38);
        // In a small editor (the default window) 38 % leaves the curve a sliver: give it the room a readable chart
        // needs, once, when the page first gets its size; the planner's own sash moves are kept after that.
        sash.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                int height = sash.getClientArea().height;
                if (height <= 0) {
                    return;
                }
                sash.removeListener(SWT.Resize, this);
                int curveHeight = Math.min(Math.max(height * 38 / 100, CURVE_MIN_HEIGHT), height - GANTT_MIN_HEIGHT);
                if (curveHeight > height * 38 / 100) {
                    sash.setWeights(height - curveHeight, curveHeight);
                }
            }
        });
        refresh();
    }

    /** Tells {@code listener} of the shift the planner presses on in the Gantt (the editor makes it its selection). */
    public void onSelect(java.util.function.Consumer<Shift> listener) {
        onSelect = listener;
    }

    /** Shows the schedule as it is now (filters' choices, rows, coverage curve); the editor calls it after every change. */
    public void refresh() {
        if (isDisposed() || roster == null) {
            return;
        }
        int shifts = roster.getShifts().size();
        summary.setText(shifts == 0 ? "The schedule has no shifts yet: use Generate Schedule... to make it."
                : "The schedule has " + shifts + (shifts == 1 ? " shift." : " shifts."));
        updateTeams();
        updateDays();
        showRows();
        showCoverage();
    }

    private void updateTeams() {
        List<Team> now = GanttRows.teams(roster);
        if (now.equals(teams)) {
            return;
        }
        Team picked = selectedTeam();
        teams = now;
        teamCombo.removeAll();
        teamCombo.add("All teams");
        for (Team team : teams) {
            teamCombo.add(team.getName() == null ? "(unnamed team)" : team.getName());
        }
        teamCombo.select(picked == null ? 0 : teams.indexOf(picked) + 1);
    }

    private Team selectedTeam() {
        int index = teamCombo.getSelectionIndex();
        return index <= 0 || index > teams.size() ? null : teams.get(index - 1);
    }

    /** The weeks of the schedule, each followed by its days; the current week when nothing is scheduled. */
    private void updateDays() {
        LocalDate[] range = GanttRows.scheduledDays(roster);
        LocalDate first = (range == null ? LocalDate.now() : range[0])
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = range == null ? first.plusDays(6) : range[1];
        List<Days> now = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            now.add(new Days("Week of " + DAY.format(monday), monday, monday.plusDays(6)));
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                now.add(new Days("    " + DAY.format(day), day, day));
            }
        }
        if (now.equals(days)) {
            return;
        }
        Days picked = selectedDays();
        days = now;
        daysCombo.removeAll();
        for (Days entry : days) {
            daysCombo.add(entry.label());
        }
        daysCombo.select(picked == null ? 0 : Math.max(0, days.indexOf(picked)));
        layout(true, true);
    }

    private Days selectedDays() {
        int index = daysCombo.getSelectionIndex();
        return index < 0 || index >= days.size() ? null : days.get(index);
    }

    private void showRows() {
        Days shown = selectedDays();
        gantt.setRows(GanttRows.of(roster, selectedTeam(), shown.from(), shown.to()), roster.getIntervalMinutes());
    }

    private void showCoverage() {
        Days shown = selectedDays();
        curve.show(roster, shown.from(), shown.to());
    }

    /** A shift dropped at another start: refused with the reason, or moved and pinned by one command. */
    private void move(Shift shift, LocalDateTime to) {
        ScheduleRules.MoveCheck check = ScheduleRules.checkMove(roster, shift, to);
        if (!check.allowed()) {
            tell(check.message());
            gantt.setTip(check.message());
            return;
        }
        String label = MoveShiftCommand.label(shift, to);
        domain.getCommandStack().execute(MoveShiftCommand.create(domain, shift, to));
        tell(label);
    }

    private void tell(String text) {
        message.setText(text);
        message.setToolTipText(text);
        layout(true, true);
        StatusLine.tell(PlatformUI.getWorkbench(), text);
    }

    /** The message shown last (a refused move's reason, the last move). */
    public String message() {
        return message.getText();
    }

    public GanttCanvas gantt() {
        return gantt;
    }

    public CoverageCurve curve() {
        return curve;
    }

    public Combo teamCombo() {
        return teamCombo;
    }

    public Combo daysCombo() {
        return daysCombo;
    }
}
