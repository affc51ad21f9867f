package tandem.team.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Stable keys of the elements of one plan document, so that the same element is found in the three versions of a
 * merge whatever its position.
 * <p>
 * An element with an id is keyed by its id. An element without one (a staffing interval, a menu option, a reading)
 * is keyed by its parent's key, the list it sits in and its natural key: the first attribute its type declares
 * (a staffing interval's start, a menu option's key, a reading's date), numbered when several share it. A single
 * contained element (a campaign's offer) is keyed by its parent and the feature.
 */
final class ElementIndex {

    static final String ROOTS = "contents";

    private final Map<String, EObject> byKey = new HashMap<>();
    private final Map<EObject, String> keyOf = new IdentityHashMap<>();
    private final Map<EClass, EAttribute> naturalKeys;
    private final Resource resource;

    ElementIndex(Resource resource, Map<EClass, EAttribute> naturalKeys) {
        this.resource = resource;
        this.naturalKeys = naturalKeys;
        if (resource != null) {
            List<String> keys = childKeys("", ROOTS, resource.getContents());
            for (int i = 0; i < keys.size(); i++) {
                add(keys.get(i), resource.getContents().get(i));
            }
        }
    }

    Resource resource() {
        return resource;
    }

    EObject get(String key) {
        return byKey.get(key);
    }

    String keyOf(EObject element) {
        return keyOf.get(element);
    }

    boolean contains(EObject element) {
        return keyOf.containsKey(element);
    }

    private void add(String key, EObject element) {
        byKey.putIfAbsent(key, element);
        keyOf.put(element, key);
        for (EReference containment : element.eClass().getEAllContainments()) {
            if (!Features.merged(containment)) {
                continue;
            }
            if (containment.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> children = (EList<EObject>) element.eGet(containment);
                List<String> keys = childKeys(key, containment.getName(), children);
                for (int i = 0; i < keys.size(); i++) {
                    add(keys.get(i), children.get(i));
                }
            } else {
                EObject child = (EObject) element.eGet(containment);
                if (child != null) {
                    add(singleKey(key, containment.getName(), child), child);
                }
            }
        }
    }

    /** The keys of the elements of one containment list, in list order. */
    List<String> childKeys(String parentKey, String feature, List<? extends EObject> children) {
        List<String> keys = new ArrayList<>(children.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < children.size(); i++) {
            EObject child = children.get(i);
            String id = idOf(child);
            if (id != null) {
                keys.add("id:" + id);
                continue;
            }
            EAttribute natural = naturalKey(child.eClass());
            String value = natural == null ? "#" + i : String.valueOf(child.eGet(natural));
            int occurrence = seen.merge(value, 1, Integer::sum) - 1;
            keys.add(parentKey + "/" + feature + "[" + value + (occurrence == 0 ? "" : "#" + occurrence) + "]");
        }
        return keys;
    }

    static String singleKey(String parentKey, String feature, EObject child) {
        String id = idOf(child);
        return id != null ? "id:" + id : parentKey + "/" + feature;
    }

    static String idOf(EObject element) {
        EAttribute id = element.eClass().getEIDAttribute();
        Object value = id == null ? null : element.eGet(id);
        return value == null ? null : value.toString();
    }

    /** The attribute that identifies an element without an id among its siblings, or {@code null}. */
    EAttribute naturalKey(EClass type) {
        return naturalKeys.computeIfAbsent(type, t -> {
            for (EAttribute attribute : t.getEAllAttributes()) {
                if (!attribute.isMany() && Features.merged(attribute) && !attribute.isID()) {
                    return attribute;
                }
            }
            return null;
        });
    }

    /** Whether the feature is part of what a merge compares (stored, changeable, not the container). */
    static final class Features {
        private Features() {
        }

        static boolean merged(EStructuralFeature feature) {
            return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                    && !(feature instanceof EReference reference && reference.isContainer());
        }
    }
}
