package tandem.excel.internal.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands what is written to a second thread, which writes it to the target stream: a sheet's XML is made on the calling
 * thread while the zip stream deflates it on another core (deflating is about a third of an export's work). The
 * target receives the same bytes in the same order, so the workbook is the same, byte for byte.
 * <p>
 * Memory stays bounded: at most {@value #CHUNKS} chunks of {@value #CHUNK_BYTES} bytes are in flight, and the writer
 * waits when the deflating thread is behind. The target must not be touched by anyone else until {@link #close()}
 * (which waits for the second thread and reports its failure) returns; closing does not close the target.
 */
public final class HandOffStream extends OutputStream {

    static final int CHUNK_BYTES = 256 * 1024;
    static final int CHUNKS = 4;

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final OutputStream target;
    private final BlockingQueue<Chunk> written = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final Thread writer;
    private volatile IOException failure;
    private byte[] current = new byte[CHUNK_BYTES];
    private int length;
    private int allocated = 1;
    private boolean closed;

    public HandOffStream(OutputStream target, String name) {
        this.target = target;
        this.writer = new Thread(this::writeChunks, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Whether handing off can pay: a second processor to deflate on. */
    public static boolean worthIt() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    private void writeChunks() {
        while (true) {
            Chunk chunk;
            try {
                chunk = written.take();
            } catch (InterruptedException e) {
                failure = new InterruptedIOException("interrupted while writing");
                return;
            }
            if (chunk == END) {
                return;
            }
            if (failure == null) {
                try {
                    target.write(chunk.bytes(), 0, chunk.length());
                } catch (IOException | RuntimeException e) {
                    failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
            free.offer(chunk.bytes()); // after a failure: keep taking chunks so that the writing side never waits
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (length == current.length) {
            handOff();
        }
        current[length++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        while (count > 0) {
            if (length == current.length) {
                handOff();
            }
            int n = Math.min(count, current.length - length);
            System.arraycopy(bytes, offset, current, length, n);
            length += n;
            offset += n;
            count -= n;
        }
    }

    private void handOff() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw failed;
        }
        put(new Chunk(current, length));
        byte[] next = free.poll();
        if (next == null && allocated > CHUNKS) {
            next = take(); // all chunks in flight: wait for the deflating thread
        }
        if (next == null) {
            next = new byte[CHUNK_BYTES];
            allocated++;
        }
        current = next;
        length = 0;
    }

    /** Hands over what is left and waits until the second thread has written it all. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (length > 0) {
            put(new Chunk(current, length));
            length = 0;
        }
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the workbook to be written");
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void put(Chunk chunk) throws IOException {
        try {
            written.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    private byte[] take() throws IOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }
}
