package tandem.core.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes files so that readers only ever see the old or the new content: the content goes to a temporary file
 * beside the target, is forced to disk, and then renamed over the target. A crash or a full disk during the
 * write leaves the target untouched and removes the temporary file.
 * <p>
 * A target that is a symbolic link is written through: the file it points to gets the new content and the link
 * stays a link. The new file keeps the permissions (and, where allowed, owner and group) of the file it replaces.
 * The temporary file is named {@code .<name>.tandem-saving-<digits>.tmp}; one left behind by a write that was
 * killed is removed by the next write to the same target.
 */
public final class AtomicFiles {

    /** What the temporary files of a target start with, after the dot and the target's name. */
    static final String TEMPORARY_MARK = ".tandem-saving-";
    /** How old a temporary file must be before another write takes it for left behind. */
    private static final Duration STALE = Duration.ofMinutes(1);
    private static final int MAX_LINKS = 40;

    /** Writes content to a stream; may fail at any point. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} (or the file it links to) with what {@code writer} produces, atomically where the file
     * system allows.
     *
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        write(target, writer, file -> {
            // no condition
        });
    }

    /** Checks, just before the target is replaced, that it still may be; throws to keep it as it is. */
    @FunctionalInterface
    public interface Precondition {
        void check(Path file) throws IOException;
    }

    /**
     * Like {@link #write(Path, ContentWriter)}, but checks {@code beforeReplacing} on the file (links followed) when
     * the new content is complete, right before it replaces the file; when that throws, nothing is replaced.
     */
    public static void write(Path target, ContentWriter writer, Precondition beforeReplacing) throws IOException {
        write(target, writer, beforeReplacing, file -> {
            // nothing to note
        });
    }

    /**
     * Like {@link #write(Path, ContentWriter, Precondition)}; {@code afterReplacing} sees the new file before any
     * other writer may replace it (to note its stamp).
     * <p>
     * The check and the replacement hold an exclusive lock on the file being replaced, so that of two programs
     * saving the same file at once, the second checks only after the first has replaced it: its check then sees
     * the first one's file and can refuse, instead of both passing their checks and the first change being lost.
     */
    static void write(Path target, ContentWriter writer, Precondition beforeReplacing, Precondition afterReplacing)
            throws IOException {
        Path file = followLinks(target.toAbsolutePath());
        Path folder = file.getParent();
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        removeLeftovers(folder, name);
        Path temporary = createTemporary(folder, name);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel)) {
                // Held while writing, so that another write does not take the file for left behind.
                FileLock lock = tryLock(channel);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
                if (lock != null) {
                    lock.release();
                }
            }
            keepAttributes(file, temporary);
            try (ReplaceLock held = ReplaceLock.of(file)) {
                beforeReplacing.check(file);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
                afterReplacing.check(file);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * An exclusive lock on the file a write replaces, held from its check to its replacement. It locks the file as
     * it is (the old content): a writer that opened it before the replacement waits and then checks the new file; a
     * writer that opens it after finds the new file. Waits up to {@link #LOCK_WAIT} for another program (or thread)
     * saving the same file. No lock where the file does not exist yet or cannot be opened for writing (read-only
     * files are refused by the replacement's own checks), nor on Windows, where a locked file cannot be replaced.
     */
    private static final class ReplaceLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private ReplaceLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static ReplaceLock of(Path file) throws IOException {
            if (java.io.File.separatorChar == '\\' || !Files.isRegularFile(file) || !Files.isWritable(file)) {
                return new ReplaceLock(null, null);
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
            } catch (IOException e) {
                return new ReplaceLock(null, null);
            }
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            try {
                while (true) {
                    try {
                        FileLock lock = channel.tryLock();
                        if (lock != null) {
                            return new ReplaceLock(channel, lock);
                        }
                    } catch (OverlappingFileLockException e) {
                        // Another thread of this program holds it: wait as for another program.
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IOException(file.getFileName() + " is being saved by another program; nothing was "
                                + "written: try again");
                    }
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new java.io.InterruptedIOException("interrupted while waiting to save " + file.getFileName());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                try {
                    if (lock != null && lock.isValid()) {
                        lock.release();
                    }
                } finally {
                    channel.close();
                }
            }
        }
    }

    /** How long a write waits for another write of the same file to finish replacing it. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    /**
     * A new empty temporary file beside the target. Made with the default permissions (the user's umask), not the
     * owner-only ones of {@link Files#createTempFile}, so that a new file gets what any new file would get.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            long digits = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
            Path candidate = folder.resolve("." + name + TEMPORARY_MARK + digits + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Whether two paths name the same file, links followed; false when either does not exist. */
    public static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file a path finally names: links followed, also a link to a file that does not exist yet. */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).toAbsolutePath().normalize();
        }
        if (Files.isSymbolicLink(current)) {
            throw new IOException(path + ": too many levels of symbolic links");
        }
        return current;
    }

    private static void keepAttributes(Path original, Path replacement) {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (from == null || to == null || !Files.exists(original)) {
            return;
        }
        try {
            PosixFileAttributes attributes = from.readAttributes();
            to.setPermissions(attributes.permissions());
            try {
                to.setGroup(attributes.group());
                to.setOwner(attributes.owner());
            } catch (IOException | UnsupportedOperationException e) {
                // Only the owner or an administrator may give a file away: the writer then owns the new file.
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Permissions cannot be read or set here (a file system without them): the defaults apply.
        }
    }

    /** Removes temporary files of earlier writes to the same target that were killed before they finished. */
    private static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> isTemporaryOf(p, prefix))) {
            Instant before = Instant.now().minus(STALE);
            for (Path leftover : files) {
                FileTime modified = Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS);
                if (modified.toInstant().isBefore(before) && Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
                        && notBeingWritten(leftover)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: the write goes on.
        }
    }

    private static boolean isTemporaryOf(Path path, String prefix) {
        String file = path.getFileName().toString();
        if (!file.startsWith(prefix)) {
            return false;
        }
        String rest = file.substring(prefix.length());
        // This version's names, and those of earlier versions: .<name><digits>.saving
        return rest.startsWith(TEMPORARY_MARK) && rest.endsWith(".tmp") || rest.matches("\\d+\\.saving");
    }

    private static boolean notBeingWritten(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            return lock != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            return null;
        }
    }
}
