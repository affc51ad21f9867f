package tandem.core.documents;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The URI converter of every plan resource set: a plan file is data, so what it refers to is read only when it is a
 * plan file inside the folders (or workbench projects) the set is confined to. Anything else, another scheme
 * ({@code http:}, {@code jar:}, ...), a path outside, a FIFO or device, a file type that is not a plan, is refused
 * before any byte is read or any connection made: the reference stays unresolved and is reported.
 * <p>
 * A set is confined to the folders given to {@link PlanDocuments#confineTo} and to the folder (or project) of every
 * document loaded explicitly through {@link PlanDocuments#load}. Documents loaded explicitly are read if they are
 * regular files, wherever they are: the user named them.
 */
final class ConfinedUriConverter extends ExtensibleURIConverterImpl {

    /** Real paths of the folders references may reach. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Workbench projects references may reach ({@code platform:/resource/<project>/...}). */
    private final Set<String> projects = ConcurrentHashMap.newKeySet();
    /** Documents loaded explicitly, normalized. */
    private final Set<URI> opened = ConcurrentHashMap.newKeySet();

    void confineTo(URI folder) {
        URI normalized = normalize(folder);
        if (normalized.isPlatformResource() && normalized.segmentCount() > 1) {
            projects.add(normalized.segment(1));
        } else if (normalized.isFile()) {
            folders.add(realOrAbsolute(new File(normalized.toFileString()).toPath()));
        }
    }

    void confineTo(Path folder) {
        folders.add(realOrAbsolute(folder));
    }

    /** A document the user named: it may be read, and references may reach its folder or project. */
    void opened(URI document) {
        URI normalized = normalize(document);
        opened.add(normalized);
        if (normalized.isPlatformResource() && normalized.segmentCount() > 1) {
            projects.add(normalized.segment(1));
        } else if (normalized.isFile()) {
            Path parent = new File(normalized.toFileString()).toPath().toAbsolutePath().getParent();
            if (parent != null) {
                folders.add(realOrAbsolute(parent));
            }
        }
    }

    /**
     * Why a document may not be read, as the end of a sentence starting "refers to 'x'" (for example
     * {@code " outside the project; not loaded"}), or {@code null} when it may.
     */
    String refusal(URI uri) {
        URI normalized = normalize(uri.trimFragment());
        boolean named = opened.contains(normalized);
        URI local = normalized;
        if (normalized.isPlatformResource()) {
            if (!named && (normalized.segmentCount() < 2 || !projects.contains(normalized.segment(1)))) {
                return OUTSIDE;
            }
            local = CommonPlugin.asLocalURI(normalized);
            if (!local.isFile()) {
                // A workspace file without a local path (a virtual resource): nothing on disk to check.
                return named || isPlanFile(normalized) ? null : NOT_A_PLAN;
            }
        } else if (!normalized.isFile() || normalized.hasAuthority() && !normalized.authority().isEmpty()) {
            return OUTSIDE;
        }
        Path path = new File(local.toFileString()).toPath().toAbsolutePath().normalize();
        if (!named) {
            Path real = realOfExistingPart(path);
            boolean inside = normalized.isPlatformResource() ? projectHolds(normalized, real) : inside(real);
            if (!inside) {
                return OUTSIDE;
            }
            if (!isPlanFile(normalized)) {
                return NOT_A_PLAN;
            }
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
            // A FIFO, a device, a folder, or a link to nothing: opening it could block or read without end.
            return NOT_A_FILE;
        }
        return null;
    }

    /** The real path of a file, or for one that does not exist, of its nearest existing folder plus the rest. */
    private static Path realOfExistingPart(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return realOrAbsolute(existing).resolve(existing.relativize(path));
    }

    /** A platform resource's file is inside its project's folder, links resolved. */
    private static boolean projectHolds(URI platformUri, Path realPath) {
        URI project = CommonPlugin.asLocalURI(URI.createPlatformResourceURI(platformUri.segment(1) + "/", true));
        if (!project.isFile()) {
            return true;
        }
        return realPath.startsWith(realOrAbsolute(new File(project.toFileString()).toPath()));
    }

    private boolean inside(Path path) {
        for (Path folder : folders) {
            if (path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the URI names a plan file, judged by its extension alone (nothing is read). */
    static boolean isPlanFile(URI uri) {
        return planFactory(uri, Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()) != null;
    }

    /**
     * The plan factory registered for the URI's file extension in the first of the maps that has one, or
     * {@code null}. By extension only: asking a registry by URI may read the content to find its type.
     */
    @SafeVarargs
    static PlanResourceFactory planFactory(URI uri, Map<String, Object>... extensionMaps) {
        String extension = uri.fileExtension();
        if (extension == null) {
            return null;
        }
        for (Map<String, Object> map : extensionMaps) {
            Object factory = map.get(extension);
            if (factory instanceof Resource.Factory.Descriptor descriptor) {
                factory = descriptor.createFactory();
            }
            if (factory instanceof PlanResourceFactory plan) {
                return plan;
            }
        }
        return null;
    }

    private static Path realOrAbsolute(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    static final String OUTSIDE = " outside the project; not loaded";
    static final String NOT_A_FILE = ", which is not a regular file; not loaded";
    static final String NOT_A_PLAN = ", which is not a plan file; not loaded";

    @Override
    public URIHandler getURIHandler(URI uri) {
        String refusal = refusal(uri);
        return refusal == null ? super.getURIHandler(uri) : new Refused(super.getURIHandler(uri), refusal);
    }

    /** Answers for a URI that may not be read: no content, no attributes, no connection. */
    private static final class Refused implements URIHandler {
        private final URIHandler writer;
        private final String refusal;

        Refused(URIHandler writer, String refusal) {
            this.writer = writer;
            this.refusal = refusal;
        }

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("refers to '" + uri + "'" + refusal);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            if (!uri.isFile() && !uri.isPlatformResource()) {
                throw new IOException("cannot write '" + uri + "': not a local file");
            }
            return writer.createOutputStream(uri, options);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("cannot delete '" + uri + "'" + refusal);
        }

        @Override
        public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            throw new IOException("cannot change '" + uri + "'" + refusal);
        }
    }
}
