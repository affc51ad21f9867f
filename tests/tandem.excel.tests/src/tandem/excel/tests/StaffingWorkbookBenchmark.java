package tandem.excel.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.internal.layouts.StaffingLayout;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;

/**
 * Timed harness: exports a staffing plan of a million 15-minute intervals to a workbook and imports it again, with
 * the JVM limited to 512 MB, and prints time and peak heap of each step. Not a unit test: the script
 * {@code tests/tandem.excel.tests/benchmark} runs it outside OSGi, {@code -Dtandem.excel.benchmark} in OSGi (see
 * docs/PERFORMANCE.md); it checks only that every row came back.
 */
public final class StaffingWorkbookBenchmark {

    @TempDir
    Path folder;

    @Test
    void exportAndImportAMillionIntervals() throws IOException {
        int rows = Integer.getInteger("tandem.excel.benchmark.rows", 1_000_000);
        run(rows, folder);
    }

    /** Runs the harness outside OSGi, with a plain class path (see docs/PERFORMANCE.md). */
    public static void main(String[] args) throws IOException {
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent("center",
                new tandem.core.documents.PlanResourceFactory());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent("staffing",
                new tandem.staffing.model.plans.StaffingPlanResourceFactory());
        Path folder = Files.createTempDirectory("excel-benchmark");
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000, folder);
        } finally {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    static void run(int rows, Path folder) throws IOException {
        print("Machine: %d cores, %s, Java %s (%s), max heap %d MB", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);
        ResourceSet set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setId("queue-billing");
        queue.setName("Billing");
        center.getQueues().add(queue);
        add(set, folder.resolve("acme.center"), center);
        WorkbookLayout layout = new StaffingLayout().layout();
        Path workbook = folder.resolve("forecast.xlsx");

        long start = System.nanoTime();
        StaffingPlan plan = plan(rows, queue);
        add(set, folder.resolve("forecast.staffing"), plan);
        long modelBytes = usedAfterGc();
        print("Model of %,d intervals built in %.1f s; it holds %d MB of heap", rows, seconds(start),
                modelBytes >> 20);

        resetPeaks();
        start = System.nanoTime();
        long cpu = cpu();
        List<SheetCounts> written = WorkbookExport.write(plan, layout, ReferenceScope.of(set), workbook);
        print("Export: %,d rows in %.1f s (%.1f s CPU), peak heap %d MB (the model included), workbook %d MB",
                written.get(1).rows(), seconds(start), (cpu() - cpu) / 1e9, peakHeap() >> 20,
                Files.size(workbook) >> 20);

        set.getResources().remove(plan.eResource());
        plan = null;
        long withoutModel = usedAfterGc();
        resetPeaks();
        start = System.nanoTime();
        cpu = cpu();
        ImportResult read = WorkbookImport.read(workbook, layout, ReferenceScope.of(set));
        double importSeconds = seconds(start);
        double importCpu = (cpu() - cpu) / 1e9;
        long peak = peakHeap();
        StaffingPlan imported = (StaffingPlan) read.documentOrThrow();
        print("Import: %,d rows in %.1f s (%.1f s CPU), peak heap %d MB (%d MB before, the new model included), "
                + "model after GC %d MB", imported.getIntervals().size(), importSeconds, importCpu, peak >> 20,
                withoutModel >> 20,
                (usedAfterGc() - withoutModel) >> 20);
        check(imported.getIntervals().size() == rows, "every row came back");
        check(imported.getQueue() == queue, "the queue came back");
        for (int i = 0; i < rows; i += Math.max(1, rows / 1000)) {
            StaffingInterval interval = imported.getIntervals().get(i);
            check(interval.getStart().equals(start(i)) && interval.getBaseline() == baseline(i)
                    && interval.getScheduled() == i % 40, "interval " + i + " came back unchanged");
        }
    }

    /** Plain checks, so that the harness runs without JUnit on the class path. */
    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark result is wrong: not " + what);
        }
    }

    private static StaffingPlan plan(int rows, Queue queue) {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setId("plan-forecast");
        plan.setName("Forecast");
        plan.setQueue(queue);
        plan.setStartDate(LocalDate.of(2026, 1, 1));
        plan.setEndDate(start(rows - 1).toLocalDate());
        @SuppressWarnings("unchecked")
        InternalEList<StaffingInterval> intervals = (InternalEList<StaffingInterval>) (InternalEList<?>) plan
                .getIntervals();
        for (int i = 0; i < rows; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(start(i));
            interval.setBaseline(baseline(i));
            interval.setScheduled(i % 40);
            if (i % 10 == 0) {
                interval.setAhtSeconds(180.0 + i % 60);
            }
            intervals.addUnique(interval);
        }
        return plan;
    }

    private static LocalDateTime start(int i) {
        return LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(15L * i);
    }

    private static double baseline(int i) {
        return (i % 97) * 0.5 + (i % 7) / 8.0;
    }

    private static void add(ResourceSet set, Path file, org.eclipse.emf.ecore.EObject root) {
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(root);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        usedAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment since the reset. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** CPU time of this thread, which a busy machine does not inflate as it does wall-clock time. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("[excel-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
