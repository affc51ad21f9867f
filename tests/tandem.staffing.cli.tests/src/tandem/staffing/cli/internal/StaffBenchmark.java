package tandem.staffing.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;

import tandem.cli.CliContext;

/**
 * Plain timed harness (no OSGi) for {@code tandem-cli staff}: writes a forecast CSV of a million rows (50 queues,
 * 20,000 15-minute intervals each, 1 to 2,000 calls) and staffs it for 80% in 20 s under a 90% occupancy cap with
 * 30% shrinkage, reporting time and the peak heap. Run it with a small heap to see that rows stream:
 * {@code tests/tandem.staffing.cli.tests/benchmark [rows]} (see docs/PERFORMANCE.md).
 */
public final class StaffBenchmark {

    private StaffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path folder = Files.createTempDirectory("staff-benchmark");
        Path input = folder.resolve("forecast.csv");
        try {
            write(input, rows);
            System.out.printf("staff benchmark: %,d rows, %.1f MB of CSV, max heap %d MB, %d thread(s)%n", rows,
                    Files.size(input) / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024), threads);
            for (int run = 1; run <= 3; run++) {
                resetPeaks();
                long c0 = processCpu();
                long t0 = System.nanoTime();
                int exit = staff(folder, threads);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (processCpu() - c0) / 1e9;
                System.out.printf("run %d: exit %d, %.2f s (process CPU %.2f s), %,.0f rows/s, peak heap %.1f MB, "
                        + "output %.1f MB%n", run, exit, seconds, cpu, rows / seconds, peakHeap() / 1e6,
                        Files.size(folder.resolve("staffing.csv")) / 1e6);
            }
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(folder.resolve("staffing.csv"));
            Files.deleteIfExists(folder);
        }
    }

    private static int staff(Path folder, int threads) throws Exception {
        StaffCommand command = new StaffCommand(threads, StaffCommand.BATCH_ROWS);
        CommandLine line = new DefaultParser().parse(command.options(), new String[] { "--input", "forecast.csv",
                "--output", "staffing.csv", "--interval-seconds", "900", "--target-service-level", "0.8",
                "--answer-within-seconds", "20", "--max-occupancy", "0.9", "--shrinkage", "0.3" });
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        return command.run(line, CliContext.of(quiet, System.err, folder));
    }

    private static void write(Path input, int rows) throws IOException {
        Random random = new Random(20260101L);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(input)) {
            out.write("queue,start,calls,aht_seconds\n");
            for (int i = 0; i < rows; i++) {
                out.write("queue-" + (i % 50) + "," + start.plusMinutes(15L * (i / 50)) + ","
                        + (1 + random.nextInt(2000)) + "," + (180 + random.nextInt(420)) + "\n");
            }
        }
    }

    /** CPU time of the whole process (every thread, GC included), in ns. */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
