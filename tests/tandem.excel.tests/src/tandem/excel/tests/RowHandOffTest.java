package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import tandem.excel.internal.read.Cell;
import tandem.excel.internal.read.Row;
import tandem.excel.internal.read.RowHandOff;

/**
 * The hand-over of rows read on a second thread: the sink gets every row once, in order, on the calling thread; a
 * failure of the reading reaches the caller once, after the rows read before it; a sink that stops or fails stops the
 * reading promptly, and no reading thread is left running, however much the reading still had to read.
 */
class RowHandOffTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    private static Row row(int number) {
        return new Row(number, List.of(new Cell(0, "A" + number, Cell.Kind.NUMBER, Integer.toString(number), false)));
    }

    @Test
    void theSinkGetsEveryRowInOrderOnTheCallingThread() throws Exception {
        int total = 5 * RowHandOff.BATCH_ROWS + 17; // several batches and a partial one
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> reader = new AtomicReference<>();
        List<Row> taken = new ArrayList<>();
        RowHandOff handOff = new RowHandOff("test reader");
        Exception failure = handOff.run(sink -> {
            reader.set(Thread.currentThread());
            for (int r = 1; r <= total; r++) {
                sink.row(row(r));
            }
        }, row -> {
            assertSame(caller, Thread.currentThread(), "rows are taken on the calling thread");
            taken.add(row);
            return true;
        });
        assertNull(failure);
        assertEquals(total, taken.size());
        assertEquals(total, handOff.delivered());
        for (int r = 1; r <= total; r++) {
            assertEquals(row(r), taken.get(r - 1));
        }
        assertTrue(reader.get() != caller, "read on a second thread");
        assertFalse(reader.get().isAlive(), "the reading thread has ended");
    }

    @Test
    void aSinkThatStopsStopsTheReadingAndItsThread() {
        for (int stopAfter : new int[] {1, 100, RowHandOff.BATCH_ROWS, 3 * RowHandOff.BATCH_ROWS + 5}) {
            AtomicInteger read = new AtomicInteger();
            AtomicReference<Thread> reader = new AtomicReference<>();
            RowHandOff handOff = new RowHandOff("test reader");
            List<Row> taken = new ArrayList<>();
            Exception failure = assertTimeoutPreemptively(PROMPTLY, () -> handOff.run(sink -> {
                reader.set(Thread.currentThread());
                for (int r = 1;; r++) { // a sheet without end: only stopping ends it
                    sink.row(row(r));
                    read.incrementAndGet();
                }
            }, row -> {
                taken.add(row);
                return taken.size() < stopAfter;
            }));
            assertNull(failure, "stopping is no failure");
            assertEquals(stopAfter, taken.size());
            assertEquals(stopAfter, handOff.delivered());
            assertEquals(row(stopAfter), taken.get(stopAfter - 1));
            assertFalse(reader.get().isAlive(), "the reading thread has ended when run returns");
            assertTrue(read.get() <= stopAfter + (RowHandOff.BATCHES + 2) * RowHandOff.BATCH_ROWS,
                    "the reading stopped within a few batches, not " + read.get() + " rows");
        }
    }

    @Test
    void aSinkThatFailsStopsTheReadingAndItsFailureReachesTheCaller() {
        AtomicReference<Thread> reader = new AtomicReference<>();
        IllegalStateException tooMany = new IllegalStateException("too many problems");
        RowHandOff handOff = new RowHandOff("test reader");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> assertTimeoutPreemptively(PROMPTLY, () -> handOff.run(sink -> {
                    reader.set(Thread.currentThread());
                    for (int r = 1;; r++) {
                        sink.row(row(r));
                    }
                }, row -> {
                    if (row.number() == 5000) {
                        throw tooMany;
                    }
                    return true;
                })));
        assertSame(tooMany, thrown, "the sink's own exception, unchanged");
        assertEquals(4999, handOff.delivered());
        assertFalse(reader.get().isAlive(), "the reading thread has ended");

        // an error of the sink (an assertion, say) too
        AssertionError error = new AssertionError("sink");
        RowHandOff second = new RowHandOff("test reader");
        assertSame(error, assertThrows(AssertionError.class, () -> second.run(sink -> {
            reader.set(Thread.currentThread());
            for (int r = 1;; r++) {
                sink.row(row(r));
            }
        }, row -> {
            throw error;
        })));
        assertFalse(reader.get().isAlive(), "the reading thread has ended");
    }

    @Test
    void aFailureOfTheReadingComesAfterItsRowsAndOnce() throws Exception {
        for (int failAfter : new int[] {0, 1, RowHandOff.BATCH_ROWS, 2 * RowHandOff.BATCH_ROWS + 3}) {
            IOException damaged = new IOException("damaged after row " + failAfter);
            List<Row> taken = new ArrayList<>();
            AtomicReference<Thread> reader = new AtomicReference<>();
            RowHandOff handOff = new RowHandOff("test reader");
            Exception failure = handOff.run(sink -> {
                reader.set(Thread.currentThread());
                for (int r = 1; r <= failAfter; r++) {
                    sink.row(row(r));
                }
                throw damaged;
            }, row -> taken.add(row));
            assertSame(damaged, failure, "the reading's failure, unchanged");
            assertEquals(failAfter, taken.size(), "every row read before the failure");
            assertEquals(failAfter, handOff.delivered());
            assertFalse(reader.get().isAlive(), "the reading thread has ended");
        }
        // an error on the reading thread is thrown on the calling thread, as it would be reading there
        StackOverflowError overflow = new StackOverflowError();
        List<Row> taken = new ArrayList<>();
        StackOverflowError thrown = assertThrows(StackOverflowError.class, () -> new RowHandOff("test reader").run(
                sink -> {
                    sink.row(row(1));
                    throw overflow;
                }, taken::add));
        assertSame(overflow, thrown);
        assertEquals(1, taken.size());
    }

    @Test
    void aSlowSinkKeepsFewRowsWaiting() throws Exception {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int[] taken = {0};
        Exception failure = new RowHandOff("test reader").run(sink -> {
            for (int r = 1; r <= 20 * RowHandOff.BATCH_ROWS; r++) {
                sink.row(row(r));
                read.incrementAndGet();
            }
        }, row -> {
            taken[0]++;
            most.accumulateAndGet(read.get() - taken[0], Math::max);
            if (taken[0] % 2000 == 0) {
                sleep(); // the reading runs ahead as far as it may
            }
            return true;
        });
        assertNull(failure);
        assertEquals(20 * RowHandOff.BATCH_ROWS, taken[0]);
        assertTrue(most.get() <= (RowHandOff.BATCHES + 2) * RowHandOff.BATCH_ROWS,
                "at most a few batches read ahead, not " + most.get() + " rows");
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
