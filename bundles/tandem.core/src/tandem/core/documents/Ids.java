package tandem.core.documents;

import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Stable element ids. Plans reference each other by id, so an id is given once and never changes, whatever the
 * element is renamed to. Ids read like {@code queue-3f9a2c1b}: the type for humans reading a diff, a random part
 * so that two planners adding elements on two branches do not collide.
 */
public final class Ids {

    private Ids() {
    }

    /** A fresh id for an element of the given type. */
    public static String newId(EClass type) {
        String prefix = type.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Gives every element of the resource that has an id attribute but no id a fresh one. */
    public static void assignMissing(Resource resource) {
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            assignIfMissing(all.next());
        }
    }

    /** Gives the element a fresh id if its type has an id attribute and it has none. */
    public static void assignIfMissing(EObject element) {
        EAttribute id = element.eClass().getEIDAttribute();
        if (id != null && id.getEAttributeType().getInstanceClass() == String.class && !id.isDerived()
                && element.eGet(id) == null) {
            element.eSet(id, newId(element.eClass()));
        }
    }
}
