package tandem.excel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The elements of other plan documents a workbook may refer to, for example the queues of the project's
 * contact-center setup. A reference cell names its target by id or by name; the scope is where those are looked
 * up. Elements are indexed on first use; the scope is a snapshot and is not meant to outlive one import or export.
 */
public final class ReferenceScope {

    /** No other documents: references can only point into the workbook's own document. */
    public static final ReferenceScope EMPTY = new ReferenceScope(List.of());

    private final List<Resource> resources;
    private Map<EClass, List<EObject>> byType;
    private final Map<EClass, List<EObject>> candidates = new HashMap<>();

    private ReferenceScope(Collection<? extends Resource> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The documents loaded in the resource set. */
    public static ReferenceScope of(ResourceSet set) {
        return new ReferenceScope(new ArrayList<>(set.getResources()));
    }

    public static ReferenceScope of(Collection<? extends Resource> resources) {
        return new ReferenceScope(resources);
    }

    /** The elements of the given type (or a subtype) in the scope's documents. */
    public synchronized List<EObject> candidates(EClass type) {
        return candidates.computeIfAbsent(type, t -> {
            List<EObject> found = new ArrayList<>();
            index().forEach((eClass, objects) -> {
                if (t.isSuperTypeOf(eClass)) {
                    found.addAll(objects);
                }
            });
            return List.copyOf(found);
        });
    }

    private Map<EClass, List<EObject>> index() {
        if (byType == null) {
            byType = new LinkedHashMap<>();
            for (Resource resource : resources) {
                for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
                    EObject object = all.next();
                    if (object.eClass().getEIDAttribute() != null) {
                        byType.computeIfAbsent(object.eClass(), c -> new ArrayList<>()).add(object);
                    }
                }
            }
        }
        return byType;
    }
}
