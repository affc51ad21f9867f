package tandem.core.documents;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.core.text.Words;

/**
 * Readable paths to model elements for messages, e.g. {@code Contact center 'Acme' / Queue 'Billing'}: types in
 * words ({@link Words}), as the Problems view, the command line and the merge reports show them to planners.
 */
public final class ElementPaths {

    private ElementPaths() {
    }

    public static String of(EObject element) {
        StringBuilder path = new StringBuilder();
        for (EObject e = element; e != null; e = e.eContainer()) {
            String step = step(e);
            path.insert(0, path.length() == 0 ? step : step + " / ");
        }
        return path.toString();
    }

    /** One element as {@code Type 'name'}, or {@code Type #id}, or just the type. */
    public static String step(EObject element) {
        String type = typeName(element.eClass());
        Object name = attribute(element, "name");
        if (name == null) {
            name = attribute(element, "title");
        }
        if (name != null && !name.toString().isBlank()) {
            return type + " '" + name + "'";
        }
        Object id = element.eClass().getEIDAttribute() == null ? null
                : element.eGet(element.eClass().getEIDAttribute());
        return id == null ? type : type + " #" + id;
    }

    /** A model class in words: {@code IvrScript} is "IVR script", {@code HoursCheck} "Hours check". */
    public static String typeName(EClass type) {
        return Words.of(type.getName());
    }

    private static Object attribute(EObject element, String name) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        return feature == null || feature.isMany() ? null : element.eGet(feature);
    }
}
