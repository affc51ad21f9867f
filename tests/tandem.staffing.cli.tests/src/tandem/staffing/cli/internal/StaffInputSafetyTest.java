package tandem.staffing.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliRecorder;

/** staff never overwrites its input, and never guesses at text that is not in the encoding it reads. */
class StaffInputSafetyTest {

    private static final String FORECAST = "queue,start,calls,aht_seconds\nVentes été,2026-03-02T08:00,100,180\n"
            + "Ventes été,2026-03-02T08:30,80,180\n";

    @TempDir
    Path folder;

    @Test
    void anOutputThatLinksToTheInputIsRefused() throws IOException {
        Path input = Files.writeString(folder.resolve("in.csv"), FORECAST);
        Files.createSymbolicLink(folder.resolve("link.csv"), input);
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(2, cli.run("staff", new StaffCommand(), "--input", "link.csv", "--output", "in.csv",
                "--interval-seconds", "1800"), cli.err());
        assertTrue(cli.err().contains("--output must not be the --input file"), cli.err());
        assertEquals(FORECAST, Files.readString(input), "the input is untouched");
    }

    @Test
    void latin1InputStopsWithTheLineUnlessItsEncodingIsGiven() throws IOException {
        Files.write(folder.resolve("forecast.csv"), FORECAST.getBytes(StandardCharsets.ISO_8859_1));
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, cli.run("staff", new StaffCommand(), "--input", "forecast.csv", "--output", "staffing.csv",
                "--interval-seconds", "1800"));
        assertTrue(cli.err().contains("forecast.csv:2: not UTF-8 text"), cli.err());
        assertTrue(cli.err().contains("--encoding"), cli.err());
        assertFalse(Files.exists(folder.resolve("staffing.csv")), "no output is written");

        assertEquals(0, cli.run("staff", new StaffCommand(), "--input", "forecast.csv", "--output", "staffing.csv",
                "--interval-seconds", "1800", "--encoding", "ISO-8859-1"), cli.err());
        assertTrue(Files.readString(folder.resolve("staffing.csv"), StandardCharsets.UTF_8)
                .contains("Ventes été,2026-03-02T08:00"));

        assertEquals(2, cli.run("staff", new StaffCommand(), "--input", "forecast.csv", "--output", "staffing.csv",
                "--interval-seconds", "1800", "--encoding", "Klingon-8"));
        assertTrue(cli.err().contains("unknown character encoding 'Klingon-8'"), cli.err());
    }

    @Test
    void aWorkloadTooLargeToStaffIsNamedWithItsLineNotANegativeNumber() throws IOException {
        Files.writeString(folder.resolve("forecast.csv"), "queue,start,calls,aht_seconds\n"
                + "billing,2026-03-02T08:00,100,180\nbilling,2026-03-02T08:30,1e15,1e9\n");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, cli.run("staff", new StaffCommand(), "--input", "forecast.csv", "--output", "staffing.csv",
                "--interval-seconds", "1800"));
        assertTrue(cli.err().contains("forecast.csv:3: the workload is "), cli.err());
        assertFalse(Files.exists(folder.resolve("staffing.csv")));

        assertEquals(2, cli.run("erlang", new ErlangCommand(), "--calls", "1e15", "--interval-seconds", "1800",
                "--aht-seconds", "1e9", "--target-service-level", "0.8", "--answer-within-seconds", "20"));
        assertTrue(cli.err().contains("the workload is "), cli.err());
        assertFalse(cli.out().contains("-"), cli.out());
    }

    @Test
    void aHugeLineStopsWithItsLineNumberBeforeMemoryRunsOut() throws IOException {
        try (java.io.Writer out = Files.newBufferedWriter(folder.resolve("forecast.csv"))) {
            out.write("queue,start,calls,aht_seconds\nbilling,");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.write(",100,180\n");
        }
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, cli.run("staff", new StaffCommand(), "--input", "forecast.csv", "--output", "staffing.csv",
                "--interval-seconds", "1800"));
        assertTrue(cli.err().contains("forecast.csv:2: the record is longer than"), cli.err());
    }
}
