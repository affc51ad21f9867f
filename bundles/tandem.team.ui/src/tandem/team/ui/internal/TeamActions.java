package tandem.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import tandem.core.documents.PlanFiles;
import tandem.core.ui.editors.PlanEditor;
import tandem.team.git.PlanConflict;
import tandem.team.git.PublishResult;
import tandem.team.git.Revision;
import tandem.team.git.SshKey;
import tandem.team.git.TeamException;
import tandem.team.git.TeamRepository;
import tandem.team.git.UpdateResult;
import tandem.team.merge.ConflictResolution.Side;
import tandem.team.merge.PlanDiff;

/**
 * What the Team menu does, without its dialogs: share, open a shared project, update, publish, history, compare
 * and conflicts. Long operations run as jobs holding the project as their scheduling rule (so they wait for, and
 * never run beside, an import or another team job on it); editors of files an operation changed are reloaded.
 */
public final class TeamActions {

    /** The family of Tandem's team jobs. */
    public static final Object FAMILY = TeamActions.class;

    private final TeamCredentials credentials;

    public TeamActions(TeamCredentials credentials) {
        this.credentials = credentials;
    }

    /** The actions with the credentials in Eclipse's default secure storage. */
    public static TeamActions standard() {
        java.nio.file.Path knownHosts = org.eclipse.core.runtime.Platform
                .getStateLocation(org.osgi.framework.FrameworkUtil.getBundle(TeamActions.class)).toFile().toPath()
                .resolve("ssh").resolve("known_hosts");
        return new TeamActions(new TeamCredentials(SecurePreferencesFactory.getDefault(), knownHosts));
    }

    public TeamCredentials credentials() {
        return credentials;
    }

    static String author() {
        return System.getProperty("user.name", "Tandem");
    }

    private static Path folder(IProject project) throws TeamException {
        if (project.getLocation() == null) {
            throw new TeamException(project.getName() + " is not a project on this computer's disk");
        }
        return project.getLocation().toFile().toPath();
    }

    public static boolean isShared(IProject project) {
        return project.isOpen() && project.getLocation() != null
                && TeamRepository.isShared(project.getLocation().toFile().toPath());
    }

    private TeamRepository open(IProject project) throws TeamException {
        Path folder = folder(project);
        TeamRepository repository = TeamRepository.open(folder, null);
        String url = repository.remoteUrl();
        repository.close();
        return TeamRepository.open(folder, provider(url));
    }

    private CredentialsProvider provider(String url) throws TeamException {
        if (SshKey.isSsh(url)) {
            try {
                SshKey key = credentials.sshKey(url);
                if (key == null) {
                    throw new TeamException(url + ": an ssh repository needs a private key file (Share Project or "
                            + "Open Shared Project asks for it)");
                }
                return key;
            } catch (IOException e) {
                throw new TeamException(e.getMessage(), e);
            }
        }
        if (url == null || !(url.startsWith("https:") || url.startsWith("http:"))) {
            return null;
        }
        try {
            return credentials.provider(url);
        } catch (IOException e) {
            throw new TeamException(e.getMessage(), e);
        }
    }

    private void remember(String url, String user, String token, String keyFile) throws TeamException {
        try {
            if (SshKey.isSsh(url)) {
                if (keyFile != null && !keyFile.isBlank()) {
                    credentials.storeKey(url, keyFile, token);
                }
                return;
            }
            if (user == null || user.isBlank()) {
                return;
            }
            credentials.store(url, user, token);
        } catch (IOException e) {
            throw new TeamException(e.getMessage(), e);
        }
    }

    /**
     * Refuses to start when another job (an import, a schedule, another team operation) works on the project now,
     * so that the planner learns why nothing happens instead of waiting without a word. The workspace's own short
     * system jobs are not counted: the team job simply waits for them.
     */
    public static void checkIdle(IProject project) throws TeamException {
        Job current = Job.getJobManager().currentJob();
        for (Job job : Job.getJobManager().find(null)) {
            ISchedulingRule rule = job.getRule();
            if (job != current && !job.isSystem() && job.getState() == Job.RUNNING && rule != null
                    && rule.isConflicting(project)) {
                throw new TeamException("'" + job.getName() + "' is running on " + project.getName()
                        + ": try again when it has finished");
            }
        }
    }

    /** A team job: runs with the project as its rule and hands its result to the UI thread. */
    public abstract static class TeamJob<R> extends Job {
        private final IProject project;
        private R result;

        TeamJob(String name, IProject project) {
            super(name);
            this.project = project;
            setRule(project == null ? ResourcesPlugin.getWorkspace().getRoot() : project);
            setUser(true);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        /** The result of a successful run, or {@code null}. */
        public R result() {
            return result;
        }

        protected abstract R work(IProgressMonitor monitor) throws TeamException, CoreException;

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                result = work(monitor);
                if (project != null && project.exists()) {
                    project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                }
                return Status.OK_STATUS;
            } catch (TeamException e) {
                return Status.error(e.getMessage());
            } catch (CoreException e) {
                return Status.error(e.getStatus().getMessage(), e);
            }
        }
    }

    /** Shares a project into an empty repository (a URL or a folder path) and publishes it. */
    public TeamJob<String> share(IProject project, String remote, String user, String token) throws TeamException {
        return share(project, remote, user, token, null);
    }

    /**
     * Shares a project into an empty repository and publishes it; for an ssh URL with the private key file (the
     * token is then the key's passphrase, both kept in secure storage).
     */
    public TeamJob<String> share(IProject project, String remote, String user, String token, String keyFile)
            throws TeamException {
        Path folder = folder(project);
        try {
            if (PlanFiles.find(List.of(folder)).isEmpty()) {
                throw new TeamException(project.getName() + " holds no plans: it is not a Tandem project to share");
            }
        } catch (IOException e) {
            throw new TeamException(project.getName() + ": cannot list its files: " + e.getMessage(), e);
        }
        if (TeamRepository.isShared(folder)) {
            throw new TeamException(project.getName() + " is already shared");
        }
        checkIdle(project);
        String url = normalize(remote);
        TeamJob<String> job = new TeamJob<>("Share " + project.getName(), project) {
            @Override
            protected String work(IProgressMonitor monitor) throws TeamException {
                remember(url, user, token, keyFile);
                try (TeamRepository repository = TeamRepository.share(folder, url, provider(url), author())) {
                    return repository.remoteUrl();
                }
            }
        };
        job.schedule();
        return job;
    }

    /** Clones a shared project into the workspace as a new project and opens it. */
    public TeamJob<IProject> openShared(String remote, String projectName, String user, String token)
            throws TeamException {
        return openShared(remote, projectName, user, token, null);
    }

    /** Clones a shared project as a new project; for an ssh URL with the private key file (token = passphrase). */
    public TeamJob<IProject> openShared(String remote, String projectName, String user, String token,
            String keyFile) throws TeamException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(projectName);
        if (project.exists()) {
            throw new TeamException("a project named " + projectName + " exists already: choose another name");
        }
        Path folder = workspace.getRoot().getLocation().toFile().toPath().resolve(projectName);
        String url = normalize(remote);
        TeamJob<IProject> job = new TeamJob<>("Open shared project " + projectName, null) {
            @Override
            protected IProject work(IProgressMonitor monitor) throws TeamException, CoreException {
                remember(url, user, token, keyFile);
                TeamRepository.cloneProject(url, folder, provider(url)).close();
                IProjectDescription description = workspace.newProjectDescription(projectName);
                project.create(description, monitor);
                project.open(monitor);
                return project;
            }
        };
        job.schedule();
        return job;
    }

    /** A folder path becomes a file URL; URLs stay as they are. */
    static String normalize(String remote) {
        String trimmed = remote.trim();
        if (trimmed.startsWith("/") || trimmed.matches("[A-Za-z]:\\\\.*")) {
            return Path.of(trimmed).toUri().toString();
        }
        return trimmed;
    }

    /** The editors of the project with unsaved changes. */
    public static List<IEditorPart> dirtyEditors(IProject project) {
        List<IEditorPart> dirty = new ArrayList<>();
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart editor = reference.getEditor(false);
                    if (editor != null && editor.isDirty() && fileOf(editor) != null
                            && project.equals(fileOf(editor).getProject())) {
                        dirty.add(editor);
                    }
                }
            }
        }
        return dirty;
    }

    private static IFile fileOf(IEditorPart editor) {
        return editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    /** Saves the editors; {@code false} when one of them is still dirty afterwards (its save failed). */
    public static boolean save(List<IEditorPart> editors) {
        for (IEditorPart editor : editors) {
            editor.doSave(null);
            if (editor.isDirty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fetches and merges the others' changes. Editors of the project must have been saved (see
     * {@link #dirtyEditors(IProject)}); afterwards, open editors whose files changed are reloaded and the result is
     * handed to {@code done} in the UI thread.
     */
    public TeamJob<UpdateResult> update(IProject project, Consumer<UpdateResult> done) throws TeamException {
        checkShared(project);
        checkNotMerging(project, "updating again");
        if (Display.getCurrent() != null && !dirtyEditors(project).isEmpty()) {
            throw new TeamException(project.getName() + " has unsaved plans: save them before updating");
        }
        checkIdle(project);
        TeamJob<UpdateResult> job = new TeamJob<>("Update " + project.getName(), project) {
            @Override
            protected UpdateResult work(IProgressMonitor monitor) throws TeamException {
                try (TeamRepository repository = open(project)) {
                    return repository.update(author());
                }
            }
        };
        whenDone(job, project, result -> result, done);
        job.schedule();
        return job;
    }

    /** Commits the project's changes with the message and publishes them (updating first if the remote moved). */
    public TeamJob<PublishResult> publish(IProject project, String message, Consumer<PublishResult> done)
            throws TeamException {
        checkShared(project);
        checkNotMerging(project, "publishing");
        if (message == null || message.isBlank()) {
            throw new TeamException("say in a few words what changed: the message is empty");
        }
        checkIdle(project);
        TeamJob<PublishResult> job = new TeamJob<>("Publish " + project.getName(), project) {
            @Override
            protected PublishResult work(IProgressMonitor monitor) throws TeamException {
                try (TeamRepository repository = open(project)) {
                    return repository.publish(message.trim(), author());
                }
            }
        };
        whenDone(job, project, PublishResult::update, done);
        job.schedule();
        return job;
    }

    /**
     * Once the job has succeeded, in the UI thread: reloads the editors of the files its update changed, shows the
     * Team Conflicts view when that update left conflicts, and hands the result on.
     */
    private static <R> void whenDone(TeamJob<R> job, IProject project,
            java.util.function.Function<R, UpdateResult> updateOf, Consumer<R> done) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                R result = job.result();
                if (result == null) {
                    return;
                }
                display.asyncExec(() -> {
                    UpdateResult update = updateOf.apply(result);
                    if (update != null) {
                        Set<String> changed = new LinkedHashSet<>(update.changedFiles());
                        update.merges().forEach(m -> changed.add(m.document()));
                        reloadEditors(project, changed);
                        if (!update.clean()) {
                            ConflictView view = showView(ConflictView.ID, ConflictView.class);
                            if (view != null) {
                                view.setProject(project);
                            }
                        }
                    }
                    if (done != null) {
                        done.accept(result);
                    }
                });
            }
        });
    }

    /** Reloads the open plan editors of these project files (paths relative to the project). */
    public static void reloadEditors(IProject project, Set<String> paths) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart editor = reference.getEditor(false);
                    IFile file = editor == null ? null : fileOf(editor);
                    if (file != null && project.equals(file.getProject())
                            && paths.contains(file.getProjectRelativePath().toString())
                            && editor instanceof PlanEditor plan && !plan.isDirty()) {
                        plan.reload();
                    }
                }
            }
        }
    }

    private void checkNotMerging(IProject project, String what) throws TeamException {
        if (merging(project)) {
            throw new TeamException(project.getName() + ": resolve the conflicts of the last update (Team > Conflicts)"
                    + " before " + what);
        }
    }

    private static void checkShared(IProject project) throws TeamException {
        if (!isShared(project)) {
            throw new TeamException(project.getName() + " is not shared: use Team > Share Project... first");
        }
    }

    /** The published history of a plan, newest first. */
    public List<Revision> history(IFile file) throws TeamException {
        checkShared(file.getProject());
        try (TeamRepository repository = open(file.getProject())) {
            return repository.history(file.getProjectRelativePath().toString());
        }
    }

    /** What changed in a plan since it was last published, by element. */
    public List<PlanDiff.Change> compareWithPublished(IFile file) throws TeamException {
        checkShared(file.getProject());
        try (TeamRepository repository = open(file.getProject())) {
            return repository.compareWithPublished(file.getProjectRelativePath().toString());
        }
    }

    /** The open conflicts of the project's update in progress. */
    public List<PlanConflict> conflicts(IProject project) throws TeamException {
        if (!isShared(project)) {
            return List.of();
        }
        try (TeamRepository repository = open(project)) {
            return repository.conflicts();
        }
    }

    /** Whether the project has an update in progress (conflicts picked or not). */
    public boolean merging(IProject project) throws TeamException {
        if (!isShared(project)) {
            return false;
        }
        try (TeamRepository repository = open(project)) {
            return repository.merging();
        }
    }

    /** Takes a side of a conflict, saves the plan and reloads its editor. */
    public void resolve(IProject project, PlanConflict conflict, Side side) throws TeamException {
        try (TeamRepository repository = open(project)) {
            repository.resolve(conflict, side);
        }
        try {
            project.getFile(conflict.path()).refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // The file is saved; the workspace notices it at its next refresh.
        }
        reloadEditors(project, Set.of(conflict.path()));
    }

    /** Completes the update once no conflict is open. */
    public void complete(IProject project) throws TeamException {
        try (TeamRepository repository = open(project)) {
            int open = repository.conflicts().size();
            if (open > 0) {
                throw new TeamException(open + (open == 1 ? " conflict is" : " conflicts are")
                        + " still open: pick a side for each first");
            }
            repository.completeMerge(author());
        }
    }

    /** Shows a view in the active page, if there is one. */
    static <V> V showView(String id, Class<V> type) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            return type.cast(window.getActivePage().showView(id));
        } catch (PartInitException e) {
            return null;
        }
    }
}
