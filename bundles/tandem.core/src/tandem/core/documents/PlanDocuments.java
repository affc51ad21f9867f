package tandem.core.documents;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

import tandem.core.documents.LoadProblem.Severity;
import tandem.core.text.Words;

/**
 * The one way every editor and the command line loads and saves plan documents.
 * <p>
 * Loading reports every problem with file, line and reason instead of a stack trace. A document that could not be
 * read is marked unreadable and {@link #save(Resource)} refuses to write over it; only
 * {@link #saveReplacingUnreadable(Resource)}, called after the user confirmed, does. Saving is atomic
 * ({@link AtomicFiles}): a failed save leaves the file as it was.
 */
public final class PlanDocuments {

    private static final Pattern PARSER_LOCATION = Pattern.compile("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$");

    private static final String FILE_NOT_FOUND = "file not found";

    private PlanDocuments() {
    }

    /**
     * A resource set with the load options plan documents need, confined: references in its documents load only
     * plan files inside the folders of the documents loaded through {@link #load} and those given to
     * {@link #confineTo}.
     */
    public static ResourceSet createResourceSet() {
        return configure(new ResourceSetImpl());
    }

    /**
     * Gives an existing resource set (for example an editing domain's) the load options plan documents need, and
     * confines what its documents' references can make it read (see {@link #createResourceSet()}).
     */
    public static ResourceSet configure(ResourceSet set) {
        Map<Object, Object> options = set.getLoadOptions();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PlanResourceFactory.PARSER_POOL);
        if (!(set.getURIConverter() instanceof ConfinedUriConverter)) {
            ConfinedUriConverter confined = new ConfinedUriConverter();
            confined.getURIMap().putAll(set.getURIConverter().getURIMap());
            set.setURIConverter(confined);
            set.setResourceFactoryRegistry(new ConfinedFactories(set.getResourceFactoryRegistry(), confined));
        }
        return set;
    }

    /**
     * The resource factories of a confined set: for a URI that may not be read, the factory registered for its file
     * extension (in the set, else globally), else the plan factory itself, so that finding a factory never looks
     * into the content (EMF's registry would open a URI without a known extension to guess its type, through the
     * global converter, network included); loading it is then refused. Going by the extension keeps the right
     * factory for a document created before its folder is confined (a new plan saved for the first time).
     */
    private record ConfinedFactories(Resource.Factory.Registry registry, ConfinedUriConverter confined)
            implements Resource.Factory.Registry {

        private static final Resource.Factory REFUSED = new PlanResourceFactory();

        @Override
        public Resource.Factory getFactory(URI uri) {
            return confined.refusal(uri) != null ? byExtension(uri) : registry.getFactory(uri);
        }

        @Override
        public Resource.Factory getFactory(URI uri, String contentType) {
            return confined.refusal(uri) != null ? byExtension(uri) : registry.getFactory(uri, contentType);
        }

        private Resource.Factory byExtension(URI uri) {
            PlanResourceFactory plan = ConfinedUriConverter.planFactory(uri, registry.getExtensionToFactoryMap(),
                    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap());
            return plan != null ? plan : REFUSED;
        }

        @Override
        public Map<String, Object> getProtocolToFactoryMap() {
            return registry.getProtocolToFactoryMap();
        }

        @Override
        public Map<String, Object> getExtensionToFactoryMap() {
            return registry.getExtensionToFactoryMap();
        }

        @Override
        public Map<String, Object> getContentTypeToFactoryMap() {
            return registry.getContentTypeToFactoryMap();
        }
    }

    /**
     * Lets references in the set's documents also reach plan files below these folders (links resolved), for
     * example the folders a command was given. A folder may be a file or {@code platform:/resource} URI (a
     * workbench project).
     */
    public static void confineTo(ResourceSet set, Collection<URI> folders) {
        ConfinedUriConverter confined = confinement(set);
        folders.forEach(confined::confineTo);
    }

    /** {@link #confineTo(ResourceSet, Collection)} for local folders. */
    public static void confineToFolders(ResourceSet set, Collection<Path> folders) {
        ConfinedUriConverter confined = confinement(set);
        folders.forEach(confined::confineTo);
    }

    private static ConfinedUriConverter confinement(ResourceSet set) {
        configure(set);
        return (ConfinedUriConverter) set.getURIConverter();
    }

    /**
     * Loads a document into the set.
     *
     * @throws PlanDocumentException naming file, line and reason when it cannot be read; the failed resource is
     *                               removed from the set again
     */
    public static Resource load(ResourceSet set, URI uri) throws PlanDocumentException {
        if (set.getURIConverter() instanceof ConfinedUriConverter confined) {
            confined.opened(uri);
        }
        Resource resource = set.createResource(uri);
        if (resource == null) {
            throw new PlanDocumentException(List.of(new LoadProblem(displayName(uri), 0, 0,
                    "not a plan document (unknown file type '" + uri.fileExtension() + "')", Severity.ERROR)), null);
        }
        // Taken before reading: a save by another program while this one reads then shows as a change.
        Stamp read = Stamp.ofDocument(uri);
        try {
            resource.load(set.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            List<LoadProblem> problems = problemsOf(resource, e);
            set.getResources().remove(resource);
            throw new PlanDocumentException(problems, e);
        }
        List<LoadProblem> problems = problemsOf(resource, null);
        if (!problems.isEmpty()) {
            set.getResources().remove(resource);
            throw new PlanDocumentException(problems, null);
        }
        Stamp.remember(resource, read);
        return resource;
    }

    /**
     * Saves the document like {@link #save(Resource)}, but only if its file is still what {@link #load} read: when
     * another program (another import, an editor) saved the file since, nothing is written, so that neither
     * change is lost silently.
     *
     * @throws FileChangedException when the file changed since it was read
     * @throws IOException          as {@link #save(Resource)}
     */
    public static void saveIfUnchanged(Resource resource) throws IOException {
        if (isUnreadable(resource)) {
            throw new IOException(displayName(resource.getURI())
                    + " could not be read when it was opened; it is not overwritten unless you confirm");
        }
        Stamp read = Stamp.of(resource);
        write(resource, file -> {
            // A document saved under another name (Save As) is compared with nothing.
            if (read != null && AtomicFiles.sameFile(read.file(), file) && !read.sameContentAs(Stamp.of(file))) {
                throw new FileChangedException(displayName(resource.getURI()) + " changed on disk since it was read "
                        + "(another program saved it meanwhile); nothing was written, so that its changes are kept: "
                        + "try again");
            }
        });
    }

    /** What identifies a file's content without reading it: its inode (a save replaces it), size and time. */
    private record Stamp(Path file, Object key, long size, long modified) {

        static Stamp of(Path file) {
            try {
                java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class);
                return new Stamp(file, attributes.fileKey(), attributes.size(),
                        attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                return null;
            }
        }

        /** Whether the file still has what it had when this stamp was taken (the path may differ: a link). */
        boolean sameContentAs(Stamp now) {
            return now != null && java.util.Objects.equals(key, now.key) && size == now.size
                    && modified == now.modified;
        }

        static Stamp of(Resource resource) {
            return resource.eAdapters().stream().filter(Read.class::isInstance).map(a -> ((Read) a).stamp)
                    .findFirst().orElse(null);
        }

        /** The stamp of a document's file, or {@code null} when it is not a local file or cannot be read. */
        static Stamp ofDocument(URI uri) {
            try {
                return of(pathOf(uri));
            } catch (IOException | RuntimeException e) {
                return null; // Not a local file: nothing to compare with later.
            }
        }

        static void remember(Resource resource, Stamp stamp) {
            resource.eAdapters().removeIf(Read.class::isInstance);
            if (stamp != null) {
                resource.eAdapters().add(new Read(stamp));
            }
        }
    }

    /** The stamp of the file as a document was read from it or last saved to it. */
    private static final class Read extends AdapterImpl {
        final Stamp stamp;

        Read(Stamp stamp) {
            this.stamp = stamp;
        }
    }

    /**
     * Opens a document for an editor: like {@link #load}, but a document that cannot be read still yields an empty
     * resource, marked unreadable, together with the problems, so that the editor can show them.
     */
    public static Opened open(ResourceSet set, URI uri) {
        try {
            return new Opened(load(set, uri), List.of());
        } catch (PlanDocumentException e) {
            Resource placeholder = set.createResource(uri);
            if (placeholder == null) {
                placeholder = new org.eclipse.emf.ecore.resource.impl.ResourceImpl(uri);
                set.getResources().add(placeholder);
            }
            placeholder.eAdapters().add(new Unreadable());
            return new Opened(placeholder, e.problems());
        }
    }

    /** A document opened for an editor, with what went wrong while reading it. */
    public record Opened(Resource resource, List<LoadProblem> problems) {
        public boolean readable() {
            return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    /**
     * References from the resource's elements to elements that cannot be found (for example a deleted queue) as
     * warnings, and those that were not followed because they lead outside the confined folders, to something that
     * is not a plan file or to a file that could not be read, as errors.
     */
    public static List<LoadProblem> unresolvedReferences(Resource resource) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
                .find(resource);
        ResourceSet set = resource.getResourceSet();
        unresolved.forEach((proxy, settings) -> {
            URI target = EcoreUtil.getURI(proxy);
            String why = ", which does not exist";
            Severity severity = Severity.WARNING;
            String refusal = set != null && set.getURIConverter() instanceof ConfinedUriConverter confined
                    ? confined.refusal(target) : null;
            if (refusal != null) {
                why = refusal;
                severity = Severity.ERROR;
            } else if (set != null) {
                Resource document = set.getResource(target.trimFragment(), false);
                List<LoadProblem> unreadable = document == null ? List.of() : problemsOf(document, null);
                if (!unreadable.isEmpty() && !unreadable.get(0).reason().equals(FILE_NOT_FOUND)) {
                    why = ", which could not be read (" + unreadable.get(0) + ")";
                    severity = Severity.ERROR;
                }
            }
            for (EStructuralFeature.Setting setting : settings) {
                problems.add(new LoadProblem(displayName(resource.getURI()), 0, 0,
                        ElementPaths.of(setting.getEObject()) + ": " + featureWords(setting.getEStructuralFeature())
                                + " refers to '" + target + "'" + why, severity));
            }
        });
        return problems;
    }

    /**
     * Elements of the document whose id an earlier element of it has already (references to that id are then
     * ambiguous), each named by the id, both elements and the file.
     */
    public static List<LoadProblem> duplicateIds(Resource resource) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<Object, EObject> seen = new HashMap<>();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            EAttribute idAttribute = element.eClass().getEIDAttribute();
            Object id = idAttribute == null ? null : element.eGet(idAttribute);
            if (id == null) {
                continue;
            }
            EObject earlier = seen.putIfAbsent(id, element);
            if (earlier != null) {
                problems.add(new LoadProblem(displayName(resource.getURI()), 0, 0, "duplicate id '" + id + "': "
                        + ElementPaths.of(element) + " has the same id as " + ElementPaths.of(earlier),
                        Severity.ERROR));
            }
        }
        return problems;
    }

    public static boolean isUnreadable(Resource resource) {
        return resource.eAdapters().stream().anyMatch(Unreadable.class::isInstance);
    }

    /**
     * Saves the document atomically, giving new elements their ids first.
     *
     * @throws IOException when the document was unreadable when opened (it is never overwritten unasked) or
     *                     writing fails; the file is then unchanged
     */
    public static void save(Resource resource) throws IOException {
        if (isUnreadable(resource)) {
            throw new IOException(displayName(resource.getURI())
                    + " could not be read when it was opened; it is not overwritten unless you confirm");
        }
        write(resource);
    }

    /** Saves a document that was unreadable when opened, after the user confirmed replacing it. */
    public static void saveReplacingUnreadable(Resource resource) throws IOException {
        write(resource);
        resource.eAdapters().removeIf(Unreadable.class::isInstance);
    }

    private static void write(Resource resource) throws IOException {
        write(resource, file -> {
            // saved whatever the file holds now
        });
    }

    private static void write(Resource resource, AtomicFiles.Precondition beforeReplacing) throws IOException {
        Ids.assignMissing(resource);
        Path file = pathOf(resource.getURI());
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        Stamp[] written = new Stamp[1];
        // The stamp is taken before another writer may replace the file again, so a later save compares with it.
        AtomicFiles.write(file, out -> resource.save(out, options), beforeReplacing,
                replaced -> written[0] = Stamp.of(replaced));
        resource.setModified(false);
        Stamp.remember(resource, written[0]);
    }

    /** The local file behind a document URI (file: or, inside the workbench, platform:/resource). */
    public static Path pathOf(URI uri) throws IOException {
        URI local = CommonPlugin.asLocalURI(uri);
        if (!local.isFile()) {
            throw new IOException("cannot save to " + uri + ": not a local file");
        }
        return new File(local.toFileString()).toPath();
    }

    /** Whether the file behind the URI exists. */
    public static boolean exists(URI uri) {
        try {
            return Files.exists(pathOf(uri));
        } catch (IOException e) {
            return false;
        }
    }

    /** A feature in the words of a sentence: "opening hours" for {@code openingHours}. */
    private static String featureWords(EStructuralFeature feature) {
        String words = Words.of(feature.getName());
        return words.length() > 1 && Character.isLowerCase(words.charAt(1))
                ? Character.toLowerCase(words.charAt(0)) + words.substring(1)
                : words;
    }

    private static String displayName(URI uri) {
        if (uri.isPlatformResource()) {
            return uri.toPlatformString(true).substring(1);
        }
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }

    private static List<LoadProblem> problemsOf(Resource resource, Exception failure) {
        List<LoadProblem> problems = new ArrayList<>();
        String file = displayName(resource.getURI());
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(error instanceof Throwable thrown ? fromException(file, thrown)
                    : new LoadProblem(file, Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0),
                            clean(error.getMessage()), Severity.ERROR));
        }
        if (problems.isEmpty() && failure != null) {
            problems.add(fromException(file, failure));
        }
        return problems;
    }

    private static LoadProblem fromException(String file, Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof PlanResourceFactory.TooDeeplyNested deep) {
                return new LoadProblem(file, Math.max(deep.getLineNumber(), 0), Math.max(deep.getColumnNumber(), 0),
                        deep.getMessage(), Severity.ERROR);
            }
            if (cause instanceof SAXParseException parse) {
                return new LoadProblem(file, Math.max(parse.getLineNumber(), 0), Math.max(parse.getColumnNumber(), 0),
                        "not well-formed XML: " + parse.getMessage(), Severity.ERROR);
            }
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.io.FileNotFoundException || cause instanceof java.nio.file.NoSuchFileException) {
                return new LoadProblem(file, 0, 0, FILE_NOT_FOUND, Severity.ERROR);
            }
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return new LoadProblem(file, Math.max(diagnostic.getLine(), 0), Math.max(diagnostic.getColumn(), 0),
                        clean(diagnostic.getMessage()), Severity.ERROR);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new LoadProblem(file, 0, 0, clean(String.valueOf(root.getMessage())), Severity.ERROR);
    }

    private static String clean(String message) {
        return message == null ? "unreadable" : PARSER_LOCATION.matcher(message).replaceFirst("");
    }

    /** Marks a resource whose file could not be read, so that it is not overwritten unasked. */
    private static final class Unreadable extends AdapterImpl {
    }
}
