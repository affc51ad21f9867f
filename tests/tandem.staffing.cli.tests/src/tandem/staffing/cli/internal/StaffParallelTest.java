package tandem.staffing.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliRecorder;

/**
 * Issue 17: {@code tandem-cli staff} staffs rows on every core; its output is byte for byte that of a
 * single-threaded run, and a bad row is reported as a single thread reports it.
 */
class StaffParallelTest {

    private static final String[] QUEUES = { "billing", "sales", "\"support, 2nd level\"" };

    @TempDir
    Path folder;

    /** Three queues of a week of quarter hours, in queue order, with an extra column and quoted fields. */
    private void forecast(int badLine) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("queue,start,note,calls,aht_seconds");
        Random random = new Random(17);
        LocalDateTime monday = LocalDateTime.of(2027, 3, 1, 0, 0);
        for (String queue : QUEUES) {
            for (int i = 0; i < 7 * 96; i++) {
                int calls = i % 96 < 30 ? 0 : random.nextInt(400);
                lines.add(queue + "," + monday.plusMinutes(15L * i) + "," + (i % 11 == 0 ? "\"a, b\"" : "")
                        + "," + calls + "," + (150 + random.nextInt(300)));
            }
        }
        if (badLine > 0) {
            lines.set(badLine - 1, "sales,2027-03-02T10:00,,many,180");
            lines.set(badLine + 300, "sales,2027-03-03T10:00,,-5,180");
        }
        Files.writeString(folder.resolve("forecast.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private int staff(CliRecorder cli, StaffCommand command, String output) {
        return cli.run("staff", command, "--input", "forecast.csv", "--output", output, "--interval-seconds", "900",
                "--target-service-level", "0.8", "--answer-within-seconds", "20", "--max-occupancy", "0.9",
                "--shrinkage", "0.3");
    }

    @Test
    void parallelOutputIsByteForByteTheSingleThreadedOutput() throws IOException {
        forecast(0);
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli, new StaffCommand(1, StaffCommand.BATCH_ROWS), "single.csv"), cli.err());
        assertTrue(cli.out().contains("2016 interval(s) staffed"), cli.out());
        byte[] single = Files.readAllBytes(folder.resolve("single.csv"));
        for (int threads : new int[] { 2, 3, 8 }) {
            for (int batch : new int[] { 1, 7, 64, 2016, 5000 }) {
                String output = "parallel-" + threads + "-" + batch + ".csv";
                assertEquals(0, staff(cli, new StaffCommand(threads, batch), output), cli.err());
                assertTrue(cli.out().contains("2016 interval(s) staffed"), cli.out());
                assertArrayEquals(single, Files.readAllBytes(folder.resolve(output)), output);
            }
        }
        assertEquals(0, staff(cli, new StaffCommand(), "default.csv"), cli.err());
        assertArrayEquals(single, Files.readAllBytes(folder.resolve("default.csv")));
    }

    @Test
    void theFirstBadRowIsReportedAsASingleThreadReportsItAndNothingIsWritten() throws IOException {
        forecast(1500);
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, staff(cli, new StaffCommand(1, StaffCommand.BATCH_ROWS), "single.csv"));
        String expected = cli.err();
        assertTrue(expected.contains("forecast.csv:1500: calls 'many' is not a number"), expected);
        for (int batch : new int[] { 1, 64, 1000 }) {
            assertEquals(1, staff(cli, new StaffCommand(4, batch), "parallel.csv"));
            assertEquals(expected, cli.err());
            assertFalse(Files.exists(folder.resolve("parallel.csv")));
        }
    }
}
