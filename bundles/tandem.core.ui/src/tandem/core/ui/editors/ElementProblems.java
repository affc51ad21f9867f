package tandem.core.ui.editors;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The problems reported on the elements of one plan file: problem markers that name their element with an
 * {@value #ELEMENT_URI} attribute (the checks do). Editors use it to mark rows and to jump to the element of a
 * marker.
 */
public final class ElementProblems implements IResourceChangeListener {

    /** Marker attribute holding the URI of the model element a problem is about. */
    public static final String ELEMENT_URI = "elementUri";

    /** The worst problem on an element. */
    public record Problem(int severity, String message) {
    }

    private final IFile file;
    private final Runnable onChange;
    private Map<String, Problem> byElement = Map.of();

    public ElementProblems(IFile file, Runnable onChange) {
        this.file = file;
        this.onChange = onChange;
        read();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** The worst problem on the element, or {@code null}. */
    public Problem of(EObject element) {
        String fragment = EcoreUtil.getURI(element).fragment();
        return fragment == null ? null : byElement.get(fragment);
    }

    private void read() {
        Map<String, Problem> problems = new HashMap<>();
        try {
            if (file.exists()) {
                for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
                    String uri = marker.getAttribute(ELEMENT_URI, null);
                    if (uri == null || !uri.contains("#")) {
                        continue;
                    }
                    String fragment = uri.substring(uri.indexOf('#') + 1);
                    int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                    Problem known = problems.get(fragment);
                    if (known == null || severity > known.severity()) {
                        problems.put(fragment, new Problem(severity, marker.getAttribute(IMarker.MESSAGE, "")));
                    }
                }
            }
        } catch (CoreException e) {
            // No markers to show; the Problems view reports the same information.
        }
        byElement = problems;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta != null && (delta.getFlags() & IResourceDelta.MARKERS) != 0) {
            read();
            onChange.run();
        }
    }

    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
