package tandem.staffing.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliRecorder;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.ServiceLevelTarget;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;

/** {@code tandem-cli staff}: forecast CSV in, staffing CSV out, streamed; bad rows stop it without partial output. */
class StaffCommandTest {

    @TempDir
    Path folder;

    private int staff(CliRecorder cli, String... more) {
        String[] base = { "--input", "forecast.csv", "--output", "staffing.csv", "--interval-seconds", "1800" };
        String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
        return cli.run("staff", new StaffCommand(), args);
    }

    private void forecast(String... lines) throws IOException {
        Files.writeString(folder.resolve("forecast.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private List<String> output() throws IOException {
        return Files.readAllLines(folder.resolve("staffing.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheForecastCsvOfTheForecastCommandWithTheAhtGivenOnTheCommandLine() throws IOException {
        forecast("queue,start,forecast,lower,upper", "billing,2026-03-02T08:00,100,90,110");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli, "--aht-seconds", "180", "--target-service-level", "0.8",
                "--answer-within-seconds", "20", "--max-occupancy", "0.85", "--shrinkage", "0.3"), cli.err());
        assertTrue(output().get(1).startsWith("billing,2026-03-02T08:00,100,90,110,14,20,"), output().get(1));
        assertEquals(1, staff(cli), "without --aht-seconds the aht_seconds column is still required");
        assertTrue(cli.err().contains("no 'aht_seconds' column"), cli.err());
    }

    @Test
    void staffsToTheUpperBoundOfTheForecastWhenAsked() throws IOException {
        forecast("queue,start,forecast,lower,upper", "billing,2026-03-02T08:00,80,70,100");
        CliRecorder cli = new CliRecorder(folder);
        String[] targets = { "--aht-seconds", "180", "--target-service-level", "0.8", "--answer-within-seconds", "20",
                "--max-occupancy", "0.85", "--shrinkage", "0.3" };
        assertEquals(0, staff(cli, Stream.concat(Stream.of(targets), Stream.of("--staff-to", "upper"))
                .toArray(String[]::new)), cli.err());
        assertTrue(output().get(1).startsWith("billing,2026-03-02T08:00,80,70,100,14,20,"),
                "100 contacts (the upper bound) need 14 agents: " + output().get(1));
        assertEquals(0, staff(cli, targets), cli.err());
        assertFalse(output().get(1).startsWith("billing,2026-03-02T08:00,80,70,100,14,"), output().get(1));
        assertEquals(2, staff(cli, Stream.concat(Stream.of(targets), Stream.of("--staff-to", "peak"))
                .toArray(String[]::new)));
        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,100,180");
        assertEquals(1, staff(cli, "--staff-to", "upper"));
        assertTrue(cli.err().contains("no 'upper' column"), cli.err());
    }

    @Test
    void addsTheStaffingColumnsAndKeepsEveryInputColumn() throws IOException {
        forecast("start,queue,note,calls,aht_seconds",
                "2026-03-02T08:00,billing,\"Monday, after the mailing\",100,180",
                "2026-03-02T08:30,billing,,0,180");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli, "--target-service-level", "0.8", "--answer-within-seconds", "20",
                "--max-occupancy", "0.85", "--shrinkage", "0.3"), cli.err());
        assertEquals("2 interval(s) staffed: staffing.csv\n", cli.out().replace("\r\n", "\n"));
        List<String> lines = output();
        assertEquals(3, lines.size());
        assertEquals("start,queue,note,calls,aht_seconds,required_agents,scheduled_heads,service_level,asa_seconds,"
                + "asa_answered_seconds,occupancy", lines.get(0));
        assertTrue(lines.get(1).startsWith("2026-03-02T08:00,billing,\"Monday, after the mailing\",100,180,14,20,"
                + "0.88835"), "the textbook interval needs 14 agents, 20 heads: " + lines.get(1));
        assertTrue(lines.get(1).endsWith(",7.836,7.836,0.714286"), "Erlang C answers everyone: " + lines.get(1));
        assertEquals("2026-03-02T08:30,billing,,0,180,0,0,1,0,0,0", lines.get(2), "no calls need nobody");
    }

    @Test
    void withoutATargetItStaffsForEightyPercentInTwentySeconds() throws IOException {
        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,100,180");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli), cli.err());
        int expected = (int) StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.8, 20))
                .requiredAgents(new Workload(100, 1800, 180));
        assertTrue(output().get(1).startsWith("billing,2026-03-02T08:00,100,180," + expected + "," + expected + ","),
                output().get(1));
    }

    @Test
    void erlangAAddsTheAbandonment() throws IOException {
        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,100,180");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli, "--patience-seconds", "90"), cli.err());
        assertTrue(output().get(0).endsWith(",asa_seconds,asa_answered_seconds,occupancy,abandonment"),
                output().get(0));
    }

    @Test
    void theAbandonmentTargetAndTheAnsweredAsaReachTheFile() throws IOException {
        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,100,180");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli, "--patience-seconds", "60", "--target-abandonment", "0.03"), cli.err());
        String[] row = output().get(1).split(",");
        int agents = Integer.parseInt(row[4]);
        Workload workload = new Workload(100, 1800, 180);
        Prediction at = tandem.staffing.erlang.ErlangA.predict(workload, agents, 60, 20);
        assertTrue(at.abandonment() <= 0.03 && Double.parseDouble(row[10]) <= 0.03, output().get(1));
        assertTrue(tandem.staffing.erlang.ErlangA.predict(workload, agents - 1, 60, 20).abandonment() > 0.03);
        assertEquals(at.asaAnsweredSeconds(), Double.parseDouble(row[8]), 5e-4, "ASA of answered calls");
        assertEquals(at.asaSeconds(), Double.parseDouble(row[7]), 5e-4, "ASA of all callers");
    }

    @Test
    void aRowBeyondAnyContactCenterNamesItsLine() throws IOException {
        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,1e13,180");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, staff(cli));
        assertTrue(cli.err().startsWith("tandem-cli staff: forecast.csv:2: the workload is"), cli.err());
        assertTrue(cli.err().contains("check the calls, AHT and interval length"), cli.err());
    }

    @Test
    void aBadRowStopsWithItsLineNumberAndLeavesNoOutput() throws IOException {
        forecast("queue,start,calls,aht_seconds",
                "billing,2026-03-02T08:00,100,180",
                "billing,2026-03-02T08:30,x,180",
                "billing,2026-03-02T09:00,100,180");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, staff(cli));
        assertEquals("tandem-cli staff: forecast.csv:3: calls 'x' is not a number\n", cli.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(folder.resolve("staffing.csv")), "no partial output");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("forecast.csv"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left behind either");
        }
    }

    @Test
    void aBadRowLeavesAnEarlierOutputUntouched() throws IOException {
        Files.writeString(folder.resolve("staffing.csv"), "yesterday's staffing\n");
        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,100,180",
                "billing,2026-03-02T08:30,100,0");
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(1, staff(cli));
        assertEquals("tandem-cli staff: forecast.csv:3: aht_seconds '0' must be more than 0\n",
                cli.err().replace("\r\n", "\n"));
        assertEquals("yesterday's staffing\n", Files.readString(folder.resolve("staffing.csv")));
    }

    @Test
    void problemsInTheFileNameTheLine() throws IOException {
        CliRecorder cli = new CliRecorder(folder);
        forecast("queue,start,calls", "billing,2026-03-02T08:00,100");
        assertEquals(1, staff(cli));
        assertTrue(cli.err().startsWith(
                "tandem-cli staff: forecast.csv:1: the header has no 'aht_seconds' column"), cli.err());

        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02 08:00,100,180");
        assertEquals(1, staff(cli));
        assertTrue(cli.err().startsWith(
                "tandem-cli staff: forecast.csv:2: start '2026-03-02 08:00' is not a date and time"),
                cli.err());

        forecast("queue,start,calls,aht_seconds", "", "billing,2026-03-02T08:00,100");
        assertEquals(1, staff(cli));
        assertTrue(cli.err().startsWith(
                "tandem-cli staff: forecast.csv:3: 3 field(s), but the header has 4"), cli.err());

        forecast("queue,start,calls,aht_seconds", "billing,2026-03-02T08:00,-1,180");
        assertEquals(1, staff(cli));
        assertTrue(cli.err().startsWith("tandem-cli staff: forecast.csv:2: calls '-1' must be 0 or more"), cli.err());

        forecast("queue,start,calls,aht_seconds", "\"billing,2026-03-02T08:00,1,180");
        assertEquals(1, staff(cli));
        assertTrue(cli.err().startsWith("tandem-cli staff: forecast.csv:2: a quoted field is never closed"), cli.err());
        assertFalse(Files.exists(folder.resolve("staffing.csv")));
    }

    @Test
    void badUsageExitsWithTwo() throws IOException {
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(2, cli.run("staff", new StaffCommand(), "--output", "staffing.csv", "--interval-seconds", "900"));
        assertEquals("tandem-cli staff: --input is required\n", cli.err().replace("\r\n", "\n"));
        forecast("queue,start,calls,aht_seconds");
        assertEquals(2, cli.run("staff", new StaffCommand(), "--input", "forecast.csv", "--output", "staffing.csv",
                "--interval-seconds", "quarter"));
        assertEquals("tandem-cli staff: --interval-seconds 'quarter' is not a number\n",
                cli.err().replace("\r\n", "\n"));
        assertEquals(1, cli.run("staff", new StaffCommand(), "--input", "missing.csv", "--output", "staffing.csv",
                "--interval-seconds", "900"));
        assertEquals("tandem-cli staff: missing.csv: file not found\n", cli.err().replace("\r\n", "\n"));
    }

    @Test
    void quotedFieldsWindowsLineEndsAndAByteOrderMarkAreRead() throws IOException {
        Files.writeString(folder.resolve("forecast.csv"), "\uFEFFqueue,start,calls,aht_seconds,comment\r\n"
                + "\"bill\"\"ing\",2026-03-02T08:00,100,180,\"two\r\nlines\"\r\n"
                + "billing,2026-03-02T08:30, 50 ,180,\r\n", StandardCharsets.UTF_8);
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli), cli.err());
        String out = Files.readString(folder.resolve("staffing.csv"));
        assertTrue(out.startsWith("queue,start,calls,aht_seconds,comment,required_agents"), out);
        assertTrue(out.contains("\n\"bill\"\"ing\",2026-03-02T08:00,100,180,\"two\nlines\",14,"), out);
        assertTrue(out.contains("\nbilling,2026-03-02T08:30, 50 ,180,,"), out);
    }

    @Test
    void manyRowsStreamThrough() throws IOException {
        int rows = 20_000;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("forecast.csv"))) {
            out.write("queue,start,calls,aht_seconds\n");
            for (int i = 0; i < rows; i++) {
                out.write("billing,2026-01-01T00:00," + (i % 500) + ",240\n");
            }
        }
        CliRecorder cli = new CliRecorder(folder);
        assertEquals(0, staff(cli), cli.err());
        assertEquals(rows + 1, output().size());
    }
}
