package tandem.forecast.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import tandem.forecast.DayLift;
import tandem.forecast.DaySeries;
import tandem.forecast.Forecaster;
import tandem.forecast.HistoryForecasts;
import tandem.forecast.IntervalForecast;
import tandem.forecast.OpenHours;
import tandem.forecast.QueueForecast;
import tandem.forecast.methods.ForecastMethod;
import tandem.forecast.methods.WeeklyAverage;
import tandem.forecast.methods.WeeklyMedian;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.importer.ImportSettings;
import tandem.history.model.rows.HistoryRows;

/**
 * Forecasting benchmarks (docs/PERFORMANCE.md), run outside OSGi by {@code tests/tandem.forecast.tests/benchmark}:
 * <ul>
 * <li>{@code speed}: one queue of 3 years of 15-minute history forecast 4 weeks ahead, automatic selection and its
 * backtest included (median of 5 after 2 warm-ups), then 50 such queues in parallel;</li>
 * <li>{@code accuracy FILE [intervalMinutes]}: a real history (CSV queue,start,offered) forecast for its last 4
 * weeks after learning from the rest, by every method and by automatic selection: wMAPE per interval and per
 * day.</li>
 * </ul>
 */
public final class ForecastBenchmark {

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("accuracy")) {
            accuracy(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 15);
        } else if (args.length > 0 && args[0].equals("coverage")) {
            System.out.printf(Locale.ROOT, "80%% band covers %.1f%% of 4 weeks ahead on %s synthetic queues (auto)%n",
                    100 * SyntheticCoverage.coverage(args.length > 1 ? Integer.parseInt(args[1]) : 30,
                            args.length > 2 ? Forecaster.method(args[2], 0) : null),
                    args.length > 1 ? args[1] : "30");
        } else if (args.length > 0 && args[0].equals("speed")) {
            speed();
        } else {
            System.err.println("usage: speed | accuracy FILE [intervalMinutes] | coverage [queues]");
            System.exit(2);
        }
    }

    private static DaySeries synthetic(int seed) {
        Random random = new Random(seed);
        int days = 3 * 365;
        int slots = 96;
        double[] values = new double[days * slots];
        boolean[] usable = new boolean[days];
        Arrays.fill(usable, true);
        for (int d = 0; d < days; d++) {
            double weekday = d % 7 >= 5 ? 0.4 : 1.0;
            double season = 1 + 0.2 * Math.sin(2 * Math.PI * d / 365.0);
            for (int s = 0; s < slots; s++) {
                double intraday = Math.max(0, Math.sin(Math.PI * (s - 28) / 60.0));
                double mean = 40 * weekday * season * intraday;
                values[d * slots + s] = Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean + 1)));
            }
        }
        return new DaySeries(LocalDate.of(2024, 1, 1), 15, values, usable);
    }

    private static void speed() throws Exception {
        DaySeries one = synthetic(1);
        LocalDate from = one.day(one.days() - 1).plusDays(1);
        LocalDate to = from.plusDays(27);
        long[] millis = new long[7];
        long[] cpu = new long[7];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String method = "";
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            QueueForecast forecast = Forecaster.forecast("Q1", one, from, to, null, OpenHours.ALWAYS, DayLift.NONE);
            millis[run] = (System.nanoTime() - started) / 1_000_000;
            cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            method = forecast.method();
        }
        long[] measured = Arrays.copyOfRange(millis, 2, millis.length);
        long[] measuredCpu = Arrays.copyOfRange(cpu, 2, cpu.length);
        Arrays.sort(measured);
        Arrays.sort(measuredCpu);
        System.out.printf(Locale.ROOT, "one queue, 3 years of 15-minute history (%,d intervals), auto with a %d-week "
                + "backtest of %d methods: median %d ms wall, %d ms CPU (min %d ms wall; chose %s)%n",
                one.days() * one.slots(), Forecaster.BACKTEST_WEEKS, Forecaster.candidates().size(), measured[2],
                measuredCpu[2], measured[0], method);

        List<DaySeries> queues = IntStream.range(0, 50).mapToObj(ForecastBenchmark::synthetic).toList();
        long started = System.nanoTime();
        long cpuBefore = processCpu();
        long rows = queues.parallelStream().mapToLong(series -> {
            try {
                return Forecaster.forecast("Q", series, from, to, null, OpenHours.ALWAYS, DayLift.NONE).rows()
                        .size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).sum();
        System.out.printf(Locale.ROOT, "50 queues in parallel on %d processors: %,d ms wall, %,d ms CPU (%,d forecast "
                + "rows)%n", Runtime.getRuntime().availableProcessors(), (System.nanoTime() - started) / 1_000_000,
                (processCpu() - cpuBefore) / 1_000_000, rows);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void accuracy(Path file, int intervalMinutes) throws Exception {
        ContactHistory history = HistoryFactory.eINSTANCE.createContactHistory();
        history.setIntervalMinutes(intervalMinutes);
        HistoryImports.apply(history, HistoryImports.read(history, List.of(file), ImportSettings.of(intervalMinutes)));
        HistoryRows rows = HistoryRows.of(history);
        for (String queue : rows.queues()) {
            DaySeries series = HistoryForecasts.series(rows, queue);
            OpenHours hours = HistoryForecasts.openHoursOfRows(rows, queue);
            LocalDate to = series.day(series.days() - 1);
            LocalDate from = to.minusDays(27);
            System.out.printf(Locale.ROOT, "%s: %d days of history (%s to %s), forecast %s to %s after learning "
                    + "from the %d days before%n", queue, series.days(), series.firstDay(), to, from, to,
                    series.indexOf(from));
            List<ForecastMethod> methods = new ArrayList<>(Forecaster.candidates());
            methods.add(new WeeklyAverage(4));
            methods.add(new WeeklyMedian(4));
            methods.add(null);
            List<String> seen = new ArrayList<>();
            for (ForecastMethod method : methods) {
                String name = method == null ? "auto" : method.id();
                if (seen.contains(name)) {
                    continue;
                }
                seen.add(name);
                long started = System.nanoTime();
                QueueForecast forecast = Forecaster.forecast(queue, series, from, to, method, hours, DayLift.NONE);
                long millis = (System.nanoTime() - started) / 1_000_000;
                double[] score = score(series, forecast);
                System.out.printf(Locale.ROOT, "  %-30s interval wMAPE %6.2f%%  day wMAPE %6.2f%%  bias %+6.2f%%  "
                        + "80%% band covers %4.1f%%  (%d ms)%n", name + (method == null ? " -> " + forecast.method()
                                : ""), 100 * score[0], 100 * score[1], 100 * score[2], 100 * score[3], millis);
            }
        }
    }

    /** Interval wMAPE, day wMAPE, bias and band coverage of a forecast against the series' actuals. */
    private static double[] score(DaySeries actual, QueueForecast forecast) {
        double absolute = 0;
        double signed = 0;
        double sum = 0;
        int covered = 0;
        int counted = 0;
        java.util.Map<LocalDate, double[]> days = new java.util.TreeMap<>();
        for (IntervalForecast row : forecast.rows()) {
            LocalDateTime start = row.start();
            int d = actual.indexOf(start.toLocalDate());
            if (d < 0 || d >= actual.days() || !actual.usable(d)) {
                continue;
            }
            double a = actual.value(d, (start.getHour() * 60 + start.getMinute()) / actual.intervalMinutes());
            absolute += Math.abs(a - row.forecast());
            signed += row.forecast() - a;
            sum += a;
            covered += a >= row.lower() && a <= row.upper() ? 1 : 0;
            counted++;
            double[] day = days.computeIfAbsent(start.toLocalDate(), k -> new double[2]);
            day[0] += a;
            day[1] += row.forecast();
        }
        double dayAbsolute = days.values().stream().mapToDouble(v -> Math.abs(v[0] - v[1])).sum();
        return new double[] { absolute / sum, dayAbsolute / sum, signed / sum, covered / (double) counted };
    }
}
