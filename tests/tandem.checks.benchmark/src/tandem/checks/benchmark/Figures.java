package tandem.checks.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects timings, prints them, and says on which machine they were taken. */
final class Figures {

    private final Map<String, List<Long>> perCheck = new LinkedHashMap<>();
    private final List<Long> totals = new ArrayList<>();

    void add(long totalNanos, Map<String, Long> checkNanos) {
        totals.add(totalNanos);
        checkNanos.forEach((check, nanos) -> perCheck.computeIfAbsent(check, c -> new ArrayList<>()).add(nanos));
    }

    double medianMillis() {
        return median(totals);
    }

    double minMillis() {
        return Collections.min(totals) / 1e6;
    }

    /** The median time of each check, slowest first. */
    String perCheck() {
        StringBuilder text = new StringBuilder();
        perCheck.entrySet().stream().sorted((a, b) -> Double.compare(median(b.getValue()), median(a.getValue())))
                .forEach(e -> text.append(String.format(Locale.ROOT, "      %-40s %9.1f ms%n", e.getKey(),
                        median(e.getValue()))));
        return text.toString();
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
    }

    /** Heap in use after a full collection, in MB. */
    static double usedHeapMb() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** The sum of the heap pools' peak usage since the start, in MB: an upper bound of the heap needed. */
    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    /** nproc, CPU model, Java, maximum heap and the load average now. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the CPU stays unknown
        }
        return String.format(Locale.ROOT, "nproc %d, %s, %s %s, max heap %,d MB, load average %.1f",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() / 1_000_000,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
