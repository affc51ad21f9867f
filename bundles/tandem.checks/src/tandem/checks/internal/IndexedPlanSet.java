package tandem.checks.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.checks.PlanSet;

/**
 * The plan set {@link tandem.checks.PlanSets} makes: it finds the elements of a type by walking each document once per type asked
 * for, and only into the containments that can hold such elements according to the models (looking for campaigns
 * never walks the 35,040 intervals of a staffing plan). What it found in a document, the document's
 * {@link #revision revision} and what checks {@link #kept keep} about it are held in one index per document, handed
 * on to the plan set made by {@link #after} while the document does not change.
 */
public final class IndexedPlanSet implements PlanSet {
    private final ResourceSet set;
    private final List<Resource> documents;
    private final Map<Resource, DocumentIndex> indexes = new IdentityHashMap<>();
    private final Map<Class<?>, List<?>> byType = new HashMap<>();
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();
    private Containments containments;

    /** A plan set of the documents, which must be in the resource set, that knows nothing yet. */
    public IndexedPlanSet(ResourceSet set, List<Resource> documents) {
        this.set = set;
        this.documents = List.copyOf(documents);
    }

    /**
     * The documents to check after some changed: what {@code previous} found in the others is reused when it is a
     * plan set of this kind.
     *
     * @param changed every document edited in any way since {@code previous} was made
     */
    public static IndexedPlanSet after(PlanSet previous, List<Resource> documents, Collection<Resource> changed) {
        IndexedPlanSet next = new IndexedPlanSet(previous.resourceSet(), documents);
        if (previous instanceof IndexedPlanSet earlier) {
            Set<Resource> stale = Collections.newSetFromMap(new IdentityHashMap<>());
            stale.addAll(changed);
            next.reuse(earlier, stale);
        }
        return next;
    }

    /** Takes over the indexes of an earlier plan set, except those of the stale documents. */
    private void reuse(IndexedPlanSet earlier, Set<Resource> stale) {
        Map<Resource, DocumentIndex> known;
        Containments earlierContainments;
        synchronized (earlier) {
            known = new IdentityHashMap<>(earlier.indexes);
            earlierContainments = earlier.containments;
        }
        // Documents, and resources only asked about for their revision, that are still in the set.
        known.forEach((resource, index) -> {
            if (!stale.contains(resource) && resource.getResourceSet() == set) {
                indexes.put(resource, index);
            }
        });
        if (earlierContainments != null) {
            containments = Containments.of(set, documents, earlierContainments);
        }
    }

    private synchronized DocumentIndex indexOf(Resource document) {
        return indexes.computeIfAbsent(document, DocumentIndex::new);
    }

    @Override
    public ResourceSet resourceSet() {
        return set;
    }

    @Override
    public List<Resource> documents() {
        return documents;
    }

    /**
     * Every element of the type, grouped by class in the order the classes are first met and in document order
     * within a class.
     */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends EObject> List<T> all(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> {
            if (containments == null) {
                containments = Containments.of(set, documents, null);
            }
            Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
            for (Resource document : documents) {
                for (EObject element : indexOf(document).of(type, containments)) {
                    byClass.computeIfAbsent(element.eClass(), c -> new ArrayList<>()).add(element);
                }
            }
            if (byClass.size() == 1) {
                return Collections.unmodifiableList(byClass.values().iterator().next());
            }
            List<EObject> result = new ArrayList<>();
            byClass.values().forEach(result::addAll);
            return Collections.unmodifiableList(result);
        });
    }

    @Override
    public <T extends EObject> List<T> roots(Class<T> type) {
        List<T> roots = new ArrayList<>();
        for (Resource document : documents) {
            for (EObject root : document.getContents()) {
                if (type.isInstance(root)) {
                    roots.add(type.cast(root));
                }
            }
        }
        return roots;
    }

    @Override
    public Object revision(Resource document) {
        return indexOf(document).revision;
    }

    @Override
    public <T> T kept(Resource document, Object key, Supplier<T> create) {
        @SuppressWarnings("unchecked")
        T value = (T) indexOf(document).kept.computeIfAbsent(key, k -> create.get());
        return value;
    }

    @Override
    public <T> T shared(Object key, Supplier<T> create) {
        @SuppressWarnings("unchecked")
        T value = (T) shared.computeIfAbsent(key, k -> create.get());
        return value;
    }

    /**
     * The elements of one document by type, each type found the first time it is asked for by walking the document
     * in document order (as {@code Resource.getAllContents()} does, without resolving proxies and without entering
     * elements stored in other documents), into the containments that can hold it only.
     */
    private static final class DocumentIndex {
        /** The document's revision: a plain object, so that who keeps it does not keep the document. */
        final Object revision = new Object();
        /** What checks keep about the document in this revision ({@link PlanSet#kept}). */
        final Map<Object, Object> kept = new ConcurrentHashMap<>();
        private final Resource document;
        private final Map<Class<?>, List<EObject>> byType = new HashMap<>();

        DocumentIndex(Resource document) {
            this.document = document;
        }

        synchronized List<EObject> of(Class<?> type, Containments containments) {
            List<EObject> found = byType.get(type);
            if (found == null) {
                found = new ArrayList<>();
                Containments.Reach reach = containments.reach(type);
                for (EObject root : document.getContents()) {
                    collect(root, type, containments, reach, found);
                }
                byType.put(type, found);
            }
            return found;
        }

        private static void collect(EObject element, Class<?> type, Containments containments,
                Containments.Reach reach, List<EObject> found) {
            EClass eClass = element.eClass();
            Class<?> instanceClass = eClass.getInstanceClass();
            if (instanceClass != null && type.isAssignableFrom(instanceClass)) {
                found.add(element);
            }
            List<EReference> follow = containments.toFollow(eClass);
            if (follow == null) {
                // Feature maps: walk every child.
                @SuppressWarnings("unchecked")
                InternalEList<EObject> contents = (InternalEList<EObject>) element.eContents();
                for (Iterator<EObject> children = contents.basicIterator(); children.hasNext();) {
                    visit(children.next(), type, containments, reach, found);
                }
                return;
            }
            for (EReference containment : follow) {
                if (!reach.mayHold(containment.getEReferenceType())) {
                    continue;
                }
                Object value = element.eGet(containment, false);
                if (value instanceof InternalEList<?> list) {
                    for (Iterator<?> children = list.basicIterator(); children.hasNext();) {
                        visit((EObject) children.next(), type, containments, reach, found);
                    }
                } else if (value instanceof EObject child) {
                    visit(child, type, containments, reach, found);
                }
            }
        }

        private static void visit(EObject child, Class<?> type, Containments containments, Containments.Reach reach,
                List<EObject> found) {
            if (child != null && ((InternalEObject) child).eDirectResource() == null) {
                collect(child, type, containments, reach, found);
            }
        }
    }

    /**
     * Which containments can hold elements of a type, from the classes of the models known when a plan set first
     * looks for elements: those of the loaded packages in the global and the resource set's package registries and
     * of the documents' roots. A containment is followed when its type, or a known subclass of it, is of the type
     * looked for or has containments that can hold one; one whose type is not known, or is {@code EObject}, is
     * always followed. Immutable once made, but for the answers per type it keeps; thread-safe.
     */
    private static final class Containments {
        private final Set<EPackage> packages;
        private final Map<EClass, Set<EClass>> subclasses = new HashMap<>();
        private final Map<EClass, List<EReference>> toFollow = new HashMap<>();
        private final Map<Class<?>, Reach> reaches = new ConcurrentHashMap<>();

        Containments(Set<EPackage> packages) {
            this.packages = packages;
            for (EPackage ePackage : packages) {
                for (EClassifier classifier : ePackage.getEClassifiers()) {
                    if (classifier instanceof EClass eClass) {
                        subclasses.computeIfAbsent(eClass, c -> new HashSet<>()).add(eClass);
                        for (EClass superType : eClass.getEAllSuperTypes()) {
                            subclasses.computeIfAbsent(superType, c -> new HashSet<>()).add(eClass);
                        }
                        toFollow.put(eClass, followed(eClass));
                    }
                }
            }
        }

        /** The containments of a plan set's documents, reusing {@code earlier} when no package was loaded since. */
        static Containments of(ResourceSet set, List<Resource> documents, Containments earlier) {
            Set<EPackage> packages = new HashSet<>();
            loadedPackages(EPackage.Registry.INSTANCE, packages);
            loadedPackages(set.getPackageRegistry(), packages);
            for (Resource document : documents) {
                for (EObject root : document.getContents()) {
                    addPackage(root.eClass().getEPackage(), packages);
                }
            }
            return earlier != null && earlier.packages.equals(packages) ? earlier : new Containments(packages);
        }

        /** Loaded packages of a registry (descriptors are of packages not loaded, so with no elements yet). */
        private static void loadedPackages(EPackage.Registry registry, Set<EPackage> packages) {
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    for (Object value : new ArrayList<>(registry.values())) {
                        if (value instanceof EPackage ePackage) {
                            addPackage(ePackage, packages);
                        }
                    }
                    return;
                } catch (ConcurrentModificationException e) {
                    // Another thread registered a package meanwhile: look again.
                }
            }
        }

        private static void addPackage(EPackage ePackage, Set<EPackage> packages) {
            if (ePackage != null && packages.add(ePackage)) {
                ePackage.getESubpackages().forEach(sub -> addPackage(sub, packages));
            }
        }

        /** The containments to walk from elements of the class, or {@code null} to walk all its contents. */
        List<EReference> toFollow(EClass eClass) {
            List<EReference> known = toFollow.get(eClass);
            return known != null || toFollow.containsKey(eClass) ? known : followed(eClass);
        }

        private static List<EReference> followed(EClass eClass) {
            for (EAttribute attribute : eClass.getEAllAttributes()) {
                if (FeatureMapUtil.isFeatureMap(attribute)) {
                    return null;
                }
            }
            return eClass.getEAllContainments().stream().filter(r -> !r.isDerived()).toList();
        }

        /** What can hold elements of the type. */
        Reach reach(Class<?> type) {
            return reaches.computeIfAbsent(type, t -> new Reach(holdersOf(t)));
        }

        /** Which declared types of containments can hold elements of one type. */
        final class Reach {
            private final Set<EClass> holding;

            Reach(Set<EClass> holding) {
                this.holding = holding;
            }

            /** Whether a containment of the declared type can hold such elements, directly or further down. */
            boolean mayHold(EClass declared) {
                return Containments.this.mayHold(declared, holding);
            }
        }

        private boolean mayHold(EClass declared, Set<EClass> holding) {
            Set<EClass> possible = subclasses.get(declared);
            if (possible == null || declared == EcorePackage.Literals.EOBJECT) {
                return true;
            }
            for (EClass eClass : possible) {
                if (holding.contains(eClass)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The known classes whose elements are of the type or can contain one: the least set closed under "has a
         * containment whose type or a subclass of it is in the set", by iterating to the fixpoint.
         */
        private Set<EClass> holdersOf(Class<?> type) {
            Set<EClass> holding = new HashSet<>();
            for (EClass eClass : subclasses.keySet()) {
                Class<?> instanceClass = eClass.getInstanceClass();
                if (instanceClass != null && type.isAssignableFrom(instanceClass)) {
                    holding.add(eClass);
                }
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (EClass eClass : subclasses.keySet()) {
                    if (!holding.contains(eClass) && canContain(eClass, holding)) {
                        holding.add(eClass);
                        grew = true;
                    }
                }
            }
            return holding;
        }

        private boolean canContain(EClass eClass, Set<EClass> holding) {
            List<EReference> follow = toFollow(eClass);
            if (follow == null) {
                return true;
            }
            for (EReference containment : follow) {
                if (mayHold(containment.getEReferenceType(), holding)) {
                    return true;
                }
            }
            return false;
        }
    }
}
