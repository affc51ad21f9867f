package tandem.core.documents;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Finds plan documents: files whose extension is registered with a {@link PlanResourceFactory}. */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** Whether the file is a plan document Tandem can read, judged by its extension. */
    public static boolean isPlanFile(Path file) {
        return ConfinedUriConverter.isPlanFile(URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /**
     * Whether the file is a plan by its content: its extension is registered with a {@link RecognisingFactory}
     * (for example contact flows in {@code .json} files) that recognises it. Reads the file (a little), unlike
     * {@link #isPlanFile(Path)}.
     */
    public static boolean isRecognisedPlan(Path file) {
        RecognisingFactory factory = recognisingFactory(file);
        return factory != null && Files.isRegularFile(file) && factory.recognises(file);
    }

    /**
     * Whether the file may be a plan, judged by its extension alone (nothing is read): a plan file, or a file of an
     * extension a {@link RecognisingFactory} reads. For reacting to changes, where a removed file cannot be read.
     */
    public static boolean mayBePlan(Path file) {
        return isPlanFile(file) || recognisingFactory(file) != null;
    }

    private static RecognisingFactory recognisingFactory(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        Object factory = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get(name.substring(dot + 1));
        if (factory instanceof Resource.Factory.Descriptor descriptor) {
            factory = descriptor.createFactory();
        }
        return factory instanceof RecognisingFactory recognising ? recognising : null;
    }

    /**
     * The plan documents among the given files and below the given folders (hidden folders and build output
     * skipped), in a stable order. A folder given as a symbolic link is followed; links below it are not.
     *
     * @throws IOException naming a path that does not exist or a folder that cannot be listed
     */
    public static List<Path> find(List<Path> filesOrFolders) throws IOException {
        List<LoadProblem> unreadable = new ArrayList<>();
        List<Path> found = find(filesOrFolders, problem -> {
            if (problem.severity() == LoadProblem.Severity.ERROR) {
                unreadable.add(problem);
            }
        });
        if (!unreadable.isEmpty()) {
            throw new IOException(unreadable.get(0).toString());
        }
        return found;
    }

    /**
     * Like {@link #find(List)}, but a folder or file below a given folder that cannot be listed or read is handed
     * to {@code unreadable} and the rest is still found.
     *
     * @throws IOException naming a given path that does not exist
     */
    public static List<Path> find(List<Path> filesOrFolders, Consumer<LoadProblem> unreadable) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                walk(path, found, unreadable);
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else if (Files.exists(path)) {
                throw new IOException(path + ": not a regular file or folder");
            } else {
                throw new IOException(path + ": no such file or folder");
            }
        }
        return found;
    }

    /** Walks the folder's real location, naming what is found by the path given (which may go through a link). */
    private static void walk(Path folder, List<Path> found, Consumer<LoadProblem> unreadable) throws IOException {
        Path real = folder.toRealPath();
        List<Path> inFolder = new ArrayList<>();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(real) || !hiddenOrBuildOutput(real, dir) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (hiddenOrBuildOutput(real, file) || !isPlanFile(file)) {
                    return FileVisitResult.CONTINUE;
                }
                Path named = folder.resolve(real.relativize(file).toString());
                if (attributes.isRegularFile()) {
                    inFolder.add(named);
                } else if (attributes.isSymbolicLink()) {
                    // A link is checked when it leads to a plan file inside the folder, never outside it.
                    if (Files.isRegularFile(file) && realPath(file).startsWith(real)) {
                        inFolder.add(named);
                    } else {
                        unreadable.accept(new LoadProblem(named.toString(), 0, 0, "is a link to something outside "
                                + folder + " or not a file; not checked", LoadProblem.Severity.WARNING));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                Path named = folder.resolve(real.relativize(file).toString());
                if (!hiddenOrBuildOutput(real, file)) {
                    unreadable.accept(new LoadProblem(named.toString(), 0, 0, "cannot be read ("
                            + reason(e) + "); not checked", LoadProblem.Severity.ERROR));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    visitFileFailed(dir, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        inFolder.sort(null);
        found.addAll(inFolder);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean hiddenOrBuildOutput(Path root, Path p) {
        if (p.equals(root)) {
            return false;
        }
        for (Path part : root.relativize(p)) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("bin")) {
                return true;
            }
        }
        return false;
    }
}
