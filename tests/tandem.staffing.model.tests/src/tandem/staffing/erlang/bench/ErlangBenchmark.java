package tandem.staffing.erlang.bench;

import java.util.Arrays;
import java.util.Random;

import tandem.staffing.erlang.ServiceLevelTarget;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;

/**
 * Plain timed harness for the staffing engine: one year of 15-minute intervals (35,040) for 50
 * queues, 1,752,000 required-agent calculations for 80% in 20 s under a 90% occupancy cap,
 * single-threaded.
 *
 * <p>Volumes are drawn uniformly from 1..5,000 contacts per interval (seeded), which is harsher
 * than a real forecast (mostly small intervals): the cost of an interval grows with the square
 * root of its traffic. AHT is a per-queue base in 180..600 s with ±10% noise per interval.
 *
 * <p>Run from the repository root after building the staffing modules:
 * {@code tests/tandem.staffing.model.tests/benchmark erlang [runs] [seed]} (plain {@code java -cp} over the
 * model and test jars; figures in docs/PERFORMANCE.md). Target: all 1,752,000 intervals in under 2 s.
 */
public final class ErlangBenchmark {

    private static final int QUEUES = 50;
    private static final int INTERVALS_PER_YEAR = 365 * 96;
    private static final double INTERVAL_SECONDS = 900;

    private ErlangBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240601L;
        int total = QUEUES * INTERVALS_PER_YEAR;

        double[] calls = new double[total];
        double[] aht = new double[total];
        Random random = new Random(seed);
        for (int queue = 0; queue < QUEUES; queue++) {
            double baseAht = 180 + random.nextDouble() * 420;
            for (int interval = 0; interval < INTERVALS_PER_YEAR; interval++) {
                int i = queue * INTERVALS_PER_YEAR + interval;
                calls[i] = 1 + random.nextInt(5000);
                aht[i] = Math.min(600, Math.max(180, baseAht * (0.9 + 0.2 * random.nextDouble())));
            }
        }
        StaffingCalculator calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(0.80, 20))
                .withOccupancyCap(0.90);

        System.out.printf("Erlang C staffing benchmark: %d queues x %d intervals = %,d intervals, %s%n", QUEUES,
                INTERVALS_PER_YEAR, total, calculator);
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            double checksum = runOnce(calculator, calls, aht);
            System.out.printf("warm-up %d: %8.1f ms (checksum %.0f agents)%n", i + 1, (System.nanoTime() - t0) / 1e6,
                    checksum);
        }
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            double checksum = runOnce(calculator, calls, aht);
            millis[run] = (System.nanoTime() - t0) / 1e6;
            System.out.printf("run %d:     %8.1f ms (checksum %.0f agents)%n", run + 1, millis[run], checksum);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf("min %.1f ms, median %.1f ms, %,.0f intervals/s (median), target < 2000 ms: %s%n", sorted[0],
                median, total / (median / 1000), median < 2000 ? "met" : "NOT met");
    }

    private static double runOnce(StaffingCalculator calculator, double[] calls, double[] aht) {
        double agents = 0;
        for (int i = 0; i < calls.length; i++) {
            agents += calculator.requiredAgents(new Workload(calls[i], INTERVAL_SECONDS, aht[i]));
        }
        return agents;
    }
}
