package tandem.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;

/** Builds plan sets from files or from documents already loaded. */
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
     * the other documents is reused, so that the re-check indexes the changed documents only: after an edit of one
     * campaign calendar, the millions of intervals of the staffing plans are not walked again.
     *
     * @param previous the plan set checked before the change (made by this class)
     * @param changed  every document whose elements may have been added, removed or moved since; a document left
     *                 out would keep its old elements
     */
    public static PlanSet afterChange(PlanSet previous, Collection<Resource> changed) {
        return afterChange(previous, previous.documents(), changed);
    }

    /**
     * Documents to check after some of them changed, reusing what {@code previous} found in the documents that did
     * not change; documents {@code previous} did not hold are indexed anew.
     *
     * @param previous  the plan set checked before the change, of the same resource set
     * @param documents the documents to check now
     * @param changed   every document whose elements may have been added, removed or moved since
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

    /** Files read into one plan set, with the problems of those that could not be read. */
    public record Loaded(PlanSet plans, List<LoadProblem> problems) {
    }

    /** Loads plan files into one resource set; unreadable files are reported, the rest are checked. */
    public static Loaded load(List<Path> files) {
        ResourceSet set = PlanDocuments.createResourceSet();
        List<Resource> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            Resource existing = set.getResource(uri, false);
            if (existing != null) {
                // Already loaded because another document refers to it.
                documents.add(existing);
                continue;
            }
            try {
                documents.add(PlanDocuments.load(set, uri));
            } catch (PlanDocumentException e) {
                problems.addAll(e.problems());
            }
        }
        return new Loaded(of(set, documents), problems);
    }

    /**
     * A plan set that finds elements through one index per document: each document's elements by class, built the
     * first time an element type is asked for and reusable by the plan set of a later check.
     */
    private static final class Indexed implements PlanSet {
        private final ResourceSet set;
        private final List<Resource> documents;
        private final Map<Resource, DocumentIndex> indexes = new IdentityHashMap<>();
        private final Map<Class<?>, List<?>> byType = new HashMap<>();

        Indexed(ResourceSet set, List<Resource> documents) {
            this.set = set;
            this.documents = List.copyOf(documents);
        }

        /** Takes over the indexes of an earlier plan set, except those of the stale documents. */
        void reuse(Indexed earlier, Set<Resource> stale) {
            Map<Resource, DocumentIndex> known;
            synchronized (earlier) {
                known = new IdentityHashMap<>(earlier.indexes);
            }
            for (Resource document : documents) {
                DocumentIndex index = known.get(document);
                if (index != null && !stale.contains(document)) {
                    indexes.put(document, index);
                }
            }
        }

        @Override
        public ResourceSet resourceSet() {
            return set;
        }

        @Override
        public List<Resource> documents() {
            return documents;
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <T extends EObject> List<T> all(Class<T> type) {
            return (List<T>) byType.computeIfAbsent(type, t -> {
                List<EObject> result = new ArrayList<>();
                for (Resource document : documents) {
                    indexes.computeIfAbsent(document, DocumentIndex::of).addAll(type, result);
                }
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

    /** The elements of one document by class, in document order within each class. Immutable once built. */
    private record DocumentIndex(Map<EClass, List<EObject>> byClass) {

        static DocumentIndex of(Resource document) {
            Collector collector = new Collector();
            for (EObject root : document.getContents()) {
                collector.visit(root);
            }
            return new DocumentIndex(collector.byClass);
        }

        void addAll(Class<?> type, List<EObject> result) {
            for (Map.Entry<EClass, List<EObject>> entry : byClass.entrySet()) {
                Class<?> instanceClass = entry.getKey().getInstanceClass();
                if (instanceClass != null && type.isAssignableFrom(instanceClass)) {
                    result.addAll(entry.getValue());
                }
            }
        }
    }

    /**
     * Walks a document's containment tree in document order (as {@code Resource.getAllContents()} does, without
     * resolving proxies and without entering elements stored in other documents). A plain recursion over the
     * contents lists, remembering the last class's list: a staffing plan's 35,040 intervals cost little more than
     * a loop over them.
     */
    private static final class Collector {
        final Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
        private EClass lastClass;
        private List<EObject> lastList;

        void visit(EObject element) {
            EClass eClass = element.eClass();
            if (eClass != lastClass) {
                lastClass = eClass;
                lastList = byClass.computeIfAbsent(eClass, c -> new ArrayList<>());
            }
            lastList.add(element);
            @SuppressWarnings("unchecked")
            InternalEList<EObject> contents = (InternalEList<EObject>) element.eContents();
            if (contents.isEmpty()) {
                return;
            }
            for (Iterator<EObject> children = contents.basicIterator(); children.hasNext();) {
                EObject child = children.next();
                if (((InternalEObject) child).eDirectResource() == null) {
                    visit(child);
                }
            }
        }
    }
}
