package tandem.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead on a thread of its own: a sheet's zip entry is inflated there while the sheet scanner scans
 * the bytes inflated before (inflating is about a sixth of the scanner's work, which on two threads is the longest
 * part of a large import).
 * <p>
 * The reader gets the same bytes in the same order, and a failure of the source (a damaged entry, a zip-bomb limit)
 * where it happened: after the bytes read before it, thrown unchanged by the read that reaches it, and again by any
 * read after. Memory stays bounded: at most {@value #CHUNKS} chunks of {@value #CHUNK_BYTES} bytes wait.
 * {@link #close()} stops the reading ahead, waits for its thread to end and then closes the source.
 */
public final class ReadAheadStream extends InputStream {

    public static final int CHUNK_BYTES = 64 * 1024;
    public static final int CHUNKS = 4;

    /** Some bytes of the source, or its end ({@code length} -1), or its failure. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private static final Chunk END = new Chunk(null, -1, null);

    private final InputStream source;
    private final Thread reader;
    private final BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private volatile boolean closed;
    private Chunk current;
    private int position;

    /** @param name the reading thread's name (for thread dumps) */
    public ReadAheadStream(InputStream source, String name) {
        this.source = source;
        this.reader = new Thread(this::readAhead, name);
        reader.setDaemon(true);
        reader.start();
    }

    /** On the reading thread: fills chunks until the source ends or fails, or the stream is closed. */
    private void readAhead() {
        while (!closed) {
            byte[] bytes = free.poll();
            int length = 0;
            int read = 0;
            Throwable failure = null;
            try {
                if (bytes == null) {
                    bytes = new byte[CHUNK_BYTES];
                }
                while (length < bytes.length && (read = source.read(bytes, length, bytes.length - length)) >= 0) {
                    length += read;
                }
            } catch (Throwable e) { // every failure reaches the reader, unchanged, after the bytes before it
                failure = e;
            }
            if (length > 0 && !handOver(new Chunk(bytes, length, null))) {
                return;
            }
            if (failure != null) {
                handOver(new Chunk(null, 0, failure));
                return;
            }
            if (read < 0) {
                handOver(END);
                return;
            }
        }
    }

    /** Waits for room unless the stream is closed; {@code false} when it is. */
    private boolean handOver(Chunk chunk) {
        try {
            while (!closed) {
                if (ready.offer(chunk, 20, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public int read() throws IOException {
        if (!hasBytes()) {
            return -1;
        }
        return current.bytes()[position++] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (!hasBytes()) {
            return -1;
        }
        int n = Math.min(count, current.length() - position);
        System.arraycopy(current.bytes(), position, bytes, offset, n);
        position += n;
        return n;
    }

    /** Whether there are bytes to read (taking the next chunk if need be); throws the source's failure. */
    private boolean hasBytes() throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (current == END) {
            return false;
        }
        while (current == null || position == current.length()) {
            if (current != null && current.failure() != null) {
                throw rethrow(current.failure());
            }
            if (current != null) {
                free.offer(current.bytes());
            }
            try {
                current = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            position = 0;
            if (current == END) {
                return false;
            }
        }
        return true;
    }

    /** The source's failure as the reader would have got it reading the source itself. */
    private static IOException rethrow(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure.getMessage(), failure);
    }

    /** Stops the reading ahead, waits for its thread to end, and closes the source. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        ready.clear(); // room for a hand-over under way, which then sees the stream closed
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        ready.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
