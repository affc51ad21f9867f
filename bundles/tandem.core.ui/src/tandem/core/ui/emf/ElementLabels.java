package tandem.core.ui.emf;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import tandem.core.documents.ElementPaths;

/**
 * The text planners read for a model value in every view (tables, the Outline, the Properties view, drop-downs),
 * instead of EMF's generated labels, which name the type before the value ("Opening Hours Standard hours", "Queue
 * Billing") and show enumeration ids ("Weekly Hours monday", "emailBlast"): an element with a name is its name (its
 * icon tells the type), an enumeration value its display name ({@link DisplayNames}), a yes-or-no value "Yes" or
 * "No", a list its items' texts.
 */
public final class ElementLabels {

    private ElementLabels() {
    }

    /**
     * The value as text.
     *
     * @param labels the item provider's labels for what has no name, or {@code null}
     */
    public static String textOf(Object value, IItemLabelProvider labels) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            StringJoiner text = new StringJoiner(", ");
            values.forEach(item -> text.add(textOf(item, labels)));
            return text.toString();
        }
        if (value instanceof Enumerator enumerator) {
            return DisplayNames.of(enumerator);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No"; // not "true", not "Closed: true"
        }
        if (value instanceof EObject element) {
            String name = nameOf(element);
            if (name != null) {
                return name;
            }
        }
        String text = labels == null ? String.valueOf(value) : labels.getText(value);
        if (text == null) {
            return "";
        }
        if (value instanceof EObject element) {
            String step = generatedIdShown(element, text) ? ElementPaths.step(element) : null;
            if (step != null && !step.contains(" #")) {
                return step; // "Session 2027-03-24 08:00", not "Session session-3f9a2c1b"
            }
            return ISO_MINUTE.matcher(enumerationsInWords(element, text)).replaceAll("$1 $2");
        }
        return text;
    }

    /** A date and time as EMF's generated labels write it ({@code 2027-03-01T08:00}). */
    private static final Pattern ISO_MINUTE = Pattern.compile("\\b(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d)\\b");

    /** Whether the label shows the element's generated id, as EMF labels an element by its id when it has no name. */
    private static boolean generatedIdShown(EObject element, String text) {
        EAttribute id = element.eClass().getEIDAttribute();
        Object value = id == null ? null : element.eGet(id);
        return value != null && !value.toString().isBlank() && text.contains(value.toString());
    }

    /** The element's name or title, if it has one that is not blank. */
    private static String nameOf(EObject element) {
        for (String feature : new String[] { "name", "title" }) {
            EStructuralFeature attribute = element.eClass().getEStructuralFeature(feature);
            if (attribute instanceof EAttribute && !attribute.isMany()
                    && element.eGet(attribute) instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** A generated label that ends in an enumeration id ("Weekly Hours monday") ends in its display name instead. */
    private static String enumerationsInWords(EObject element, String text) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEType() instanceof EEnum && !attribute.isMany()
                    && element.eGet(attribute) instanceof Enumerator value && value.getLiteral() != null
                    && text.endsWith(" " + value.getLiteral())) {
                return text.substring(0, text.length() - value.getLiteral().length()) + DisplayNames.of(value);
            }
        }
        return text;
    }
}
