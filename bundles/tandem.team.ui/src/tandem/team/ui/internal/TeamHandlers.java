package tandem.team.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import tandem.team.git.PublishResult;
import tandem.team.git.Revision;
import tandem.team.git.TeamException;
import tandem.team.git.UpdateResult;
import tandem.team.merge.PlanDiff;

/** The handlers of the Team menu; each asks what it needs, then hands over to {@link TeamActions}. */
public final class TeamHandlers {

    private TeamHandlers() {
    }

    private static Shell shell(ExecutionEvent event) {
        return HandlerUtil.getActiveShell(event);
    }

    private static IProject project(ExecutionEvent event, String command) throws TeamException {
        IProject project = Selections.project(event);
        if (project == null) {
            throw new TeamException("select a project (or a plan in it) for " + command);
        }
        return project;
    }

    private static IFile plan(ExecutionEvent event, String command) throws TeamException {
        IFile file = Selections.file(event);
        if (file == null) {
            throw new TeamException("select a plan (or open it in an editor) for " + command);
        }
        return file;
    }

    private abstract static class TeamHandler extends AbstractHandler {
        private final String title;

        TeamHandler(String title) {
            this.title = title;
        }

        @Override
        public final Object execute(ExecutionEvent event) {
            try {
                run(event, TeamActions.standard());
            } catch (TeamException e) {
                MessageDialog.openError(shell(event), title, e.getMessage());
            }
            return null;
        }

        abstract void run(ExecutionEvent event, TeamActions actions) throws TeamException;
    }

    /** Team > Share Project... */
    public static final class Share extends TeamHandler {
        public Share() {
            super("Share Project");
        }

        @Override
        void run(ExecutionEvent event, TeamActions actions) throws TeamException {
            IProject project = project(event, "Share Project");
            RepositoryDialog dialog = new RepositoryDialog(shell(event), "Share Project",
                    "Share " + project.getName() + " into an empty Git repository: a URL or a folder path.", false,
                    actions.credentials());
            if (dialog.open() == Window.OK) {
                actions.share(project, dialog.repositoryValue, dialog.userValue, dialog.tokenValue, dialog.keyValue);
            }
        }
    }

    /** Team > Open Shared Project... */
    public static final class OpenShared extends TeamHandler {
        public OpenShared() {
            super("Open Shared Project");
        }

        @Override
        void run(ExecutionEvent event, TeamActions actions) throws TeamException {
            RepositoryDialog dialog = new RepositoryDialog(shell(event), "Open Shared Project",
                    "Open a project your team shares: a Git URL or a folder path.", true, actions.credentials());
            if (dialog.open() == Window.OK) {
                actions.openShared(dialog.repositoryValue, dialog.nameValue, dialog.userValue, dialog.tokenValue,
                        dialog.keyValue);
            }
        }
    }

    /** Team > Update: saves (or asks about) unsaved plans, then fetches and merges. */
    public static final class Update extends TeamHandler {
        public Update() {
            super("Update");
        }

        @Override
        void run(ExecutionEvent event, TeamActions actions) throws TeamException {
            IProject project = project(event, "Update");
            if (!saveFirst(shell(event), project, "Update")) {
                return;
            }
            actions.update(project, result -> show(shell(event), project, result));
        }
    }

    /** Asks to save the project's unsaved plans; {@code false} when the planner declines or a save fails. */
    static boolean saveFirst(Shell shell, IProject project, String what) {
        List<IEditorPart> dirty = TeamActions.dirtyEditors(project);
        if (dirty.isEmpty()) {
            return true;
        }
        List<String> names = new ArrayList<>();
        dirty.forEach(editor -> names.add(editor.getTitle()));
        if (!MessageDialog.openQuestion(shell, what, "Save the unsaved plans first? " + String.join(", ", names)
                + "\n\nNo: nothing is updated and your changes stay as they are.")) {
            return false;
        }
        if (!TeamActions.save(dirty)) {
            MessageDialog.openError(shell, what, "A plan could not be saved: nothing was updated.");
            return false;
        }
        return true;
    }

    static void show(Shell shell, IProject project, UpdateResult result) {
        if (!result.clean()) {
            return; // the Team Conflicts view shows them
        }
        String text = result.changedFiles().isEmpty() ? "Nothing new was published."
                : result.changedFiles().size() + " files came in: " + String.join(", ", result.changedFiles());
        if (result.checks() != null && !result.checks().findings().isEmpty()) {
            text += "\nThe checks found " + result.checks().findings().size() + " problems in the merged plans.";
        }
        status(project.getName() + ": " + text.replace('\n', ' '));
    }

    private static void status(String text) {
        var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
            var site = window.getActivePage().getActivePart().getSite();
            if (site instanceof org.eclipse.ui.IViewSite view) {
                view.getActionBars().getStatusLineManager().setMessage(text);
            } else if (site instanceof org.eclipse.ui.IEditorSite editor) {
                editor.getActionBars().getStatusLineManager().setMessage(text);
            }
        }
    }

    /** Team > Publish...: asks for a message, commits and publishes. */
    public static final class Publish extends TeamHandler {
        public Publish() {
            super("Publish");
        }

        @Override
        void run(ExecutionEvent event, TeamActions actions) throws TeamException {
            IProject project = project(event, "Publish");
            if (!saveFirst(shell(event), project, "Publish")) {
                return;
            }
            InputDialog dialog = new InputDialog(shell(event), "Publish",
                    "What did you change? The message goes with your changes into the history.", "",
                    text -> text.isBlank() ? "Enter a message." : null);
            if (dialog.open() != Window.OK) {
                return;
            }
            actions.publish(project, dialog.getValue(), (PublishResult result) -> {
                if (result.published()) {
                    status(project.getName() + ": published.");
                } else {
                    show(shell(event), project, result.update());
                }
            });
        }
    }

    /** Team > History: who changed the plan, when, and why. */
    public static final class History extends TeamHandler {
        public History() {
            super("History");
        }

        @Override
        void run(ExecutionEvent event, TeamActions actions) throws TeamException {
            IFile file = plan(event, "History");
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
            List<String[]> rows = new ArrayList<>();
            for (Revision revision : actions.history(file)) {
                rows.add(new String[] { when.format(revision.when()), revision.author(), revision.message(),
                        revision.id() });
            }
            new TableDialog(shell(event), "History of " + file.getName(),
                    rows.isEmpty() ? file.getName() + " was never published." : "Newest first.",
                    new String[] { "When", "Who", "Message", "Version" }, new int[] { 130, 110, 320, 80 }, rows)
                    .open();
        }
    }

    /** Team > Compare with Published: the plan's own changes since it was published, element by element. */
    public static final class Compare extends TeamHandler {
        public Compare() {
            super("Compare with Published");
        }

        @Override
        void run(ExecutionEvent event, TeamActions actions) throws TeamException {
            IFile file = plan(event, "Compare with Published");
            List<String[]> rows = new ArrayList<>();
            for (PlanDiff.Change change : actions.compareWithPublished(file)) {
                rows.add(new String[] { change.element(), change.feature(), change.before(), change.after() });
            }
            new TableDialog(shell(event), "Compare " + file.getName() + " with Published",
                    rows.isEmpty() ? "No changes since it was published." : rows.size() + " changes since published.",
                    new String[] { "Element", "What", "Published", "Now" }, new int[] { 320, 110, 140, 180 }, rows)
                    .open();
        }
    }
}
