package tandem.roster.ui.internal.schedule;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import tandem.roster.model.Roster;

/**
 * The roster editor's "Schedule" tab: the shifts of the agents by day. A placeholder that tells how many shifts the
 * schedule has; the Gantt chart of shifts and activities and the coverage curve replace it.
 */
public class SchedulePage extends Composite {

    private final Roster roster;
    private final Label summary;

    /**
     * @param parent the editor's page container
     * @param roster the roster the editor edits
     * @param domain the editor's editing domain: every change to the schedule is a command on its stack
     */
    public SchedulePage(Composite parent, Roster roster, EditingDomain domain) {
        super(parent, SWT.NONE);
        this.roster = roster;
        setLayout(new GridLayout(1, false));
        summary = new Label(this, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setData("name", "Schedule summary");
        refresh();
    }

    /** Shows the schedule as it is now; the editor calls it after every change. */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        int shifts = roster == null ? 0 : roster.getShifts().size();
        summary.setText(shifts == 0 ? "The schedule has no shifts yet: use Generate Schedule... to make it."
                : "The schedule has " + shifts + (shifts == 1 ? " shift." : " shifts."));
        layout(true);
    }
}
