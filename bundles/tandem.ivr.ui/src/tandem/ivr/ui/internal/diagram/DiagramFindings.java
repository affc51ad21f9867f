package tandem.ivr.ui.internal.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.ui.editors.ElementProblems;
import tandem.core.validation.ModelValidation;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.flow.EdgeKind;
import tandem.ivr.ui.internal.diagram.FlowLayout.Arrow;
import tandem.ivr.ui.internal.diagram.FlowLayout.Box;
import tandem.ivr.ui.internal.diagram.FlowLayout.Diagram;

/**
 * What the diagram marks: the findings of the project's checks (problem markers on the script's file that name
 * their element) and the script's own validation problems (a slot that leads nowhere, a menu without no-match
 * handling), each put on the boxes and arrows of the elements they concern.
 * <p>
 * A finding on a node marks its box; a finding on the holder of an arrow (a menu option, a retry handler) marks
 * the arrow; a validation problem of a slot that leads nowhere marks the arrow to its "drops" box as well; and a
 * finding whose data names the handling it is about ({@code data.handling} = {@code noMatch} or {@code noInput}, as
 * the hang-up check reports) marks that arrow of its node too, so the path the caller takes is visible.
 */
public final class DiagramFindings {

    /** Marker attribute of the finding's data naming the retry handling it concerns. */
    static final String HANDLING = "data.handling";

    /**
     * What is marked on one box or arrow.
     *
     * @param severity the worst, as {@link IMarker#SEVERITY_ERROR}, {@link IMarker#SEVERITY_WARNING} or
     *                 {@link IMarker#SEVERITY_INFO}
     * @param messages every finding's message, worst first
     * @param markers  the check markers among them (those may have quick fixes)
     */
    public record Mark(int severity, List<String> messages, List<IMarker> markers) {

        /** The tooltip: the messages, one a line. */
        public String text() {
            return String.join("\n", messages);
        }
    }

    private record Finding(int severity, String message, IMarker marker, EObject element, String handling) {
    }

    private final Map<Object, Mark> marks = new IdentityHashMap<>();

    private DiagramFindings() {
    }

    /** The marks of a diagram from the file's markers (if it is a workspace file) and the script's validation. */
    public static DiagramFindings of(Diagram diagram, IvrScript script, IFile file) {
        DiagramFindings findings = new DiagramFindings();
        if (diagram == null || script == null) {
            return findings;
        }
        List<Finding> all = new ArrayList<>();
        all.addAll(markersOf(file, script));
        all.addAll(validationOf(script));
        Map<Object, List<Finding>> byTarget = new IdentityHashMap<>();
        for (Finding finding : all) {
            for (Object target : targetsOf(diagram, finding)) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(finding);
            }
        }
        byTarget.forEach((target, list) -> findings.marks.put(target, markOf(list)));
        return findings;
    }

    /** What is marked on a box or an arrow, or {@code null}. */
    public Mark of(Object boxOrArrow) {
        return boxOrArrow == null ? null : marks.get(boxOrArrow);
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    private static List<Object> targetsOf(Diagram diagram, Finding finding) {
        List<Object> targets = new ArrayList<>();
        Box box = diagram.boxOf(finding.element());
        if (box != null) {
            targets.add(box);
        }
        for (Arrow arrow : diagram.arrowsOf(finding.element())) {
            // A node's own findings are the box's; only its slot that leads nowhere carries them too.
            if (box == null || arrow.edge().isMissing() && finding.marker() == null) {
                targets.add(arrow);
            }
        }
        if (box != null && finding.handling() != null) {
            EdgeKind kind = "noMatch".equals(finding.handling()) ? EdgeKind.NO_MATCH
                    : "noInput".equals(finding.handling()) ? EdgeKind.NO_INPUT : null;
            for (Arrow arrow : diagram.arrows()) {
                if (arrow.edge() != null && arrow.edge().kind() == kind && arrow.edge().from() == finding.element()) {
                    targets.add(arrow);
                }
            }
        }
        return targets;
    }

    private static Mark markOf(List<Finding> findings) {
        findings.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
        Set<String> messages = new LinkedHashSet<>();
        List<IMarker> markers = new ArrayList<>();
        for (Finding finding : findings) {
            messages.add(finding.message());
            if (finding.marker() != null && !markers.contains(finding.marker())) {
                markers.add(finding.marker());
            }
        }
        return new Mark(findings.get(0).severity(), List.copyOf(messages), List.copyOf(markers));
    }

    private static List<Finding> markersOf(IFile file, IvrScript script) {
        List<Finding> findings = new ArrayList<>();
        if (file == null || !file.exists() || script.eResource() == null) {
            return findings;
        }
        try {
            for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
                String uri = marker.getAttribute(ElementProblems.ELEMENT_URI, null);
                if (uri == null || !uri.contains("#")) {
                    continue;
                }
                EObject element = script.eResource().getEObject(uri.substring(uri.indexOf('#') + 1));
                if (element != null) {
                    findings.add(new Finding(marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO),
                            marker.getAttribute(IMarker.MESSAGE, ""), marker, element,
                            marker.getAttribute(HANDLING, null)));
                }
            }
        } catch (CoreException e) {
            // No markers to show: the Problems view reports the same findings.
        }
        return findings;
    }

    private static List<Finding> validationOf(IvrScript script) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : ModelValidation.validate(script).getChildren()) {
            if (diagnostic.getSeverity() < Diagnostic.WARNING || diagnostic.getData().isEmpty()
                    || !(diagnostic.getData().get(0) instanceof EObject element)
                    || EcoreUtil.getRootContainer(element) != script) {
                continue;
            }
            findings.add(new Finding(diagnostic.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
                    : IMarker.SEVERITY_WARNING, diagnostic.getMessage(), null, element, null));
        }
        return findings;
    }
}
