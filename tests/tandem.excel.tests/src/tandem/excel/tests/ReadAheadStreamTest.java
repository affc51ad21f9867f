package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import tandem.excel.internal.read.ReadAheadStream;

/**
 * The sheet's read-ahead (inflating on a thread of its own) gives every byte in order, whatever the sizes of the
 * reads; a failure of the source after the bytes before it, unchanged; and closing it early stops its thread and
 * closes the source.
 */
class ReadAheadStreamTest {

    private static final String NAME = "sheet inflater: test";

    @Test
    void theReaderGetsEveryByteInOrder() throws IOException {
        Random random = new Random(17);
        byte[] data = new byte[9 * ReadAheadStream.CHUNK_BYTES + 12345]; // more chunks than wait, and a partial one
        random.nextBytes(data);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        // a source that gives a few bytes at a time, as an inflater may
        InputStream source = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] bytes, int offset, int count) {
                return super.read(bytes, offset, Math.min(count, 1 + random.nextInt(5000)));
            }
        };
        try (ReadAheadStream in = new ReadAheadStream(source, NAME)) {
            byte[] buffer = new byte[200_000];
            while (true) {
                int kind = random.nextInt(3);
                if (kind == 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    read.write(b);
                } else {
                    int n = in.read(buffer, 7, kind == 1 ? random.nextInt(100) : random.nextInt(buffer.length - 7));
                    if (n < 0) {
                        break;
                    }
                    read.write(buffer, 7, n);
                }
            }
            assertEquals(-1, in.read(), "the end stays the end");
        }
        assertArrayEquals(data, read.toByteArray());
    }

    @Test
    void aFailureOfTheSourceComesAfterItsBytesUnchanged() throws IOException {
        for (int failAfter : new int[] {0, 1, ReadAheadStream.CHUNK_BYTES, 3 * ReadAheadStream.CHUNK_BYTES + 99}) {
            IOException damaged = new java.util.zip.ZipException("invalid stored block lengths");
            InputStream source = new InputStream() {
                private int given;

                @Override
                public int read() throws IOException {
                    if (given == failAfter) {
                        throw damaged;
                    }
                    return given++ & 0x7F;
                }
            };
            try (ReadAheadStream in = new ReadAheadStream(source, NAME)) {
                byte[] before = new byte[failAfter];
                int at = 0;
                while (at < failAfter) {
                    at += in.read(before, at, failAfter - at);
                }
                for (int i = 0; i < failAfter; i++) {
                    assertEquals(i & 0x7F, before[i]);
                }
                assertSame(damaged, assertThrows(IOException.class, () -> in.read(new byte[10], 0, 10)));
                assertSame(damaged, assertThrows(IOException.class, in::read), "and again");
            }
        }
        IllegalStateException bug = new IllegalStateException("zip bomb detected");
        try (ReadAheadStream in = new ReadAheadStream(new InputStream() {
            @Override
            public int read() {
                throw bug;
            }
        }, NAME)) {
            assertSame(bug, assertThrows(IllegalStateException.class, in::read), "unchanged, as read directly");
        }
    }

    @Test
    void closingEarlyStopsTheReadingAheadAndClosesTheSource() throws IOException {
        AtomicLong given = new AtomicLong();
        AtomicBoolean sourceClosed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                given.incrementAndGet();
                return 'x';
            }

            @Override
            public void close() {
                sourceClosed.set(true);
            }
        };
        ReadAheadStream in = new ReadAheadStream(endless, NAME);
        assertEquals('x', in.read());
        assertTimeoutPreemptively(Duration.ofSeconds(20), in::close);
        assertTrue(sourceClosed.get(), "the source is closed");
        assertTrue(given.get() <= (ReadAheadStream.CHUNKS + 3L) * ReadAheadStream.CHUNK_BYTES,
                "it read a few chunks ahead, not " + given.get() + " bytes");
        long after = given.get();
        assertEquals(after, given.get(), "nothing read after closing");
        SheetReadersTest.assertNoSheetReaderThread();
    }
}
