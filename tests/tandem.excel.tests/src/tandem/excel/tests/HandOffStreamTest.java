package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tandem.excel.internal.write.HandOffStream;

/**
 * The export's hand-off to the deflating thread passes every byte in order, whatever the sizes of the writes, and a
 * failure of the target reaches the writer instead of hanging it.
 */
class HandOffStreamTest {

    @Test
    void theTargetGetsEveryByteInOrder() throws IOException {
        Random random = new Random(17);
        byte[] data = new byte[3 * 1024 * 1024 + 12345]; // several chunks and a partial one
        random.nextBytes(data);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (HandOffStream out = new HandOffStream(target, "test")) {
            int at = 0;
            while (at < data.length) {
                int kind = random.nextInt(3);
                if (kind == 0) {
                    out.write(data[at++]);
                } else {
                    int n = Math.min(data.length - at, kind == 1 ? random.nextInt(100) : random.nextInt(700_000));
                    out.write(data, at, n);
                    at += n;
                }
            }
        }
        assertArrayEquals(data, target.toByteArray());
    }

    @Test
    void aFailingTargetFailsTheWriterWithoutHangingIt() {
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 600_000) {
                    throw new IOException("disk full");
                }
            }
        };
        IOException failure = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(IOException.class,
                () -> {
                    try (HandOffStream out = new HandOffStream(failing, "test")) {
                        byte[] block = new byte[64 * 1024];
                        for (int i = 0; i < 1000; i++) { // 64 MB: far more than the chunks in flight
                            out.write(block);
                        }
                    }
                }));
        assertEquals("disk full", failure.getMessage());
    }
}
