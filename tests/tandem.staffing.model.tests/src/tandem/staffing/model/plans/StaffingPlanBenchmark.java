package tandem.staffing.model.plans;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import tandem.core.documents.PlanResourceFactory;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.time.TimeConversions;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.StaffingForecast;
import tandem.staffing.model.validation.StaffingValidator;

/**
 * Plain timed harness (no OSGi) for a year-long staffing plan of 15-minute intervals (35,040 rows): heap per row,
 * saving and loading the plan file, the full forecast (lift spread, required agents and heads, predicted service
 * level for every interval) and validation.
 * <p>
 * Run: {@code tests/tandem.staffing.model.tests/benchmark plan [runs] [days] [compact|xmi]} (see
 * docs/PERFORMANCE.md): {@code days} of 15-minute rows (365: 35,040 rows; 10417: 1,000,032 rows), saved as the
 * plan files are ({@code compact}: {@link StaffingPlanResourceFactory}) or as the plain XMI of before
 * ({@code xmi}).
 */
public final class StaffingPlanBenchmark {

    private StaffingPlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        boolean xmi = args.length > 2 && args[2].equals("xmi");
        TimeConversions.register();
        StaffingPackage.eINSTANCE.eClass();

        long before = usedHeap();
        StaffingPlan plan = plan(days);
        long after = usedHeap();
        int rows = plan.getIntervals().size();
        System.out.printf("Staffing plan benchmark: %,d rows (%d days of 15-minute intervals), %s files%n", rows,
                days, xmi ? "plain XMI" : "compact");
        System.out.printf("heap for the plan: %.1f MB, %.0f bytes per row%n", (after - before) / 1e6,
                (double) (after - before) / rows);

        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("staffing",
                xmi ? new PlanResourceFactory() : new StaffingPlanResourceFactory());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("center", new PlanResourceFactory());
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.getQueues().add(plan.getQueue());
        set.createResource(URI.createURI("memory:/acme.center")).getContents().add(center);
        Resource resource = set.createResource(URI.createURI("memory:/year.staffing"));
        resource.getContents().add(plan);
        byte[] file = null;
        for (int run = 0; run < runs + 2; run++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            resource.save(out, Map.of());
            file = out.toByteArray();
            long t1 = System.nanoTime();
            long c1 = cpu();
            Resource loaded = set.createResource(URI.createURI("memory:/copy" + run + ".staffing"));
            loaded.load(new ByteArrayInputStream(file), Map.of());
            long t2 = System.nanoTime();
            long c2 = cpu();
            StaffingPlan copy = (StaffingPlan) loaded.getContents().get(0);
            if (copy.getIntervals().size() != rows) {
                throw new IllegalStateException("lost rows");
            }
            set.getResources().remove(loaded);
            StaffingForecast forecast = StaffingForecast.of(plan, (q, day) -> day.getDayOfMonth() == 1 ? 5000 : 0);
            double heads = forecast.summary(0, forecast.size()).peakRequiredHeads();
            long t3 = System.nanoTime();
            EValidator.Registry registry = new EValidatorRegistryImpl();
            registry.put(StaffingPackage.eINSTANCE, new StaffingValidator());
            Diagnostic result = new Diagnostician(registry).validate(plan);
            long t4 = System.nanoTime();
            System.out.printf("%s %d: save %6.1f ms (CPU %.0f ms), load %6.1f ms (CPU %.0f ms), "
                    + "forecast %6.1f ms (peak %.0f heads), validate %6.1f ms (%s)%n",
                    run < 2 ? "warm-up" : "run", run < 2 ? run + 1 : run - 1, (t1 - t0) / 1e6, (c1 - c0) / 1e6,
                    (t2 - t1) / 1e6, (c2 - c1) / 1e6, (t3 - t2) / 1e6, heads, (t4 - t3) / 1e6,
                    result.getSeverity() == Diagnostic.OK ? "valid" : "INVALID");
        }
        System.out.printf("file size: %.2f MB (%.0f bytes per row)%n", file.length / 1e6, (double) file.length / rows);
    }

    /** Days of 15-minute rows with a daily curve of contacts and a schedule. */
    private static StaffingPlan plan(int days) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName("Billing");
        StaffingPlan plan = StaffingPlans.create("Year", queue, 15, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1).plusDays(days - 1L));
        plan.setOccupancyCap(0.9);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(240);
        Random random = new Random(20260101L);
        for (StaffingInterval row : plan.getIntervals()) {
            int hour = row.getStart().getHour();
            boolean open = hour >= 8 && hour < 20;
            row.setBaseline(open ? Math.round(40 + 80 * Math.sin(Math.PI * (hour - 8) / 12) + random.nextInt(20))
                    : 0);
            row.setScheduled(open ? 20 + random.nextInt(20) : 0);
        }
        return plan;
    }

    /** This thread's CPU time in ns: under a loaded machine wall times move by 2-10x, CPU time much less. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
