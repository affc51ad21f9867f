package tandem.checks;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.ElementPaths;

/**
 * A problem a check found.
 *
 * @param ruleId      the check's stable id, e.g. {@code alignment.staffing-covers-lift}
 * @param checklistId the checklist the check belongs to
 * @param severity    how bad it is
 * @param message     one sentence for the planner
 * @param elementUri  the element the finding is about (file URI with the element's id as fragment)
 * @param elementPath a readable path to the element, e.g. {@code CampaignCalendar 'Spring' / Campaign 'Giveaway'}
 * @param data        values the quick fixes need
 * @param element     the element itself while the plans are loaded; {@code null} when rebuilt from a marker
 */
public record Finding(String ruleId, String checklistId, Severity severity, String message, URI elementUri,
        String elementPath, Map<String, String> data, EObject element) {

    public Finding {
        data = Map.copyOf(data);
    }

    /** The file the finding is in, as the planner names it. */
    public String file() {
        URI file = elementUri.trimFragment();
        if (file.isPlatformResource()) {
            return file.toPlatformString(true).substring(1);
        }
        return file.isFile() ? file.toFileString() : file.toString();
    }

    /**
     * The element whose URI the finding's data holds under the key, resolved in a resource set (an editor's, for a
     * quick fix), loading its document if need be. Empty when the data has no such key, the URI is not one, the
     * document is gone or cannot be read, or the element is not there or not of the type: the plans changed since
     * the check, and a fix that needs it no longer applies.
     */
    public <T extends EObject> Optional<T> resolve(String key, ResourceSet set, Class<T> type) {
        String uri = data.get(key);
        if (uri == null) {
            return Optional.empty();
        }
        try {
            EObject found = set.getEObject(URI.createURI(uri), true);
            return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed URI, or a document that is gone or unreadable
        }
    }

    /**
     * The finding on one line, naming its element once: the element's path, then the message, which continues the
     * path when it starts with the element ({@link ElementPaths#withMessage}). The command line prints it.
     */
    public String text() {
        return ElementPaths.withMessage(elementPath, message);
    }

    /** The finding as an EMF diagnostic: source is the rule id, data the element and the fix data. */
    public Diagnostic toDiagnostic() {
        int emfSeverity = switch (severity) {
        case ERROR -> Diagnostic.ERROR;
        case WARNING -> Diagnostic.WARNING;
        case INFO -> Diagnostic.INFO;
        };
        return new BasicDiagnostic(emfSeverity, ruleId, 0, message, new Object[] { element, data });
    }
}
