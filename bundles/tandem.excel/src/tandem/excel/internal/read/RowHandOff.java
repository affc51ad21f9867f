package tandem.excel.internal.read;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a sheet's rows on a second thread and hands them over, in batches, to the calling thread, which gives them to
 * the sink in order: inflating the sheet and scanning its XML (about a third of a large import's work) run on another
 * core while the rows already read become model elements.
 * <p>
 * The sink sees what it would see reading on one thread: every row once, in order, on the calling thread; the rows the
 * reading delivered before it failed, then its failure. Memory stays bounded: at most {@value #BATCHES} batches of
 * {@value #BATCH_ROWS} rows are waiting. When the sink stops (returns {@code false}) or fails, the reading is stopped
 * at its next row and its thread has ended before {@link #run} returns or throws.
 */
public final class RowHandOff {

    public static final int BATCH_ROWS = 2048;
    public static final int BATCHES = 4;

    /** What runs on the second thread: reads rows into the sink it is given. */
    @FunctionalInterface
    public interface Reading {
        /**
         * @throws SheetParser.StopReading when the sink it was given wants no more rows (it is rethrown by the sink)
         */
        void readInto(RowSink sink) throws Exception;
    }

    /** Some rows, or the end of the reading ({@code last}, with its failure if it failed). */
    private record Batch(Row[] rows, int count, boolean last, Throwable failure) {
    }

    private final String name;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES);
    /** Set by the calling thread when the sink wants no more rows or failed; the reading stops at its next row. */
    private volatile boolean stopped;
    private Row[] batch = new Row[BATCH_ROWS];
    private int batchCount;
    private int delivered;

    /** @param name the reading thread's name (for thread dumps) */
    public RowHandOff(String name) {
        this.name = name;
    }

    /**
     * Whether reading on a second thread can pay for a sheet of {@code bytes} bytes of XML: a second processor, and
     * a sheet large enough that the rows made meanwhile outweigh starting a thread and handing rows over (a sheet of
     * unknown size is read on two threads).
     */
    static boolean worthIt(long bytes) {
        return Runtime.getRuntime().availableProcessors() > 1 && (bytes < 0 || bytes >= SMALL_SHEET_BYTES);
    }

    /**
     * Below this many bytes of XML (about 450 rows of a staffing sheet) a sheet is read on the calling thread: a thread
     * and the hand-over cost about 0.25 ms, scanning about 1 microsecond a row (docs/PERFORMANCE.md, fourth round).
     */
    static final long SMALL_SHEET_BYTES = 64 * 1024;

    /** The number of rows the sink took. */
    public int delivered() {
        return delivered;
    }

    /**
     * Runs the reading on a second thread and gives its rows to the sink on this one.
     *
     * @return {@code null} when the reading read everything or the sink stopped it, else the reading's failure (an
     *         {@link Exception}: the sink has had every row delivered before it)
     * @throws RuntimeException what the sink threw, unchanged (the reading has stopped)
     * @throws Error            what the sink or the reading threw, unchanged
     * @throws InterruptedException when this thread is interrupted while waiting for rows (the reading has stopped)
     */
    public Exception run(Reading reading, RowSink sink) throws InterruptedException {
        Thread thread = new Thread(() -> produce(reading), name);
        thread.setDaemon(true);
        thread.start();
        boolean ended = false;
        try {
            while (true) {
                Batch next = ready.take();
                Row[] rows = next.rows();
                for (int i = 0; i < next.count(); i++) {
                    boolean more;
                    try {
                        more = sink.row(rows[i]);
                    } catch (SheetParser.StopReading e) {
                        more = false;
                    }
                    delivered++;
                    if (!more) {
                        return null; // finally stops the reading
                    }
                }
                if (next.last()) {
                    ended = true;
                    joinUninterruptibly(thread);
                    Throwable failure = next.failure();
                    if (failure instanceof Error error) {
                        throw error;
                    }
                    if (failure == null || failure instanceof Exception) {
                        return (Exception) failure;
                    }
                    throw new IllegalStateException(failure);
                }
            }
        } finally {
            if (!ended) {
                stop(thread);
            }
        }
    }

    /** On the reading thread: reads, hands the rows over, and the end (with the failure, if any) last. */
    private void produce(Reading reading) {
        Throwable failure = null;
        try {
            reading.readInto(this::take);
        } catch (SheetParser.StopReading e) {
            return; // the sink wants no more: nobody waits for the rest
        } catch (Throwable e) {
            failure = e;
        }
        Row[] rows = batch;
        batch = null;
        handOff(new Batch(rows, batchCount, true, failure));
    }

    /** The reading's sink: collects rows into batches and hands each full one over. */
    private boolean take(Row row) {
        if (stopped) {
            throw new SheetParser.StopReading();
        }
        batch[batchCount++] = row;
        if (batchCount == BATCH_ROWS) {
            if (!handOff(new Batch(batch, batchCount, false, null))) {
                throw new SheetParser.StopReading();
            }
            batch = new Row[BATCH_ROWS];
            batchCount = 0;
        }
        return true;
    }

    /** Waits for room in the queue unless the sink stopped; {@code false} when it did. */
    private boolean handOff(Batch next) {
        try {
            while (!stopped) {
                if (ready.offer(next, 20, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Stops the reading and waits for its thread to end. */
    private void stop(Thread thread) {
        stopped = true;
        ready.clear(); // room for a hand-off under way, which then sees the flag
        joinUninterruptibly(thread);
        ready.clear();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
