package tandem.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;

/**
 * Checks one folder of plans again and again as its files change, doing only what the change requires: the plan
 * documents are kept from one check to the next, keyed by file URI and modification stamp; a file whose stamp or
 * unsaved content is not what was loaded (added and removed files too) is loaded again, only the checks that read
 * the changed models run, and their findings replace theirs in the report while the other checks' findings stay.
 * <p>
 * Headless: the workbench keeps one session per project, a command line watching a folder could keep one too. Not
 * thread-safe: one check at a time per session.
 */
public final class CheckSession {

    /**
     * A plan file as it is now.
     *
     * @param uri     where the document is loaded from, and the URI its findings name
     * @param stamp   its modification stamp: any change of the file changes it
     * @param unsaved the content to check instead of the file's (an editor's unsaved changes), or {@code null}
     */
    public record PlanFile(URI uri, long stamp, byte[] unsaved) {
    }

    /**
     * What a check of the session did.
     *
     * @param report      every finding and outcome now: those of the checks that ran, and the others' from before
     * @param fresh       what the checks that ran found
     * @param allChecks   whether every check ran (so that nothing from before is kept)
     * @param unreadable  the files that could not be read, with why
     */
    public record Run(CheckReport report, CheckReport fresh, boolean allChecks,
            Map<URI, List<LoadProblem>> unreadable) {

        public Run {
            unreadable = Collections.unmodifiableMap(new LinkedHashMap<>(unreadable));
        }

        /** The ids of the checks that ran, whose findings replace their earlier ones. */
        public Set<String> ran() {
            return fresh.outcomes().keySet();
        }
    }

    /** Where a document came from: the stamp and unsaved content it was loaded from ({@code null}: unreadable). */
    private record Source(Resource resource, long stamp, byte[] unsaved) {
        boolean same(PlanFile file) {
            return stamp == file.stamp() && Arrays.equals(unsaved, file.unsaved());
        }
    }

    private final ResourceSet set = PlanDocuments.createResourceSet();
    private final Map<URI, Source> sources = new HashMap<>();
    private final Map<URI, List<LoadProblem>> unreadable = new LinkedHashMap<>();
    private PlanSet plans;
    private CheckReport report;

    /** A session whose plans' references may load plan files of the checked files' folders only. */
    public CheckSession() {
    }

    /**
     * A session whose plans' references may also load plan files below these folders (a workbench project's
     * {@code platform:/resource/<project>/}), and nothing outside them.
     */
    public CheckSession(Collection<URI> folders) {
        PlanDocuments.confineTo(set, folders);
    }

    /** The report of the last check, or {@code null} before the first. */
    public CheckReport report() {
        return report;
    }

    /**
     * Brings the documents in step with the files and runs the checks that the changes can affect; the first check
     * of a session loads every file and runs every check.
     *
     * @param files     every plan file of the folder, as it is now
     * @param runner    the checks to run, with their settings
     * @param allChecks run every check, not only those reading changed models (after a change of the settings)
     * @return what was checked, or {@code null} when nothing the checks read has changed and not every check was
     *         asked for
     */
    public Run check(List<PlanFile> files, CheckRunner runner, boolean allChecks) {
        boolean everything = plans == null;
        boolean touched = false; // a file was added, removed or loaded again
        Set<Resource> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> changedPackages = new HashSet<>();
        Set<URI> present = new HashSet<>();
        files.forEach(file -> present.add(file.uri()));
        for (URI gone : List.copyOf(sources.keySet())) {
            if (!present.contains(gone)) {
                touched = true;
                Source source = sources.remove(gone);
                unreadable.remove(gone);
                if (source.resource() != null) {
                    packagesOf(source.resource(), changedPackages);
                    changed.add(source.resource());
                    unload(source.resource());
                }
            }
        }
        List<Resource> documents = new ArrayList<>();
        for (PlanFile file : files) {
            Source source = sources.get(file.uri());
            if (source != null && source.same(file)) {
                if (source.resource() != null) {
                    documents.add(source.resource());
                }
                continue;
            }
            touched = true;
            if (source != null && source.resource() != null) {
                // Other documents' references to its elements become proxies, resolved again in the new document.
                packagesOf(source.resource(), changedPackages);
                changed.add(source.resource());
                unload(source.resource());
            } else if (source == null && set.getResource(file.uri(), false) != null) {
                // Loaded already because another document refers to it.
                unload(set.getResource(file.uri(), false));
            }
            unreadable.remove(file.uri());
            Resource resource = null;
            try {
                resource = load(file);
                documents.add(resource);
                packagesOf(resource, changedPackages);
                changed.add(resource);
            } catch (PlanDocumentException e) {
                unreadable.put(file.uri(), e.problems());
            }
            sources.put(file.uri(), new Source(resource, file.stamp(), file.unsaved()));
        }
        if (!everything && !allChecks && !touched) {
            return null; // nothing the checks read has changed
        }
        if (everything) {
            plans = PlanSets.of(set, documents);
        } else if (!changed.isEmpty() || !documents.equals(plans.documents())) {
            plans = PlanSets.afterChange(plans, documents, changed);
        }
        boolean rerunAll = everything || allChecks;
        CheckReport fresh = runner.run(plans, check -> rerunAll || check.isAffectedBy(changedPackages));
        report = rerunAll || report == null ? fresh : merge(report, fresh);
        return new Run(report, fresh, rerunAll, unreadable);
    }

    private void unload(Resource resource) {
        resource.unload();
        set.getResources().remove(resource);
    }

    private static void packagesOf(Resource resource, Set<String> packages) {
        for (EObject root : resource.getContents()) {
            packages.add(root.eClass().getEPackage().getNsURI());
        }
    }

    private Resource load(PlanFile file) throws PlanDocumentException {
        if (file.unsaved() == null) {
            return PlanDocuments.load(set, file.uri());
        }
        Resource resource = set.createResource(file.uri());
        try {
            resource.load(new ByteArrayInputStream(file.unsaved()), set.getLoadOptions());
            return resource;
        } catch (IOException e) {
            set.getResources().remove(resource);
            return PlanDocuments.load(set, file.uri());
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
}
