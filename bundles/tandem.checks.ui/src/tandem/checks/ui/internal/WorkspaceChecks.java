package tandem.checks.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import tandem.checks.CheckReport;
import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.PlanSet;
import tandem.checks.PlanSets;
import tandem.checks.Severity;
import tandem.checks.ui.CheckMarkers;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.core.ui.editors.PlanEditor;

/**
 * Runs the checks on the plans of workspace projects and keeps the markers in step: after a plan file is saved,
 * after every change in an open plan editor (so a quick fix, and its Undo, show at once), and on request. A change
 * re-runs only the checks that read the changed model; the other checks' findings stay.
 */
public final class WorkspaceChecks {

    private static final WorkspaceChecks INSTANCE = new WorkspaceChecks();

    private final Map<IProject, CheckReport> reports = new ConcurrentHashMap<>();
    private final Map<IProject, ProjectJob> jobs = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private WorkspaceChecks() {
    }

    public static WorkspaceChecks get() {
        return INSTANCE;
    }

    /** Checks every open project completely: every plan loaded afresh, every check run. */
    public void checkAll() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                jobs.computeIfAbsent(project, ProjectJob::new).request(true, false);
            }
        }
    }

    /**
     * Schedules a check of what changed in a project: the plan files whose modification stamp or unsaved editor
     * content is not what the last check loaded (added and removed files too) are reloaded, and the checks that
     * read their models run.
     */
    public void check(IProject project) {
        jobs.computeIfAbsent(project, ProjectJob::new).request(false, false);
    }

    /**
     * Runs every check again on the plans of every open project without loading them afresh (files that changed
     * are reloaded), for a change of the check settings.
     */
    public void recheckAll() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                recheck(project);
            }
        }
    }

    /** Runs every check again on a project's plans, reloading only the files that changed. */
    public void recheck(IProject project) {
        jobs.computeIfAbsent(project, ProjectJob::new).request(false, true);
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

    private final class ProjectJob extends Job {
        private final IProject project;
        private boolean everything;
        private boolean allChecks;

        ProjectJob(IProject project) {
            super("Checking plans in " + project.getName());
            this.project = project;
            setRule(project);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == WorkspaceChecks.class;
        }

        synchronized void request(boolean afresh, boolean runAll) {
            // Which files changed is found from their stamps when the job runs: edits that come in while it waits
            // are seen too.
            everything |= afresh || reports.get(project) == null;
            allChecks |= runAll;
            schedule(200);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            boolean all;
            boolean rerunAll;
            synchronized (this) {
                all = everything;
                rerunAll = allChecks;
                everything = false;
                allChecks = false;
            }
            if (!project.isAccessible()) {
                reports.remove(project);
                loaded.remove(project);
                return Status.OK_STATUS;
            }
            try {
                runChecks(project, all, rerunAll);
            } catch (CoreException | RuntimeException e) {
                ILog.of(WorkspaceChecks.class).log(new Status(IStatus.ERROR, "tandem.checks.ui",
                        "Checking the plans of " + project.getName() + " failed", e));
            }
            listeners.forEach(Runnable::run);
            return Status.OK_STATUS;
        }
    }

    /**
     * What the last check of a project loaded: its plan documents, kept from one check to the next so that a
     * re-check reloads only the files that changed. A file counts as changed when its modification stamp, or the
     * unsaved content of its open editor, is not what was loaded.
     */
    private static final class Loaded {
        final ResourceSet set = PlanDocuments.createResourceSet();
        final Map<IFile, Source> files = new HashMap<>();
        final Map<IFile, List<LoadProblem>> unreadable = new HashMap<>();
        PlanSet plans;
    }

    /** Where a file's document came from: its modification stamp, and the unsaved editor content if it was that. */
    private record Source(Resource resource, long stamp, byte[] unsaved) {
        boolean same(IFile file, byte[] unsavedNow) {
            return stamp == file.getModificationStamp() && Arrays.equals(unsaved, unsavedNow);
        }
    }

    private final Map<IProject, Loaded> loaded = new ConcurrentHashMap<>();

    /**
     * Checks a project's plans: loads them all afresh and runs every check ({@code reload}), or reloads the files
     * that changed since the last check and runs the checks that read their models, or every check
     * ({@code allChecks}, after a change of the settings).
     */
    private void runChecks(IProject project, boolean reload, boolean allChecks) throws CoreException {
        Map<URI, byte[]> unsaved = unsavedEditorContents();
        List<IFile> files = planFiles(project);
        Loaded state = reload ? null : loaded.get(project);
        boolean everything = state == null;
        if (everything) {
            state = new Loaded();
            // References in the project's plans may load plan files of this project only.
            PlanDocuments.confineTo(state.set, List.of(URI.createPlatformResourceURI(project.getName() + "/", true)));
        }
        Set<Resource> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> changedPackages = new HashSet<>();
        Set<IFile> present = new HashSet<>(files);
        for (IFile gone : List.copyOf(state.files.keySet())) {
            if (!present.contains(gone)) {
                Source source = state.files.remove(gone);
                state.unreadable.remove(gone);
                if (source.resource() != null) {
                    packagesOf(source.resource(), changedPackages);
                    changed.add(source.resource());
                    source.resource().unload();
                    state.set.getResources().remove(source.resource());
                }
            }
        }
        List<Resource> documents = new ArrayList<>();
        for (IFile file : files) {
            URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
            byte[] content = unsaved.get(uri);
            Source source = state.files.get(file);
            if (source != null && source.same(file, content)) {
                if (source.resource() != null) {
                    documents.add(source.resource());
                }
                continue;
            }
            if (source != null && source.resource() != null) {
                // Other documents' references to its elements become proxies, resolved again in the new document.
                packagesOf(source.resource(), changedPackages);
                source.resource().unload();
                state.set.getResources().remove(source.resource());
            } else if (source == null && state.set.getResource(uri, false) != null) {
                // Loaded already because another document refers to it.
                Resource referred = state.set.getResource(uri, false);
                referred.unload();
                state.set.getResources().remove(referred);
            }
            long stamp = file.getModificationStamp();
            state.unreadable.remove(file);
            Resource resource = null;
            try {
                resource = load(state.set, uri, content);
                documents.add(resource);
                packagesOf(resource, changedPackages);
                changed.add(resource);
            } catch (PlanDocumentException e) {
                state.unreadable.put(file, e.problems());
            }
            state.files.put(file, new Source(resource, stamp, content));
        }
        if (!everything && !allChecks && changed.isEmpty()) {
            return; // nothing the checks read has changed
        }
        if (everything || state.plans == null) {
            state.plans = PlanSets.of(state.set, documents);
        } else if (!changed.isEmpty() || !documents.equals(state.plans.documents())) {
            state.plans = PlanSets.afterChange(state.plans, documents, changed);
        }
        loaded.put(project, state);
        CheckSettings settings = CheckSettingsStore.forProject(project);
        CheckRunner runner = new CheckRunner(Checklists.all(), settings, CheckSettingsStore.today(settings, project));
        boolean rerunAll = everything || allChecks;
        CheckReport fresh = runner.run(state.plans, check -> rerunAll || check.isAffectedBy(changedPackages));
        CheckReport previous = reports.get(project);
        CheckReport merged = rerunAll || previous == null ? fresh : merge(previous, fresh);
        reports.put(project, merged);
        Set<String> rerun = fresh.outcomes().keySet();
        Map<IFile, List<LoadProblem>> unreadable = Map.copyOf(state.unreadable);
        ResourcesPlugin.getWorkspace().run((IWorkspaceRunnable) monitor -> updateMarkers(project,
                rerunAll ? null : rerun, fresh, unreadable), project, IResource.NONE, null);
    }

    private static void packagesOf(Resource resource, Set<String> packages) {
        for (EObject root : resource.getContents()) {
            packages.add(root.eClass().getEPackage().getNsURI());
        }
    }

    private static Resource load(ResourceSet set, URI uri, byte[] unsaved) throws PlanDocumentException {
        if (unsaved == null) {
            return PlanDocuments.load(set, uri);
        }
        Resource resource = set.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(unsaved), set.getLoadOptions());
            return resource;
        } catch (IOException e) {
            set.getResources().remove(resource);
            return PlanDocuments.load(set, uri);
        }
    }

    private static CheckReport merge(CheckReport previous, CheckReport fresh) {
        List<Finding> findings = new ArrayList<>(previous.findings().stream()
                .filter(f -> !fresh.outcomes().containsKey(f.ruleId())).toList());
        findings.addAll(fresh.findings());
        Map<String, CheckReport.Outcome> outcomes = new HashMap<>(previous.outcomes());
        outcomes.putAll(fresh.outcomes());
        return new CheckReport(findings, outcomes);
    }

    private static List<IFile> planFiles(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        project.accept(resource -> {
            if (resource.getType() == IResource.FOLDER && (resource.getName().startsWith(".")
                    || resource.getName().equals("bin") || resource.getName().equals("target"))) {
                return false;
            }
            if (resource instanceof IFile file && file.getLocation() != null
                    && PlanFiles.isPlanFile(file.getLocation().toFile().toPath())) {
                files.add(file);
            }
            return true;
        });
        return files;
    }

    /** The current content of plan editors with unsaved changes, so that checks see what the planner sees. */
    private static Map<URI, byte[]> unsavedEditorContents() {
        Map<URI, byte[]> contents = new HashMap<>();
        if (!PlatformUI.isWorkbenchRunning()) {
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

    private static void updateMarkers(IProject project, Set<String> rerun, CheckReport fresh,
            Map<IFile, List<LoadProblem>> unreadable) throws CoreException {
        for (IMarker marker : project.findMarkers(CheckMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
            String rule = marker.getAttribute(CheckMarkers.RULE_ID, "");
            if (rerun == null || rerun.contains(rule) || CheckMarkers.UNREADABLE.equals(rule)) {
                marker.delete();
            }
        }
        for (Finding finding : fresh.findings()) {
            URI file = finding.elementUri().trimFragment();
            if (!file.isPlatformResource()) {
                continue;
            }
            IFile target = ResourcesPlugin.getWorkspace().getRoot()
                    .getFile(new Path(file.toPlatformString(true)));
            if (!target.exists()) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, finding.message());
            attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
            });
            attributes.put(IMarker.LOCATION, finding.elementPath());
            attributes.put(CheckMarkers.RULE_ID, finding.ruleId());
            attributes.put(CheckMarkers.CHECKLIST_ID, finding.checklistId());
            attributes.put(CheckMarkers.ELEMENT_URI, finding.elementUri().toString());
            finding.data().forEach((key, value) -> attributes.put(CheckMarkers.DATA_PREFIX + key, value));
            target.createMarker(CheckMarkers.TYPE, attributes);
        }
        unreadable.forEach((file, problems) -> {
            for (LoadProblem problem : problems) {
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.MESSAGE, problem.reason());
                attributes.put(IMarker.SEVERITY, problem.severity() == LoadProblem.Severity.ERROR
                        ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                if (problem.line() > 0) {
                    attributes.put(IMarker.LINE_NUMBER, problem.line());
                }
                attributes.put(CheckMarkers.RULE_ID, CheckMarkers.UNREADABLE);
                try {
                    file.createMarker(CheckMarkers.TYPE, attributes);
                } catch (CoreException e) {
                    ILog.of(WorkspaceChecks.class).log(e.getStatus());
                }
            }
        });
    }

    /** The finding a marker stands for, with its element resolved in the given resource set. */
    public static Finding findingOf(IMarker marker, ResourceSet set) {
        String uri = marker.getAttribute(CheckMarkers.ELEMENT_URI, null);
        if (uri == null) {
            return null;
        }
        URI elementUri = URI.createURI(uri);
        EObject element = set.getEObject(elementUri, true);
        Map<String, String> data = new HashMap<>();
        try {
            marker.getAttributes().forEach((key, value) -> {
                if (key.startsWith(CheckMarkers.DATA_PREFIX)) {
                    data.put(key.substring(CheckMarkers.DATA_PREFIX.length()), String.valueOf(value));
                }
            });
        } catch (CoreException e) {
            return null;
        }
        int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
        return new Finding(marker.getAttribute(CheckMarkers.RULE_ID, ""), marker.getAttribute(CheckMarkers.CHECKLIST_ID,
                ""), severity == IMarker.SEVERITY_ERROR ? Severity.ERROR
                        : severity == IMarker.SEVERITY_WARNING ? Severity.WARNING : Severity.INFO,
                marker.getAttribute(IMarker.MESSAGE, ""), elementUri, marker.getAttribute(IMarker.LOCATION, ""), data,
                element);
    }
}
