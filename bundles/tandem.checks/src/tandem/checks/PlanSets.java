package tandem.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.eclipse.emf.common.util.URI;
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

import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;

/**
 * Builds plan sets from files or from documents already loaded.
 * <p>
 * A plan set finds the elements of a type by walking each document once per type asked for, and only into the
 * containments that can hold such elements according to the models: looking for campaigns never walks the
 * 35,040 intervals of a staffing plan. What was found in a document is kept with the plan set and, through
 * {@link #afterChange}, handed on to the plan set of the next check as long as the document does not change.
 */
public final class PlanSets {

    private PlanSets() {
    }

    /** The plan sets of the given documents, which must share one resource set. */
    public static PlanSet of(ResourceSet set, List<Resource> documents) {
        return new Indexed(set, documents);
    }

    /** Every document of a resource set. */
    public static PlanSet of(ResourceSet set) {
        return new Indexed(set, List.copyOf(set.getResources()));
    }

    /**
     * The same documents after some of them changed, for re-checking after an edit. What {@code previous} found in
     * the other documents is reused, so that the re-check walks the changed documents only, and their
     * {@link #revision} stays the same.
     *
     * @param previous the plan set checked before the change (made by this class)
     * @param changed  every document edited in any way since {@code previous} was made; the others are taken to be
     *                 as {@code previous} saw them
     */
    public static PlanSet afterChange(PlanSet previous, Collection<Resource> changed) {
        return afterChange(previous, previous.documents(), changed);
    }

    /**
     * Documents to check after some of them changed, reusing what {@code previous} found in the documents that did
     * not change; documents {@code previous} did not hold are walked anew.
     *
     * @param previous  the plan set checked before the change, of the same resource set
     * @param documents the documents to check now
     * @param changed   every document edited in any way since {@code previous} was made
     */
    public static PlanSet afterChange(PlanSet previous, List<Resource> documents, Collection<Resource> changed) {
        Indexed next = new Indexed(previous.resourceSet(), documents);
        if (previous instanceof Indexed earlier) {
            Set<Resource> stale = Collections.newSetFromMap(new IdentityHashMap<>());
            stale.addAll(changed);
            next.reuse(earlier, stale);
        }
        return next;
    }

    /**
     * A token for the state of a document in a plan set: the same object in a later plan set made by
     * {@link #afterChange} that did not name the document as changed, a new object otherwise (and in every plan set
     * made by {@code of} or {@code load}). A check that keeps results per document from one run to the next compares
     * tokens to know whether the document may have changed since.
     */
    public static Object revision(PlanSet plans, Resource document) {
        return plans instanceof Indexed indexed ? indexed.indexOf(document).revision : new Object();
    }

    /**
     * What a check keeps about a document while the document does not change, for example results it worked out
     * from it: kept with the document's {@link #revision}, so handed on by {@link #afterChange} to later plan sets
     * that do not name the document as changed, and gone with the last plan set that holds that revision (no weak
     * maps, nothing kept after the plans are gone). In a plan set not made by this class, nothing is kept: each call
     * creates the value anew.
     *
     * @param key    who keeps it (a check instance, say), so that keepers do not see each other's values
     * @param create makes the value the first time it is asked for
     */
    public static <T> T kept(PlanSet plans, Resource document, Object key, Supplier<T> create) {
        if (!(plans instanceof Indexed indexed)) {
            return create.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) indexed.indexOf(document).kept.computeIfAbsent(key, k -> create.get());
        return value;
    }

    /**
     * What the checks of one run share, for example an index of the plans that several checks use: made the first
     * time it is asked for, kept with this plan set only (a plan set made by {@link #afterChange} starts without).
     * In a plan set not made by this class, each call creates the value anew.
     *
     * @param key    what it is (the class that makes it, say)
     * @param create makes the value
     */
    public static <T> T shared(PlanSet plans, Object key, Supplier<T> create) {
        if (!(plans instanceof Indexed indexed)) {
            return create.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) indexed.shared.computeIfAbsent(key, k -> create.get());
        return value;
    }

    /**
     * Files read into one plan set, with the files that could not be read ({@code problems}) and the references
     * between them that could not be followed ({@code unresolved}: to a missing element, to a plan that could not
     * be read, or outside the folders the plans were loaded from), and ids used twice in one file
     * ({@code duplicateIds}: references to them are ambiguous). Checks run on what was read only, so a report is
     * complete only when all three lists are empty.
     */
    public record Loaded(PlanSet plans, List<LoadProblem> problems, List<LoadProblem> unresolved,
            List<LoadProblem> duplicateIds) {

        public Loaded {
            problems = List.copyOf(problems);
            unresolved = List.copyOf(unresolved);
            duplicateIds = List.copyOf(duplicateIds);
        }

        public Loaded(PlanSet plans, List<LoadProblem> problems) {
            this(plans, problems, List.of(), List.of());
        }

        /** Whether every file was read, every reference between them followed and every id unique in its file. */
        public boolean complete() {
            return problems.isEmpty() && unresolved.isEmpty() && duplicateIds.isEmpty();
        }
    }

    /**
     * Finds and loads the plan files among the given files and below the given folders (see
     * {@link PlanFiles#find(List, java.util.function.Consumer)}; a folder given as a link is followed), with
     * references confined to those folders (and the given files' folders). Parts of the folders that cannot be
     * listed or read are among the problems, and the rest is loaded.
     *
     * @throws IOException naming a given path that does not exist
     */
    public static Loaded loadAll(List<Path> filesOrFolders) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> files = PlanFiles.find(filesOrFolders, problems::add);
        List<Path> folders = filesOrFolders.stream()
                .map(p -> Files.isDirectory(p) ? p : p.toAbsolutePath().getParent()).toList();
        Loaded loaded = load(files, folders);
        problems.addAll(loaded.problems());
        return new Loaded(loaded.plans(), problems, loaded.unresolved(), loaded.duplicateIds());
    }

    /**
     * Loads plan files into one resource set; unreadable files are reported, the rest are checked. References may
     * reach plan files in the files' own folders only.
     */
    public static Loaded load(List<Path> files) {
        return load(files, List.of());
    }

    /**
     * Loads plan files into one resource set, whose references may reach plan files below the given folders (and
     * in the files' own folders) and nothing else; unreadable files are reported, the rest are checked. Every
     * reference is followed once while loading, so that references that cannot be followed are reported as errors
     * here instead of turning up as missing elements in the checks.
     */
    public static Loaded load(List<Path> files, List<Path> folders) {
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, folders);
        List<Resource> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            Resource existing = set.getResource(uri, false);
            if (existing != null && existing.isLoaded() && existing.getErrors().isEmpty()) {
                // Already loaded because another document refers to it.
                documents.add(existing);
                continue;
            }
            if (existing != null) {
                // Another document referred to it and it could not be read then: read it as itself.
                set.getResources().remove(existing);
            }
            try {
                documents.add(PlanDocuments.load(set, uri));
            } catch (PlanDocumentException e) {
                problems.addAll(e.problems());
            }
        }
        List<LoadProblem> unresolved = new ArrayList<>();
        List<LoadProblem> duplicateIds = new ArrayList<>();
        for (Resource document : List.copyOf(documents)) {
            duplicateIds.addAll(PlanDocuments.duplicateIds(document));
            for (LoadProblem problem : PlanDocuments.unresolvedReferences(document)) {
                unresolved.add(problem.severity() == LoadProblem.Severity.ERROR ? problem
                        : new LoadProblem(problem.file(), problem.line(), problem.column(), problem.reason(),
                                LoadProblem.Severity.ERROR));
            }
        }
        return new Loaded(of(set, documents), problems, unresolved, duplicateIds);
    }

    /**
     * A plan set that finds elements through one index per document, shared with the plan sets made from it by
     * {@link PlanSets#afterChange} while the document does not change.
     */
    private static final class Indexed implements PlanSet {
        private final ResourceSet set;
        private final List<Resource> documents;
        private final Map<Resource, DocumentIndex> indexes = new IdentityHashMap<>();
        private final Map<Class<?>, List<?>> byType = new HashMap<>();
        final Map<Object, Object> shared = new ConcurrentHashMap<>();
        private Containments containments;

        Indexed(ResourceSet set, List<Resource> documents) {
            this.set = set;
            this.documents = List.copyOf(documents);
        }

        /** Takes over the indexes of an earlier plan set, except those of the stale documents. */
        void reuse(Indexed earlier, Set<Resource> stale) {
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

        synchronized DocumentIndex indexOf(Resource document) {
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
    }

    /**
     * The elements of one document by type, each type found the first time it is asked for by walking the document
     * in document order (as {@code Resource.getAllContents()} does, without resolving proxies and without entering
     * elements stored in other documents), into the containments that can hold it only.
     */
    private static final class DocumentIndex {
        /** The document's revision: a plain object, so that who keeps it does not keep the document. */
        final Object revision = new Object();
        /** What checks keep about the document in this revision ({@link PlanSets#kept}). */
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
