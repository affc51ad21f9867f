package tandem.core.rows;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.PlanDocuments;

/**
 * Row-table benchmark (docs/PERFORMANCE.md), run outside OSGi by {@code tests/tandem.core.tests/benchmark}:
 * <ul>
 * <li>{@code write FILE [queues] [years]}: a contact history of 50 queues x 3 years of 15-minute rows (5.26 M rows:
 * queue, start, offered, handled, abandoned, AHT in tenths of a second) saved as a row-table document;</li>
 * <li>{@code load FILE [runs]}: loads it {@code runs} times, prints each load's time, the median and the heap the
 * loaded document holds (after a full GC). Run it with {@code -Xmx150m} to show that it fits.</li>
 * </ul>
 */
public final class RowTableBenchmark {

    static final List<Column> HISTORY = List.of(new Column("queue", ColumnType.DICTIONARY),
            new Column("start", ColumnType.EPOCH_MINUTE), new Column("offered", ColumnType.INT),
            new Column("handled", ColumnType.INT), new Column("abandoned", ColumnType.INT),
            new Column("ahtTenths", ColumnType.INT));

    private RowTableBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: write FILE [queues] [years] | load FILE [runs]");
            System.exit(2);
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("write")) {
            int queues = args.length > 2 ? Integer.parseInt(args[2]) : 50;
            int years = args.length > 3 ? Integer.parseInt(args[3]) : 3;
            write(file, queues, years);
        } else {
            load(file, args.length > 2 ? Integer.parseInt(args[2]) : 5);
        }
    }

    private static void write(Path file, int queues, int years) throws IOException {
        int perQueue = years * 365 * 96;
        RowTable.Builder rows = RowTable.builder(HISTORY, queues * perQueue);
        Random random = new Random(42);
        int first = RowTable.epochMinute(LocalDateTime.of(2024, 1, 1, 0, 0));
        for (int q = 0; q < queues; q++) {
            String queue = "Queue " + (q + 1);
            for (int i = 0; i < perQueue; i++) {
                int minuteOfDay = (i % 96) * 15;
                double daily = Math.max(0, Math.sin(Math.PI * (minuteOfDay - 7 * 60) / (12 * 60.0)));
                int offered = (int) Math.round(daily * (40 + q) + random.nextGaussian() * 3 * daily);
                offered = Math.max(0, offered);
                int abandoned = offered == 0 ? 0 : random.nextInt(1 + offered / 10);
                rows.appendRow();
                rows.setString(0, queue).setInt(1, first + 15 * i).setInt(2, offered).setInt(3, offered - abandoned)
                        .setInt(4, abandoned).setInt(5, offered == 0 ? 0 : 1500 + random.nextInt(2000));
            }
        }
        RowTable table = rows.build();
        long started = System.nanoTime();
        Resource resource = documents().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(document(table));
        PlanDocuments.save(resource);
        System.out.printf("wrote %,d rows to %s: %,d bytes (%.1f bytes per row) in %d ms%n", table.rowCount(), file,
                Files.size(file), Files.size(file) / (double) table.rowCount(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void load(Path file, int runs) throws IOException {
        long[] millis = new long[runs];
        Object held = null;
        for (int run = 0; run < runs; run++) {
            held = null;
            System.gc();
            long before = usedHeap();
            long started = System.nanoTime();
            EObject document = PlanDocuments.load(documents(), URI.createFileURI(file.toString())).getContents()
                    .get(0);
            millis[run] = (System.nanoTime() - started) / 1_000_000;
            held = document;
            System.gc();
            long after = usedHeap();
            RowTable table = (RowTable) document.eGet(document.eClass().getEStructuralFeature("rows"));
            // Heap is measured on the first run only: later runs start with the parser pool's last handler
            // still holding the previous document.
            System.out.printf("run %d: %,d rows loaded in %d ms%s%n", run + 1, table.rowCount(), millis[run],
                    run > 0 ? "" : String.format(", the document holds %.1f MB of heap (%.1f bytes per row)",
                            (after - before) / 1e6, (after - before) / (double) table.rowCount()));
        }
        Arrays.sort(millis);
        System.out.printf("median load %d ms (min %d ms) of %d runs; max heap %.0f MB; %s%n", millis[runs / 2],
                millis[0], runs, Runtime.getRuntime().maxMemory() / 1e6, held == null ? "" : "done");
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static EClass historyClass;

    private static ResourceSet documents() {
        ResourceSet set = PlanDocuments.createResourceSet();
        EPackage model = historyClass().getEPackage();
        set.getPackageRegistry().put(model.getNsURI(), model);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new RowTableResourceFactory());
        return set;
    }

    private static EObject document(RowTable table) {
        EObject history = EcoreUtil.create(historyClass());
        history.eSet(historyClass().getEStructuralFeature("name"), "Benchmark history");
        history.eSet(historyClass().getEStructuralFeature("rows"), table);
        return history;
    }

    private static EClass historyClass() {
        if (historyClass == null) {
            EcoreFactory ecore = EcoreFactory.eINSTANCE;
            EPackage model = ecore.createEPackage();
            model.setName("bench");
            model.setNsPrefix("bench");
            model.setNsURI("http://tandem.dev/benchmark/rows");
            EDataType rowTable = ecore.createEDataType();
            rowTable.setName("RowTable");
            rowTable.setInstanceClass(RowTable.class);
            rowTable.setSerializable(false);
            EClass history = ecore.createEClass();
            history.setName("History");
            EAttribute name = ecore.createEAttribute();
            name.setName("name");
            name.setEType(org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING);
            EAttribute rows = ecore.createEAttribute();
            rows.setName("rows");
            rows.setEType(rowTable);
            rows.setTransient(true);
            history.getEStructuralFeatures().addAll(List.of(name, rows));
            model.getEClassifiers().addAll(List.of(rowTable, history));
            historyClass = history;
        }
        return historyClass;
    }
}
