package tandem.checks.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.checks.CheckReport;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.LoadProblem;

/**
 * The markers check findings become, written and read back here only. One marker type, {@code tandem.checks.problem}
 * (a persistent problem marker), carries the rule id, the checklist, the element's URI and readable path, and the
 * finding's data for quick fixes ({@code data.<key>} attributes). Files that could not be read get markers of the
 * rule {@value #UNREADABLE}.
 */
public final class CheckMarkers {

    public static final String TYPE = "tandem.checks.problem";
    public static final String RULE_ID = "ruleId";
    public static final String CHECKLIST_ID = "checklistId";
    public static final String ELEMENT_URI = tandem.core.ui.editors.ElementProblems.ELEMENT_URI;
    public static final String DATA_PREFIX = "data.";

    /** Rule id of markers for plan files that could not be read. */
    public static final String UNREADABLE = "tandem.unreadable";

    private CheckMarkers() {
    }

    /**
     * Brings a project's markers in step with a check: the markers of the checks that ran and of unreadable files
     * are replaced; those of the other checks stay. Run it in a workspace operation on the project.
     *
     * @param ran        the ids of the checks that ran, or {@code null} when every check did
     * @param findings   what the checks that ran found; findings outside the workspace get no marker
     * @param unreadable the plan files that could not be read (workspace URIs), with why
     */
    public static void update(IProject project, Set<String> ran, List<Finding> findings,
            Map<URI, List<LoadProblem>> unreadable) throws CoreException {
        for (IMarker marker : project.findMarkers(TYPE, true, IResource.DEPTH_INFINITE)) {
            String rule = marker.getAttribute(RULE_ID, "");
            if (ran == null || ran.contains(rule) || UNREADABLE.equals(rule)) {
                marker.delete();
            }
        }
        for (Finding finding : findings) {
            IFile target = fileOf(finding.elementUri());
            if (target == null || !target.exists()) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, message(finding.message()));
            attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
            });
            attributes.put(IMarker.LOCATION, finding.elementPath());
            attributes.put(RULE_ID, finding.ruleId());
            attributes.put(CHECKLIST_ID, finding.checklistId());
            attributes.put(ELEMENT_URI, finding.elementUri().toString());
            finding.data().forEach((key, value) -> attributes.put(DATA_PREFIX + key, value));
            target.createMarker(TYPE, attributes);
        }
        for (Map.Entry<URI, List<LoadProblem>> entry : unreadable.entrySet()) {
            IFile file = fileOf(entry.getKey());
            if (file == null || !file.exists()) {
                continue;
            }
            for (LoadProblem problem : entry.getValue()) {
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.MESSAGE, message(problem.reason()));
                attributes.put(IMarker.SEVERITY, problem.severity() == LoadProblem.Severity.ERROR
                        ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                if (problem.line() > 0) {
                    attributes.put(IMarker.LINE_NUMBER, problem.line());
                }
                attributes.put(RULE_ID, UNREADABLE);
                file.createMarker(TYPE, attributes);
            }
        }
    }

    /**
     * A finding's message as its marker holds it: without the closing full stop, as Eclipse writes problem
     * messages, because the Problems view, the Quick Fix dialog ("Select the fix for '...'.") and the status line
     * quote it in sentences of their own, which would otherwise end in doubled punctuation ("'Goodbye'.'.").
     */
    public static String message(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.endsWith(".") && !trimmed.endsWith("..") ? trimmed.substring(0, trimmed.length() - 1)
                : trimmed;
    }

    /** The workspace file of a {@code platform:/resource} URI (its fragment ignored), else {@code null}. */
    public static IFile fileOf(URI uri) {
        URI file = uri.trimFragment();
        return file.isPlatformResource()
                ? ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(file.toPlatformString(true)))
                : null;
    }

    /** The finding a marker stands for, with its element resolved in the resource set (loading it if need be). */
    public static Finding findingOf(IMarker marker, ResourceSet set) {
        return findingOf(marker, uri -> set.getEObject(uri, true));
    }

    /**
     * The finding a marker stands for, without its element (as when the plans are not loaded), or {@code null} when
     * the marker is not about an element (an unreadable file) or is gone.
     */
    public static Finding findingOf(IMarker marker) {
        return findingOf(marker, uri -> null);
    }

    private static Finding findingOf(IMarker marker, Function<URI, EObject> resolve) {
        String uri = marker.getAttribute(ELEMENT_URI, null);
        if (uri == null) {
            return null;
        }
        URI elementUri = URI.createURI(uri);
        Map<String, String> data = new HashMap<>();
        try {
            marker.getAttributes().forEach((key, value) -> {
                if (key.startsWith(DATA_PREFIX)) {
                    data.put(key.substring(DATA_PREFIX.length()), String.valueOf(value));
                }
            });
        } catch (CoreException e) {
            return null;
        }
        int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
        return new Finding(marker.getAttribute(RULE_ID, ""), marker.getAttribute(CHECKLIST_ID, ""),
                severity == IMarker.SEVERITY_ERROR ? Severity.ERROR
                        : severity == IMarker.SEVERITY_WARNING ? Severity.WARNING : Severity.INFO,
                marker.getAttribute(IMarker.MESSAGE, ""), elementUri, marker.getAttribute(IMarker.LOCATION, ""), data,
                resolve.apply(elementUri));
    }

    /**
     * What the markers of a project say the last check found, with the outcomes that check recorded: the report of
     * a check of an earlier session, when nothing has changed since.
     */
    public static CheckReport reportOf(IProject project, Map<String, CheckReport.Outcome> outcomes)
            throws CoreException {
        List<Finding> findings = new ArrayList<>();
        for (IMarker marker : project.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
            Finding finding = findingOf(marker);
            if (finding != null) {
                findings.add(finding);
            }
        }
        return new CheckReport(findings, outcomes);
    }

    /** How many check markers a project has (those of unreadable files included). */
    public static int count(IProject project) throws CoreException {
        return project.findMarkers(TYPE, false, IResource.DEPTH_INFINITE).length;
    }
}
