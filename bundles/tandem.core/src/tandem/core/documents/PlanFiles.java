package tandem.core.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Finds plan documents: files whose extension is registered with a {@link PlanResourceFactory}. */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** Whether the file is a plan document Tandem can read, judged by its extension. */
    public static boolean isPlanFile(Path file) {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Object factory = Resource.Factory.Registry.INSTANCE.getFactory(uri);
        return factory instanceof PlanResourceFactory && uri.fileExtension() != null
                && Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().containsKey(uri.fileExtension());
    }

    /**
     * The plan documents among the given files and below the given folders (hidden folders and build output
     * skipped), in a stable order.
     *
     * @throws IOException naming a path that does not exist or cannot be listed
     */
    public static List<Path> find(List<Path> filesOrFolders) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> !hiddenOrBuildOutput(path, p)).filter(Files::isRegularFile)
                            .filter(PlanFiles::isPlanFile).sorted().forEach(found::add);
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                throw new IOException(path + ": no such file or folder");
            }
        }
        return found;
    }

    private static boolean hiddenOrBuildOutput(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("bin")) {
                return true;
            }
        }
        return false;
    }
}
