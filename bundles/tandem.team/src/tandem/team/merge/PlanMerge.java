package tandem.team.merge;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.documents.ElementPaths;
import tandem.core.text.Words;
import tandem.team.merge.Conflict.Kind;
import tandem.team.merge.ElementIndex.Features;

/**
 * Three-way merge of one plan document by stable element ids, by EMF reflection, so that it works for every plan
 * type (and for plan types contributed later).
 * <p>
 * Elements are matched across the common ancestor ({@code base}), our version and their version by their
 * {@linkplain ElementIndex stable key}, never by position. For every matched element, attribute, reference and
 * contained element the side that changed it wins; when both changed the same feature to different values that is
 * a {@link Conflict} and our value stays. Elements added on either side are kept; an element deleted on one side is
 * deleted unless the other side changed it (a conflict). Lists keep the order both sides agree on; when only one
 * side reordered a list, its order wins.
 * <p>
 * The merge is written into {@code ours}: afterwards it is the merged document (with our side of each conflict), a
 * valid plan that can be saved. References to other documents are compared and kept by URI and never resolved, so
 * a merge never reads other files.
 */
public final class PlanMerge {

    private static final String NONE = "(none)";

    private final ElementIndex base;
    private final ElementIndex ours;
    private final ElementIndex theirs;
    private final List<Conflict> conflicts = new ArrayList<>();
    /** Elements present on both sides (with their base, when there is one), for the reference pass. */
    private final List<EObject[]> matched = new ArrayList<>();
    /** Our copies of elements that only they added, with their originals. */
    private final Map<EObject, EObject> copiedFromThem = new IdentityHashMap<>();
    /** What came from their side, element by element, for {@link PlanDiff}. */
    private final List<PlanDiff.Change> changes = new ArrayList<>();
    private int taken;

    private PlanMerge(Resource base, Resource ours, Resource theirs) {
        Map<EClass, EAttribute> naturalKeys = new HashMap<>();
        this.base = new ElementIndex(base, naturalKeys);
        this.ours = new ElementIndex(ours, naturalKeys);
        this.theirs = new ElementIndex(theirs, naturalKeys);
    }

    /**
     * Merges their changes since {@code base} into {@code ours}.
     *
     * @param base   the common ancestor, or {@code null} when there is none (both sides added the file)
     * @param ours   our version; changed into the merged document
     * @param theirs their version; not changed
     * @return the conflicts (our side kept) and how much came from their side
     */
    public static MergeResult merge(Resource base, Resource ours, Resource theirs) {
        return run(base, ours, theirs).result();
    }

    private MergeResult result() {
        return new MergeResult(conflicts, taken);
    }

    static PlanMerge run(Resource base, Resource ours, Resource theirs) {
        PlanMerge merge = new PlanMerge(base, ours, theirs);
        merge.mergeList("", ElementIndex.ROOTS, base == null ? List.of() : base.getContents(), ours.getContents(),
                theirs.getContents(), null);
        merge.mergeReferences();
        return merge;
    }

    /** The changes taken from their side, in document order. */
    List<PlanDiff.Change> changes() {
        return changes;
    }

    private void mergeElement(EObject b, EObject o, EObject t) {
        matched.add(new EObject[] { b, o, t });
        String key = ours.keyOf(o);
        for (EAttribute attribute : o.eClass().getEAllAttributes()) {
            if (!Features.merged(attribute) || attribute.isID()) {
                continue;
            }
            Object bv = b == null ? null : valueOf(b, attribute);
            Object ov = valueOf(o, attribute);
            Object tv = valueOf(t, attribute);
            if (Objects.equals(ov, tv)) {
                continue;
            }
            if (b != null && Objects.equals(bv, ov)) {
                copyValue(t, o, attribute);
                changes.add(new PlanDiff.Change(describe(o), attribute.getName(), show(bv), show(tv)));
                taken++;
            } else if (b == null || !Objects.equals(bv, tv)) {
                conflicts.add(new Conflict(Kind.BOTH_CHANGED, describe(o), key, attribute.getName(),
                        b == null ? NONE : show(bv), show(ov), show(tv)));
            }
        }
        for (EReference containment : o.eClass().getEAllContainments()) {
            if (!Features.merged(containment)) {
                continue;
            }
            if (containment.isMany()) {
                mergeList(key, containment.getName(), b == null ? List.of() : list(b, containment),
                        list(o, containment), list(t, containment), describe(o));
            } else {
                mergeSingle(b, o, t, containment);
            }
        }
    }

    private void mergeSingle(EObject b, EObject o, EObject t, EReference containment) {
        EObject bc = b == null ? null : (EObject) b.eGet(containment);
        EObject oc = (EObject) o.eGet(containment);
        EObject tc = (EObject) t.eGet(containment);
        String element = describe(o);
        if (oc != null && tc != null) {
            String ok = ours.keyOf(oc);
            if (ok.equals(theirs.keyOf(tc))) {
                mergeElement(bc != null && ok.equals(base.keyOf(bc)) ? bc : null, oc, tc);
            } else if (bc != null && ok.equals(base.keyOf(bc)) && sameContent(bc, base, oc, ours)) {
                o.eSet(containment, copyOfTheirs(tc));
                changes.add(new PlanDiff.Change(element, containment.getName(), describe(bc), describe(tc)));
                taken++;
            } else if (bc == null || !theirs.keyOf(tc).equals(base.keyOf(bc))
                    || !sameContent(bc, base, tc, theirs)) {
                conflicts.add(new Conflict(Kind.BOTH_CHANGED, element, ours.keyOf(o), containment.getName(),
                        bc == null ? NONE : describe(bc), describe(oc), describe(tc)));
            }
        } else if (oc != null) {
            if (bc != null) {
                if (sameContent(bc, base, oc, ours)) {
                    o.eUnset(containment);
                    changes.add(new PlanDiff.Change(element, containment.getName(), describe(bc), NONE));
                    taken++;
                } else {
                    conflicts.add(new Conflict(Kind.DELETED_BY_THEM_CHANGED_BY_US, describe(oc), ours.keyOf(oc),
                            null, describe(bc), describe(oc), NONE));
                }
            }
        } else if (tc != null) {
            if (bc == null) {
                o.eSet(containment, copyOfTheirs(tc));
                changes.add(new PlanDiff.Change(element, containment.getName(), NONE, describe(tc)));
                taken++;
            } else if (!sameContent(bc, base, tc, theirs)) {
                conflicts.add(new Conflict(Kind.DELETED_BY_US_CHANGED_BY_THEM, describe(tc), theirs.keyOf(tc), null,
                        describe(bc), NONE, describe(tc)));
            }
        }
    }

    /**
     * Merges a containment list (or the document's roots) by element key: membership first, then order, then each
     * element present on both sides.
     */
    private void mergeList(String parentKey, String feature, List<EObject> bl, List<EObject> ol, List<EObject> tl,
            String owner) {
        Map<String, EObject> bm = byKey(bl, base);
        Map<String, EObject> om = byKey(ol, ours);
        Map<String, EObject> tm = byKey(tl, theirs);
        Set<String> result = new HashSet<>();
        int removed = 0;
        int added = 0;
        for (Map.Entry<String, EObject> entry : om.entrySet()) {
            String key = entry.getKey();
            EObject b = bm.get(key);
            if (tm.containsKey(key) || b == null) {
                result.add(key);
            } else if (sameContent(b, base, entry.getValue(), ours)) {
                removed++;
                taken++;
            } else {
                result.add(key);
                conflicts.add(new Conflict(Kind.DELETED_BY_THEM_CHANGED_BY_US, describe(entry.getValue()), key, null,
                        describe(b), describe(entry.getValue()), NONE));
            }
        }
        boolean theirsAdded = false;
        for (Map.Entry<String, EObject> entry : tm.entrySet()) {
            String key = entry.getKey();
            if (om.containsKey(key)) {
                continue;
            }
            EObject b = bm.get(key);
            if (b == null) {
                result.add(key);
                theirsAdded = true;
                added++;
                taken++;
            } else if (!sameContent(b, base, entry.getValue(), theirs)) {
                conflicts.add(new Conflict(Kind.DELETED_BY_US_CHANGED_BY_THEM, describe(entry.getValue()), key, null,
                        describe(b), NONE, describe(entry.getValue())));
            }
        }
        if (added > 0 || removed > 0) {
            changes.add(PlanDiff.Change.counted(owner, feature, added, removed));
        }
        List<String> order = order(new ArrayList<>(bm.keySet()), new ArrayList<>(om.keySet()),
                new ArrayList<>(tm.keySet()), result, parentKey, feature, owner);
        boolean changed = theirsAdded || result.size() != om.size() || !order.equals(new ArrayList<>(om.keySet()));
        if (changed) {
            List<EObject> merged = new ArrayList<>(order.size());
            for (String key : order) {
                EObject o = om.get(key);
                merged.add(o != null ? o : copyOfTheirs(tm.get(key)));
            }
            @SuppressWarnings("unchecked")
            EList<EObject> target = (EList<EObject>) ol;
            ECollections.setEList(target, merged);
        }
        for (Map.Entry<String, EObject> entry : om.entrySet()) {
            EObject t = tm.get(entry.getKey());
            if (t != null && result.contains(entry.getKey())) {
                mergeElement(bm.get(entry.getKey()), entry.getValue(), t);
            }
        }
    }

    /**
     * The merged order: the order of the side that reordered the common elements (ours when neither or both did),
     * with the other side's additions placed after the element they follow there.
     */
    private List<String> order(List<String> b, List<String> o, List<String> t, Set<String> result, String parentKey,
            String feature, String owner) {
        Set<String> common = new HashSet<>(b);
        common.retainAll(new HashSet<>(o));
        common.retainAll(new HashSet<>(t));
        List<String> bc = filter(b, common);
        List<String> oc = filter(o, common);
        List<String> tc = filter(t, common);
        boolean oursReordered = !oc.equals(bc);
        boolean theirsReordered = !tc.equals(bc);
        if (oursReordered && theirsReordered && !oc.equals(tc)) {
            conflicts.add(new Conflict(Kind.ORDER, owner == null ? "document" : owner, parentKey, feature,
                    String.join(", ", bc), String.join(", ", oc), String.join(", ", tc)));
        }
        if (theirsReordered && !oursReordered) {
            changes.add(new PlanDiff.Change(owner == null ? "document" : owner, feature, "", "new order"));
        }
        List<String> skeleton = theirsReordered && !oursReordered ? t : o;
        List<String> other = skeleton == o ? t : o;
        Set<String> inSkeleton = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String key : skeleton) {
            if (result.contains(key)) {
                kept.add(key);
                inSkeleton.add(key);
            }
        }
        if (inSkeleton.size() == result.size()) {
            return kept;
        }
        Map<String, List<String>> after = new LinkedHashMap<>();
        String anchor = null;
        for (String key : other) {
            if (inSkeleton.contains(key)) {
                anchor = key;
            } else if (result.contains(key)) {
                after.computeIfAbsent(anchor, a -> new ArrayList<>()).add(key);
            }
        }
        // The other side's additions follow their anchor, after our own additions that follow it too.
        Set<String> inOther = new HashSet<>(other);
        List<String> merged = new ArrayList<>(result.size());
        List<String> pending = new ArrayList<>(after.getOrDefault(null, List.of()));
        for (String key : kept) {
            if (inOther.contains(key)) {
                merged.addAll(pending);
                pending.clear();
            }
            merged.add(key);
            pending.addAll(after.getOrDefault(key, List.of()));
        }
        merged.addAll(pending);
        return merged;
    }

    private static List<String> filter(List<String> keys, Set<String> keep) {
        return keys.stream().filter(keep::contains).collect(Collectors.toList());
    }

    /** Second pass, once all elements are in place: non-containment references, compared by target key. */
    private void mergeReferences() {
        ElementIndex merged = new ElementIndex(ours.resource(), new HashMap<>());
        URI document = ours.resource().getURI();
        for (EObject[] triple : matched) {
            EObject b = triple[0];
            EObject o = triple[1];
            EObject t = triple[2];
            for (EReference reference : o.eClass().getEAllReferences()) {
                if (reference.isContainment() || !Features.merged(reference)) {
                    continue;
                }
                List<String> bv = b == null ? null : targets(b, reference, base);
                List<String> ov = targets(o, reference, ours);
                List<String> tv = targets(t, reference, theirs);
                if (ov.equals(tv)) {
                    continue;
                }
                if (b != null && ov.equals(bv)) {
                    changes.add(new PlanDiff.Change(describe(o), reference.getName(), showTargets(b, reference),
                            showTargets(t, reference)));
                    setTargets(o, reference, t, merged, document);
                    taken++;
                } else if (b == null || !tv.equals(bv)) {
                    conflicts.add(new Conflict(Kind.BOTH_CHANGED, describe(o), ours.keyOf(o), reference.getName(),
                            b == null ? NONE : showTargets(b, reference), showTargets(o, reference),
                            showTargets(t, reference)));
                }
            }
        }
        for (Map.Entry<EObject, EObject> copied : copiedFromThem.entrySet()) {
            EObject copy = copied.getKey();
            EObject original = copied.getValue();
            for (EReference reference : copy.eClass().getEAllReferences()) {
                if (!reference.isContainment() && Features.merged(reference)) {
                    setTargets(copy, reference, original, merged, document);
                }
            }
        }
    }

    /** Points {@code element}'s reference at what {@code source}'s points at, found again in the merged document. */
    private void setTargets(EObject element, EReference reference, EObject source, ElementIndex merged,
            URI document) {
        setTargets(element, reference, source, theirs, merged, document);
    }

    /**
     * Points {@code element}'s reference at what {@code source}'s points at (keyed in {@code sourceIndex}), found
     * again in the {@code merged} document, or as a proxy when it is not there.
     */
    static void setTargets(EObject element, EReference reference, EObject source, ElementIndex sourceIndex,
            ElementIndex merged, URI document) {
        if (!source.eIsSet(reference)) {
            element.eUnset(reference);
            return;
        }
        List<EObject> targets = new ArrayList<>();
        for (EObject target : rawTargets(source, reference)) {
            String key = targetKey(target, sourceIndex);
            EObject found = key.startsWith("#") ? merged.get(key.substring(1)) : null;
            if (found == null) {
                URI uri = key.startsWith("#") ? document.appendFragment(EcoreUtil.getURI(target).fragment())
                        : URI.createURI(key);
                InternalEObject proxy = (InternalEObject) EcoreUtil.create(target.eClass());
                proxy.eSetProxyURI(uri);
                found = proxy;
            }
            targets.add(found);
        }
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) element.eGet(reference, false);
            list.clear();
            list.addAllUnique(targets);
        } else {
            element.eSet(reference, targets.isEmpty() ? null : targets.get(0));
        }
    }

    private List<String> targets(EObject element, EReference reference, ElementIndex index) {
        List<EObject> raw = rawTargets(element, reference);
        List<String> keys = new ArrayList<>(raw.size());
        for (EObject target : raw) {
            keys.add(targetKey(target, index));
        }
        return keys;
    }

    /** The targets of a reference as they are, proxies not resolved (which would read other files). */
    static List<EObject> rawTargets(EObject element, EReference reference) {
        Object value = element.eGet(reference, false);
        if (value instanceof InternalEList<?> list) {
            @SuppressWarnings("unchecked")
            List<EObject> unresolved = (List<EObject>) list.basicList();
            return unresolved;
        }
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) value;
            return list;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /**
     * A reference target's key: {@code #key} for an element of the same document, the URI otherwise. Proxies are
     * never resolved.
     */
    private static String targetKey(EObject target, ElementIndex index) {
        if (target.eIsProxy()) {
            URI uri = ((InternalEObject) target).eProxyURI();
            Resource resource = index.resource();
            if (resource != null && uri.trimFragment().equals(resource.getURI()) && uri.fragment() != null) {
                EObject local = resource.getEObject(uri.fragment());
                if (local != null && index.contains(local)) {
                    return "#" + index.keyOf(local);
                }
            }
            return uri.toString();
        }
        String key = index.keyOf(target);
        return key != null ? "#" + key : EcoreUtil.getURI(target).toString();
    }

    private EObject copyOfTheirs(EObject original) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
        EObject copy = copier.copy(original);
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            copiedFromThem.put(entry.getValue(), entry.getKey());
        }
        return copy;
    }

    /** Whether two versions of an element (and everything it contains) have the same content. */
    private boolean sameContent(EObject a, ElementIndex ai, EObject b, ElementIndex bi) {
        if (a.eClass() != b.eClass()) {
            return false;
        }
        for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
            if (!Features.merged(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                if (!Objects.equals(valueOf(a, attribute), valueOf(b, attribute))) {
                    return false;
                }
            } else if (feature instanceof EReference reference && !reference.isContainment()) {
                if (!targets(a, reference, ai).equals(targets(b, reference, bi))) {
                    return false;
                }
            } else {
                List<EObject> ac = rawTargets(a, (EReference) feature);
                List<EObject> bc = rawTargets(b, (EReference) feature);
                if (ac.size() != bc.size()) {
                    return false;
                }
                for (int i = 0; i < ac.size(); i++) {
                    if (!Objects.equals(ai.keyOf(ac.get(i)), bi.keyOf(bc.get(i)))
                            || !sameContent(ac.get(i), ai, bc.get(i), bi)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Map<String, EObject> byKey(List<EObject> elements, ElementIndex index) {
        Map<String, EObject> map = new LinkedHashMap<>();
        for (EObject element : elements) {
            map.putIfAbsent(index.keyOf(element), element);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject element, EReference containment) {
        return (List<EObject>) element.eGet(containment);
    }

    /** An attribute's value as compared: lists as plain lists, unset as {@code null}. */
    static Object valueOf(EObject element, EAttribute attribute) {
        if (attribute.isMany()) {
            return new ArrayList<>((List<?>) element.eGet(attribute));
        }
        return element.eIsSet(attribute) ? element.eGet(attribute) : null;
    }

    static void copyValue(EObject from, EObject to, EAttribute attribute) {
        if (!from.eIsSet(attribute)) {
            to.eUnset(attribute);
        } else if (attribute.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) to.eGet(attribute);
            ECollections.setEList(list, new ArrayList<>((List<?>) from.eGet(attribute)));
        } else {
            to.eSet(attribute, from.eGet(attribute));
        }
    }

    /** A value as planners read it: enumeration values in words, yes or no, a date and time without the "T". */
    private static String show(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "[]" : list.stream().map(PlanMerge::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Enumerator literal) {
            return Words.of(literal.getLiteral());
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof LocalDateTime moment) {
            return moment.toLocalDate() + " " + moment.toLocalTime();
        }
        return String.valueOf(value);
    }

    private static String showTargets(EObject element, EReference reference) {
        List<String> shown = new ArrayList<>();
        for (EObject target : rawTargets(element, reference)) {
            shown.add(target.eIsProxy() ? String.valueOf(((InternalEObject) target).eProxyURI().fragment())
                    : ElementPaths.step(target));
        }
        return shown.isEmpty() ? NONE : String.join(", ", shown);
    }

    /** The element for a planner: its path, with the natural key of elements that have neither name nor id. */
    private String describe(EObject element) {
        String path = ElementPaths.of(element);
        if (ElementIndex.idOf(element) == null && element.eContainer() != null
                && ElementPaths.step(element).equals(ElementPaths.typeName(element.eClass()))) {
            EAttribute natural = ours.naturalKey(element.eClass());
            if (natural != null) {
                path += " " + Words.of(natural.getName()).toLowerCase(Locale.ROOT) + " "
                        + show(element.eGet(natural));
            }
        }
        return path;
    }
}
