package tandem.checks.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSession;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.ui.CheckMarkers;
import tandem.core.documents.PlanFiles;
import tandem.core.ui.editors.PlanEditor;

/**
 * Runs the checks on the plans of workspace projects and keeps the markers in step: after a plan file is saved,
 * after every change in an open plan editor (so a quick fix, and its Undo, show at once), and on request. A change
 * re-runs only the checks that read the changed model; the other checks' findings stay ({@link CheckSession}, one
 * per project). What is left here is the workbench's part: a job per project, and the unsaved contents of open
 * editors, which the checks see instead of the saved files.
 * <p>
 * A declarative services component ({@code OSGI-INF/workspaceChecks.xml}), one per framework: callers get it with
 * {@link #get()} from the service registry.
 */
public final class WorkspaceChecks {

    /**
     * Debug option (in the bundle's {@code .options}; {@code -debug <options file>}) that prints a line when a
     * project's checks have run: the start-up benchmark waits for it.
     */
    static final String TRACE_OPTION = "tandem.checks.ui/debug/checks";
    private static final boolean TRACE_CHECKS = Platform.inDebugMode()
            && Boolean.parseBoolean(Platform.getDebugOption(TRACE_OPTION));

    /** Milliseconds a check of a project checked before waits for more edits. */
    private static final long EDIT_DELAY = 200;

    private final Map<IProject, CheckReport> reports = new ConcurrentHashMap<>();
    private final Map<IProject, CheckSession> sessions = new ConcurrentHashMap<>();
    private final Map<IProject, ProjectJob> jobs = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /**
     * Plan editors whose document changed since they were opened (told by {@link ChecksStartup} in the UI thread,
     * before the check it asks for), so that a check asks the UI thread for unsaved contents only when there can
     * be any. Until {@link ChecksStartup} watches the editors (it starts in the UI thread once the window is open),
     * none is known as changed and a check does not wait for the UI thread, which is busy then: an editor that
     * turns out to be dirty when the watching starts asks for a check of its project again. So on the first start
     * the example's check runs while the UI thread opens its calendar.
     */
    private final Set<PlanEditor> changedEditors = ConcurrentHashMap.newKeySet();

    /** The running component, from the service registry. */
    public static WorkspaceChecks get() {
        BundleContext context = FrameworkUtil.getBundle(WorkspaceChecks.class).getBundleContext();
        ServiceReference<WorkspaceChecks> reference = context == null ? null
                : context.getServiceReference(WorkspaceChecks.class);
        WorkspaceChecks service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new IllegalStateException("The workspace checks are not running: tandem.checks.ui needs the"
                    + " declarative services runtime (org.apache.felix.scr) started");
        }
        context.ungetService(reference); // an immediate component: it stays active
        return service;
    }

    /** A plan editor's document changed (or it became dirty): its unsaved content counts for the checks. */
    void editorChanged(PlanEditor editor) {
        changedEditors.add(editor);
    }

    /** A plan editor closed: it has no unsaved content any more. */
    void editorClosed(PlanEditor editor) {
        changedEditors.remove(editor);
    }

    /** Called by the component runtime when it stops the component: pending checks are dropped. */
    void deactivate() {
        jobs.values().forEach(Job::cancel);
        jobs.clear();
        sessions.clear();
        reports.clear();
    }

    /** Checks every open project completely: every plan loaded afresh, every check run. */
    public void checkAll() {
        for (IProject project : openProjects()) {
            job(project).request(Request.AFRESH);
        }
    }

    /**
     * Checks every open project that changed since its last check, in this session or an earlier one: a project
     * whose plan files, settings, contributed checks and day are what its last check recorded, and whose markers
     * are those that check left, is not checked again; its report is read back from its markers.
     */
    public void checkChanged() {
        for (IProject project : openProjects()) {
            job(project).request(Request.UNLESS_UNCHANGED);
        }
    }

    /**
     * Schedules a check of what changed in a project: the plan files whose modification stamp or unsaved editor
     * content is not what the last check loaded (added and removed files too) are reloaded, and the checks that
     * read their models run.
     */
    public void check(IProject project) {
        job(project).request(Request.CHANGES);
    }

    /**
     * Runs every check again on the plans of every open project without loading them afresh (files that changed
     * are reloaded), for a change of the check settings.
     */
    public void recheckAll() {
        for (IProject project : openProjects()) {
            recheck(project);
        }
    }

    /** Runs every check again on a project's plans, reloading only the files that changed. */
    public void recheck(IProject project) {
        job(project).request(Request.ALL_CHECKS);
    }

    /** The latest report of a project, or {@code null} before its first check. */
    public CheckReport report(IProject project) {
        return reports.get(project);
    }

    public Map<IProject, CheckReport> reports() {
        return Map.copyOf(reports);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Waits until no check is pending, for tests and for the Run Checks command. */
    public void join() throws InterruptedException {
        Job.getJobManager().join(WorkspaceChecks.class, null);
    }

    private static List<IProject> openProjects() {
        return List.of(ResourcesPlugin.getWorkspace().getRoot().getProjects()).stream().filter(IProject::isOpen)
                .toList();
    }

    private ProjectJob job(IProject project) {
        return jobs.computeIfAbsent(project, ProjectJob::new);
    }

    /** What a check is asked to do; a later request adds to a pending one. */
    private enum Request {
        /** Reload what changed and run the checks that read it. */
        CHANGES,
        /** Reload what changed and run every check. */
        ALL_CHECKS,
        /** Nothing, if nothing changed since the last check recorded with the project; else load all, run all. */
        UNLESS_UNCHANGED,
        /** Load every plan afresh and run every check. */
        AFRESH
    }

    private final class ProjectJob extends Job {
        private final IProject project;
        private boolean afresh;
        private boolean allChecks;
        private boolean unlessUnchanged;

        ProjectJob(IProject project) {
            super("Checking plans in " + project.getName());
            this.project = project;
            setRule(project);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == WorkspaceChecks.class;
        }

        synchronized void request(Request request) {
            // Which files changed is found from their stamps when the job runs: edits that come in while it waits
            // are seen too.
            switch (request) {
            case AFRESH -> afresh = true;
            case ALL_CHECKS -> allChecks = true;
            case UNLESS_UNCHANGED -> unlessUnchanged = true;
            case CHANGES -> {
                // the stamps tell
            }
            }
            // A short wait gathers a burst of edits into one check; a project not checked yet in this session (a new
            // one, the example of the first start, or one found when the workbench starts) has no burst to wait for.
            schedule(sessions.containsKey(project) || reports.containsKey(project) ? EDIT_DELAY : 0);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            boolean reload;
            boolean rerunAll;
            boolean skipUnchanged;
            synchronized (this) {
                reload = afresh;
                rerunAll = allChecks;
                skipUnchanged = unlessUnchanged && !afresh && !allChecks;
                afresh = false;
                allChecks = false;
                unlessUnchanged = false;
            }
            if (!project.isAccessible()) {
                reports.remove(project);
                sessions.remove(project);
                return Status.OK_STATUS;
            }
            long started = System.nanoTime();
            try {
                runChecks(project, reload, rerunAll, skipUnchanged);
                if (TRACE_CHECKS) {
                    CheckReport report = reports.get(project);
                    System.out.println(TRACE_OPTION + ": checked " + project.getName() + ", "
                            + (report == null ? 0 : report.findings().size()) + " finding(s) in "
                            + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            } catch (CoreException | RuntimeException e) {
                ILog.of(WorkspaceChecks.class).log(new Status(IStatus.ERROR, "tandem.checks.ui",
                        "Checking the plans of " + project.getName() + " failed", e));
            }
            listeners.forEach(Runnable::run);
            return Status.OK_STATUS;
        }
    }

    /**
     * Checks a project's plans: loads them all afresh and runs every check ({@code reload}), or reloads the files
     * that changed since the last check and runs the checks that read their models, or every check
     * ({@code allChecks}, after a change of the settings). With {@code skipUnchanged}, a project not checked yet in
     * this session whose last check (recorded with it) still holds is not checked.
     */
    /** A session whose plans' references load plan files of the project only. */
    private CheckSession newSession(IProject project) {
        return new CheckSession(List.of(URI.createPlatformResourceURI(project.getName() + "/", true)));
    }

    /**
     * The version of a file as the workspace knows it: its modification stamp and its time on disk, since a file
     * deleted and created again (or a project deleted and created again under its name) starts over with the stamps
     * the old one had.
     */
    private static long version(IFile file) {
        return file.getModificationStamp() * 1_000_003L + file.getLocalTimeStamp();
    }

    private void runChecks(IProject project, boolean reload, boolean allChecks, boolean skipUnchanged)
            throws CoreException {
        Map<URI, byte[]> unsaved = unsavedEditorContents();
        List<IFile> planFiles = planFiles(project);
        List<CheckSession.PlanFile> files = new ArrayList<>();
        for (IFile file : planFiles) {
            URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
            files.add(new CheckSession.PlanFile(uri, version(file), unsaved.get(uri)));
        }
        CheckSettings settings = CheckSettingsStore.forProject(project);
        LastCheck now = LastCheck.of(project, planFiles, files, settings,
                CheckSettingsStore.today(settings, project));
        if (skipUnchanged && !sessions.containsKey(project)) {
            CheckReport restored = now.restore(project);
            if (restored != null) {
                reports.put(project, restored);
                return;
            }
        }
        CheckSession session = reload ? newSession(project) : sessions.computeIfAbsent(project, this::newSession);
        sessions.put(project, session);
        CheckRunner runner = new CheckRunner(Checklists.all(), settings, now.today());
        CheckSession.Run run = session.check(files, runner, allChecks);
        if (run == null) {
            return; // nothing the checks read has changed
        }
        reports.put(project, run.report());
        ResourcesPlugin.getWorkspace().run((IWorkspaceRunnable) monitor -> {
            CheckMarkers.update(project, run.allChecks() ? null : run.ran(), run.fresh().findings(),
                    run.unreadable());
            now.record(project, run.report());
        }, project, IResource.NONE, null);
    }

    /**
     * The project's plan files, then the files that are plans by their content (contact flows among its
     * {@code .json} files), whose references to the setup resolve against the plans loaded before them.
     */
    private static List<IFile> planFiles(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        List<IFile> recognised = new ArrayList<>();
        project.accept(resource -> {
            if (resource.getType() == IResource.FOLDER && (resource.getName().startsWith(".")
                    || resource.getName().equals("bin") || resource.getName().equals("target"))) {
                return false;
            }
            if (resource instanceof IFile file && file.getLocation() != null) {
                java.nio.file.Path path = file.getLocation().toFile().toPath();
                if (PlanFiles.isPlanFile(path)) {
                    files.add(file);
                } else if (PlanFiles.isRecognisedPlan(path)) {
                    recognised.add(file);
                }
            }
            return true;
        });
        files.addAll(recognised);
        return files;
    }

    /**
     * The current content of plan editors with unsaved changes, so that checks see what the planner sees. Asks the
     * UI thread only when an editor may have unsaved changes: a check does not wait for a busy UI thread otherwise.
     */
    private Map<URI, byte[]> unsavedEditorContents() {
        Map<URI, byte[]> contents = new HashMap<>();
        if (!PlatformUI.isWorkbenchRunning() || changedEditors.isEmpty()) {
            return contents;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (PlatformUI.getWorkbench().isClosing() || display.isDisposed()) {
            return contents; // the workbench is going: the saved files are checked
        }
        try {
            display.syncExec(() -> {
                for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                    for (IWorkbenchPage page : window.getPages()) {
                        for (IEditorReference reference : page.getEditorReferences()) {
                            if (reference.getEditor(false) instanceof PlanEditor editor && editor.isDirty()
                                    && editor.isReadable()) {
                                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                                try {
                                    editor.getResource().save(bytes, null);
                                    contents.put(editor.getResource().getURI(), bytes.toByteArray());
                                } catch (IOException e) {
                                    // The saved file is checked instead.
                                }
                            }
                        }
                    }
                }
            });
        } catch (SWTException e) {
            if (!display.isDisposed()) {
                throw e;
            }
        }
        return contents;
    }
}
