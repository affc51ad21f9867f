package tandem.team.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import tandem.team.git.PlanConflict;
import tandem.team.git.TeamException;
import tandem.team.merge.Conflict;
import tandem.team.merge.ConflictResolution.Side;

/**
 * Team Conflicts: the conflicts of a project's update in progress, each with the common, my and their value; the
 * planner picks a side per conflict and completes the update once none is left. The list is read again from the
 * project's repository, so it is the same after a restart.
 */
public class ConflictView extends ViewPart {

    public static final String ID = "tandem.team.ui.conflictsView";

    private final TeamActions actions = TeamActions.standard();
    private IProject project;
    private List<PlanConflict> conflicts = List.of();
    private Label status;
    private Table table;
    private Button mine;
    private Button theirs;
    private Button complete;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(4).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        status.setData("name", "status");
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(status);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData("name", "conflicts");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { "Element", "230" }, { "What", "110" }, { "Common", "85" },
                { "Mine", "85" }, { "Theirs", "85" }, { "Plan", "110" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table);
        mine = button(parent, "Take &Mine", () -> take(Side.MINE));
        theirs = button(parent, "Take &Theirs", () -> take(Side.THEIRS));
        complete = button(parent, "&Complete Update", this::complete);
        table.addListener(SWT.Selection, e -> enable());
        setProject(firstMerging());
    }

    private Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private IProject firstMerging() {
        for (IProject candidate : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            try {
                if (actions.merging(candidate)) {
                    return candidate;
                }
            } catch (TeamException e) {
                // Not one to show.
            }
        }
        return null;
    }

    /** Shows the conflicts of this project's update in progress (none when {@code null}). */
    public void setProject(IProject project) {
        this.project = project;
        refresh();
    }

    public IProject getProject() {
        return project;
    }

    /** Reads the conflicts again. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        conflicts = List.of();
        if (project == null) {
            status.setText("No update is waiting for conflicts to be resolved.");
            enable();
            return;
        }
        try {
            conflicts = actions.conflicts(project);
            boolean merging = actions.merging(project);
            status.setText(!merging ? project.getName() + ": no update is waiting for conflicts to be resolved."
                    : conflicts.isEmpty() ? project.getName() + ": every conflict has a side: complete the update."
                    : project.getName() + ": " + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts")
                            + " left. The plans hold your side until you pick.");
            complete.setData("merging", merging);
        } catch (TeamException e) {
            status.setText(e.getMessage());
        }
        for (PlanConflict pending : conflicts) {
            Conflict c = pending.conflict();
            TableItem item = new TableItem(table, SWT.NONE);
            String what = c.kind() == Conflict.Kind.BOTH_CHANGED && c.feature() != null ? c.featureText()
                    : (c.feature() == null ? "" : c.featureText() + ": ") + c.kind().description();
            item.setText(new String[] { c.element(), what, c.base(), c.ours(), c.theirs(), pending.path() });
        }
        if (!conflicts.isEmpty()) {
            table.setSelection(0);
        }
        status.getParent().layout(true, true);
        enable();
    }

    private void enable() {
        boolean selected = table.getSelectionIndex() >= 0 && table.getSelectionIndex() < conflicts.size();
        mine.setEnabled(selected);
        theirs.setEnabled(selected && conflicts.get(table.getSelectionIndex()).conflict()
                .kind() != Conflict.Kind.UNREADABLE);
        complete.setEnabled(project != null && conflicts.isEmpty() && Boolean.TRUE.equals(complete.getData("merging")));
    }

    private void take(Side side) {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= conflicts.size()) {
            return;
        }
        try {
            actions.resolve(project, conflicts.get(index), side);
        } catch (TeamException e) {
            MessageDialog.openError(getSite().getShell(), "Team Conflicts", e.getMessage());
        }
        refresh();
    }

    private void complete() {
        boolean completed = false;
        try {
            actions.complete(project);
            completed = true;
            project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        } catch (TeamException e) {
            MessageDialog.openError(getSite().getShell(), "Team Conflicts", e.getMessage());
        } catch (org.eclipse.core.runtime.CoreException e) {
            // The update is committed; the workspace notices the files at its next refresh.
        }
        refresh();
        if (completed) {
            status.setText(project.getName() + ": the update is complete. Publish to share the result.");
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
