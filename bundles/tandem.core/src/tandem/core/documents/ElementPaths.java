package tandem.core.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.core.text.Words;

/**
 * Readable paths to model elements for messages, e.g. {@code Contact center 'Acme' / Queue 'Billing'}: types in
 * words ({@link Words}), as the Problems view, the command line and the merge reports show them to planners.
 * <p>
 * An element is named by its name (or title, label, key). One without a name is named by what planners know it by,
 * its leading features (the first features its class declares, while they are a date, a time, an enumeration value
 * or a reference to a named element): a training session by its date and time ({@code Session 2027-03-24 08:00}), a
 * shift by its agent and start, an audience by its queue or team, weekly hours by their day, a staffing interval by
 * its start; one held alone in a feature of its container by that feature ({@code Menu 'Billing' / No match}). A
 * generated id ({@code Session #session-3f9a2c1b}) is the last resort, for an element that has nothing else.
 */
public final class ElementPaths {

    private static final String SEPARATOR = " / ";
    private static final String[] NAMES = { "name", "title", "label", "key" };
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ElementPaths() {
    }

    public static String of(EObject element) {
        StringBuilder path = new StringBuilder();
        for (EObject e = element; e != null; e = e.eContainer()) {
            String step = step(e);
            path.insert(0, path.length() == 0 ? step : step + SEPARATOR);
        }
        return path.toString();
    }

    /**
     * A message about an element on one line with the element's path, naming each element once: {@code path: message},
     * but a message that starts with the whole path is left as it is, and one that starts with the element's own step
     * ({@code Staffing plan 'Sales': on 2027-04-05, ...}, {@code Goal 'Reach 80%' has no deadline}) continues the
     * path of its container ({@code Goal set 'Service' / Goal 'Reach 80%' has no deadline}) instead of repeating it.
     */
    public static String withMessage(String path, String message) {
        if (path == null || path.isEmpty()) {
            return message;
        }
        if (message == null || message.isEmpty()) {
            return path;
        }
        if (startsWithStep(message, path)) {
            return message;
        }
        int last = path.lastIndexOf(SEPARATOR);
        String step = last < 0 ? path : path.substring(last + SEPARATOR.length());
        if (startsWithStep(message, step)) {
            return last < 0 ? message : path.substring(0, last) + SEPARATOR + message;
        }
        return path + ": " + message;
    }

    /** Whether the message starts with the step as a whole (not "Campaign 'Spring'" in "Campaign 'Spring 2'"). */
    private static boolean startsWithStep(String message, String step) {
        if (!message.regionMatches(true, 0, step, 0, step.length())) {
            return false;
        }
        return message.length() == step.length() || step.endsWith("'")
                || !Character.isLetterOrDigit(message.charAt(step.length()));
    }

    /** One element as {@code Type 'name'}, {@code Type 2027-03-24 08:00}, {@code Type #id}, or just the type. */
    public static String step(EObject element) {
        String type = typeName(element.eClass());
        String name = nameOf(element);
        if (name != null) {
            return type + " '" + name + "'";
        }
        EReference containment = element.eContainmentFeature();
        if (containment != null && !containment.isMany() && !Words.of(containment.getName()).equalsIgnoreCase(type)) {
            return Words.of(containment.getName());
        }
        String described = description(element);
        if (!described.isEmpty()) {
            return type + " " + described;
        }
        Object id = element.eClass().getEIDAttribute() == null ? null
                : element.eGet(element.eClass().getEIDAttribute());
        return id == null ? type : type + " #" + id;
    }

    /** A model class in words: {@code IvrScript} is "IVR script", {@code HoursCheck} "Hours check". */
    public static String typeName(EClass type) {
        return Words.of(type.getName());
    }

    /** The element's name, title, label or key, if it has one that is not blank. */
    private static String nameOf(EObject element) {
        for (String feature : NAMES) {
            EStructuralFeature attribute = element.eClass().getEStructuralFeature(feature);
            if (attribute instanceof EAttribute && !attribute.isMany() && element.eGet(attribute) != null
                    && !element.eGet(attribute).toString().isBlank()) {
                return element.eGet(attribute).toString().strip();
            }
        }
        return null;
    }

    /**
     * The element by its leading features: those its own class declares first, while they are a date, a time, a
     * date and time, an enumeration or a reference to another element (at most one of each; a time only after a
     * date, as the two make a moment). Empty when the class starts with anything else.
     */
    private static String description(EObject element) {
        List<String> parts = new ArrayList<>();
        boolean reference = false;
        boolean enumeration = false;
        boolean date = false;
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EAttribute attribute && attribute.isID() || feature.isTransient()
                    || isNaming(feature.getName())) {
                continue;
            }
            if (feature.isMany()) {
                break;
            }
            Object value = element.eGet(feature);
            if (feature instanceof EReference ref) {
                if (ref.isContainment() || ref.isContainer()) {
                    break;
                }
                if (!reference && value instanceof EObject target && !target.eIsProxy()
                        && nameOf(target) != null) {
                    parts.add("'" + nameOf(target) + "'");
                    reference = true;
                }
            } else if (feature.getEType() instanceof EEnum) {
                if (!enumeration && value instanceof Enumerator literal) {
                    parts.add(Words.of(literal.getLiteral()));
                }
                enumeration = true;
            } else if (value instanceof LocalDateTime moment) {
                if (!date) {
                    parts.add(moment.toLocalDate() + " " + MINUTES.format(moment));
                }
                date = true;
            } else if (value instanceof LocalDate day) {
                if (!date) {
                    parts.add(day.toString());
                }
                date = true;
            } else if (value instanceof LocalTime time) {
                if (date && !parts.isEmpty() && !parts.get(parts.size() - 1).contains(":")) {
                    parts.add(MINUTES.format(time));
                }
                date = true;
            } else if (isTemporal(feature) || feature.getEType() instanceof EEnum) {
                continue; // a date or time not set
            } else {
                break;
            }
        }
        return String.join(" ", parts);
    }

    /** The features that name an element, and its description, which says nothing about which one it is. */
    private static boolean isNaming(String feature) {
        return "description".equals(feature) || List.of(NAMES).contains(feature);
    }

    private static boolean isTemporal(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == LocalDate.class || type == LocalDateTime.class || type == LocalTime.class;
    }
}
