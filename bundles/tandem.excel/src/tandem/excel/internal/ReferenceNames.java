package tandem.excel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import tandem.excel.ReferenceScope;

/**
 * What a workbook cell writes for a reference: the target's name when that name identifies it (no other candidate
 * of the type has that name or that id), otherwise its id. Planners read names; ids keep the cell unambiguous.
 */
public final class ReferenceNames {

    private final EObject root;
    private final ReferenceScope scope;
    private Map<EClass, List<EObject>> documentIndex;
    private final Map<EClass, Counts> counts = new HashMap<>();
    private final Map<EClass, Counts> documentCounts = new HashMap<>();
    private final Map<EObject, String> cache = new IdentityHashMap<>();
    private final Map<EObject, String> documentCache = new IdentityHashMap<>();

    public ReferenceNames(EObject root, ReferenceScope scope) {
        this.root = root;
        this.scope = scope;
    }

    /** The text for a reference of the given type to the target, unique among the document and the scope. */
    public String text(EObject target, EClass type) {
        return cache.computeIfAbsent(target, t -> text(t, counts.computeIfAbsent(type, this::countAll)));
    }

    /** The text naming an element of the document among the document's elements of the given type. */
    public String documentText(EObject target, EClass type) {
        return documentCache.computeIfAbsent(target,
                t -> text(t, documentCounts.computeIfAbsent(type, c -> count(documentCandidates(c)))));
    }

    private static String text(EObject target, Counts counts) {
        if (target.eIsProxy()) {
            String fragment = ((InternalEObject) target).eProxyURI().fragment();
            return fragment == null ? "" : fragment;
        }
        String name = Elements.name(target);
        String id = Elements.id(target);
        if (name != null && counts.names.getOrDefault(name, 0) == 1 && (!counts.ids.contains(name)
                || name.equals(id))) {
            return name;
        }
        return id != null ? id : name != null ? name : "";
    }

    private Counts countAll(EClass type) {
        List<EObject> all = new ArrayList<>(documentCandidates(type));
        Set<EObject> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(all);
        for (EObject candidate : scope.candidates(type)) {
            if (seen.add(candidate)) {
                all.add(candidate);
            }
        }
        return count(all);
    }

    private static Counts count(List<EObject> candidates) {
        Counts counts = new Counts();
        for (EObject candidate : candidates) {
            String name = Elements.name(candidate);
            if (name != null) {
                counts.names.merge(name, 1, Integer::sum);
            }
            String id = Elements.id(candidate);
            if (id != null) {
                counts.ids.add(id);
            }
        }
        return counts;
    }

    private List<EObject> documentCandidates(EClass type) {
        if (documentIndex == null) {
            documentIndex = new LinkedHashMap<>();
            index(root);
            for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
                index(all.next());
            }
        }
        List<EObject> found = new ArrayList<>();
        documentIndex.forEach((eClass, objects) -> {
            if (type.isSuperTypeOf(eClass)) {
                found.addAll(objects);
            }
        });
        return found;
    }

    private void index(EObject object) {
        if (object.eClass().getEIDAttribute() != null) {
            documentIndex.computeIfAbsent(object.eClass(), c -> new ArrayList<>()).add(object);
        }
    }

    private static final class Counts {
        final Map<String, Integer> names = new HashMap<>();
        final Set<String> ids = new HashSet<>();
    }
}
