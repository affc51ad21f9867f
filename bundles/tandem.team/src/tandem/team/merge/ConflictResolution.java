package tandem.team.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.ElementPaths;
import tandem.team.merge.ElementIndex.Features;

/**
 * Takes one side of one {@link Conflict} in a merged plan document. The merged document holds our side of every
 * conflict ({@link PlanMerge}), so taking {@link Side#MINE} changes nothing; taking {@link Side#THEIRS} applies their
 * version of exactly the conflicting attribute, reference, element or list order, found again by the conflict's
 * stable element key, and leaves everything else as merged.
 */
public final class ConflictResolution {

    /** The side a planner picks for a conflict. */
    public enum Side {
        /** Our version: what the merged plan already holds. */
        MINE,
        /** Their version: the published one. */
        THEIRS
    }

    private final Resource merged;
    private final Resource theirs;
    private final Map<EClass, EAttribute> naturalKeys = new HashMap<>();
    private final Map<EObject, EObject> copies = new IdentityHashMap<>();

    private ConflictResolution(Resource merged, Resource theirs) {
        this.merged = merged;
        this.theirs = theirs;
    }

    /**
     * Applies the picked side of a conflict to the merged document.
     *
     * @param merged   the merged document (our side of each conflict), changed when {@code side} is THEIRS
     * @param theirs   their version of the document, not changed
     * @param conflict a conflict the merge of these documents reported
     * @param side     the side to keep
     * @throws IllegalArgumentException with a one-line message when the conflict's element is no longer in the
     *                                  documents (the plan was edited since) or their version could not be read
     */
    public static void take(Resource merged, Resource theirs, Conflict conflict, Side side) {
        if (side == Side.MINE) {
            return;
        }
        new ConflictResolution(merged, theirs).takeTheirs(conflict);
    }

    private void takeTheirs(Conflict conflict) {
        ElementIndex mi = new ElementIndex(merged, naturalKeys);
        ElementIndex ti = new ElementIndex(theirs, naturalKeys);
        switch (conflict.kind()) {
        case BOTH_CHANGED -> takeFeature(conflict, element(mi, conflict, "the merged plan"),
                element(ti, conflict, "their version"), ti);
        case DELETED_BY_THEM_CHANGED_BY_US -> EcoreUtil.delete(element(mi, conflict, "the merged plan"), true);
        case DELETED_BY_US_CHANGED_BY_THEM -> restore(element(ti, conflict, "their version"), mi, ti);
        case ORDER -> reorder(conflict, mi, ti);
        case UNREADABLE -> throw new IllegalArgumentException(conflict.element()
                + ": there is no plan to take a side of; fix the file, then update again");
        }
        if (!copies.isEmpty()) {
            fixReferences(ti);
        }
    }

    private static EObject element(ElementIndex index, Conflict conflict, String where) {
        EObject element = index.get(conflict.elementKey());
        if (element == null) {
            throw new IllegalArgumentException(conflict.element() + " is no longer in " + where
                    + " (the plan changed since the update)");
        }
        return element;
    }

    private void takeFeature(Conflict conflict, EObject o, EObject t, ElementIndex ti) {
        EStructuralFeature feature = o.eClass().getEStructuralFeature(conflict.feature());
        if (feature == null) {
            throw new IllegalArgumentException(conflict.element() + " has no " + conflict.feature());
        }
        if (feature instanceof EAttribute attribute) {
            PlanMerge.copyValue(t, o, attribute);
        } else if (feature instanceof EReference reference && reference.isContainment()) {
            EObject child = (EObject) t.eGet(reference);
            o.eSet(reference, child == null ? null : copy(child));
        } else {
            EReference reference = (EReference) feature;
            PlanMerge.setTargets(o, reference, t, ti, new ElementIndex(merged, naturalKeys), merged.getURI());
        }
    }

    /** Puts their element back where they have it: after the element preceding it there, or first. */
    private void restore(EObject t, ElementIndex mi, ElementIndex ti) {
        EObject parent = t.eContainer();
        EReference containment = t.eContainmentFeature();
        List<EObject> target;
        List<EObject> theirList;
        if (parent == null) {
            target = merged.getContents();
            theirList = theirs.getContents();
        } else {
            EObject mp = mi.get(ti.keyOf(parent));
            if (mp == null) {
                throw new IllegalArgumentException(ElementPaths.of(t)
                        + " cannot be restored: its parent is no longer in the merged plan");
            }
            if (!containment.isMany()) {
                mp.eSet(containment, copy(t));
                return;
            }
            target = list(mp, containment);
            theirList = list(parent, containment);
        }
        int index = 0;
        for (int i = theirList.indexOf(t) - 1; i >= 0; i--) {
            EObject before = mi.get(ti.keyOf(theirList.get(i)));
            int at = before == null ? -1 : target.indexOf(before);
            if (at >= 0) {
                index = at + 1;
                break;
            }
        }
        target.add(index, copy(t));
    }

    /** Their order for the elements both have; the merged plan's other elements follow the one before them. */
    private void reorder(Conflict conflict, ElementIndex mi, ElementIndex ti) {
        List<EObject> mine;
        List<EObject> their;
        if (conflict.elementKey().isEmpty() && ElementIndex.ROOTS.equals(conflict.feature())) {
            mine = merged.getContents();
            their = theirs.getContents();
        } else {
            EObject mp = element(mi, conflict, "the merged plan");
            EObject tp = element(ti, conflict, "their version");
            EStructuralFeature feature = mp.eClass().getEStructuralFeature(conflict.feature());
            if (!(feature instanceof EReference reference) || !reference.isMany()) {
                throw new IllegalArgumentException(conflict.element() + " has no list " + conflict.feature());
            }
            mine = list(mp, reference);
            their = list(tp, reference);
        }
        Map<String, EObject> byKey = new LinkedHashMap<>();
        for (EObject element : mine) {
            byKey.put(mi.keyOf(element), element);
        }
        List<EObject> ordered = new ArrayList<>(mine.size());
        for (EObject element : their) {
            EObject found = byKey.remove(ti.keyOf(element));
            if (found != null) {
                ordered.add(found);
            }
        }
        // Elements only the merged plan has keep their place after the element they followed there.
        for (EObject extra : byKey.values()) {
            int at = mine.indexOf(extra);
            int index = 0;
            for (int i = at - 1; i >= 0; i--) {
                int placed = ordered.indexOf(mine.get(i));
                if (placed >= 0) {
                    index = placed + 1;
                    break;
                }
            }
            ordered.add(index, extra);
        }
        ECollections.setEList((EList<EObject>) mine, ordered);
    }

    private EObject copy(EObject original) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
        EObject copy = copier.copy(original);
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            copies.put(entry.getValue(), entry.getKey());
        }
        return copy;
    }

    /** Points the references of copied elements at the merged plan's elements (or proxies), never at theirs. */
    private void fixReferences(ElementIndex ti) {
        ElementIndex mi = new ElementIndex(merged, naturalKeys);
        URI document = merged.getURI();
        for (Map.Entry<EObject, EObject> entry : copies.entrySet()) {
            for (EReference reference : entry.getKey().eClass().getEAllReferences()) {
                if (!reference.isContainment() && Features.merged(reference)) {
                    PlanMerge.setTargets(entry.getKey(), reference, entry.getValue(), ti, mi, document);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject element, EReference containment) {
        return (List<EObject>) element.eGet(containment);
    }
}
