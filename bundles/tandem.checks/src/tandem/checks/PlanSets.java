package tandem.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

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

    private static final class Indexed implements PlanSet {
        private final ResourceSet set;
        private final List<Resource> documents;
        private Map<EClass, List<EObject>> byClass;
        private final Map<Class<?>, List<?>> byType = new HashMap<>();

        Indexed(ResourceSet set, List<Resource> documents) {
            this.set = set;
            this.documents = List.copyOf(documents);
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
                for (Map.Entry<EClass, List<EObject>> entry : index().entrySet()) {
                    Class<?> instanceClass = entry.getKey().getInstanceClass();
                    if (instanceClass != null && type.isAssignableFrom(instanceClass)) {
                        result.addAll(entry.getValue());
                    }
                }
                return List.copyOf(result);
            });
        }

        private Map<EClass, List<EObject>> index() {
            if (byClass == null) {
                byClass = new java.util.LinkedHashMap<>();
                for (Resource document : documents) {
                    document.getAllContents().forEachRemaining(
                            e -> byClass.computeIfAbsent(e.eClass(), c -> new ArrayList<>()).add(e));
                }
            }
            return byClass;
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
}
