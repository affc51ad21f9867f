package tandem.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import tandem.forecast.methods.Combination;
import tandem.forecast.methods.DailyProfile;
import tandem.forecast.methods.ForecastMethod;
import tandem.forecast.methods.HoltWinters;
import tandem.forecast.methods.SeasonalNaive;
import tandem.forecast.methods.WeeklyAverage;
import tandem.forecast.methods.WeeklyMedian;

/**
 * Forecasts one queue's contacts per interval for a date range from its history.
 * <ol>
 * <li>The history before the range is cleaned: closed days and holidays are made unusable, the modelled lift of
 * past campaigns is taken out of each day (scaled down in proportion).</li>
 * <li>Every candidate method is backtested from rolling origins: from each of the last {@value #BACKTEST_WEEKS}
 * week starts, the method learns from the history before it and forecasts to the end of the history (four weeks
 * ahead down to one); wMAPE and bias are summed over all those forecasts at interval and day level.</li>
 * <li>The method asked for, or by default (automatic) the mean of the three candidates with the lowest interval
 * wMAPE, forecasts the range (its one-week-ahead backtest forecasts are the forecast's fitted values); the 80%
 * prediction interval comes from its backtest errors (the error divided by
 * the square root of the forecast, as counts scatter): their 10% and 90% quantiles, each lead week of the range
 * weighing the same, widened for the few independent days a backtest has (see {@code Backtest.band}).</li>
 * <li>Closed intervals and days get no row; the lift of campaigns in the range is added on top, spread like the
 * forecast over the day.</li>
 * </ol>
 * Stateless and thread-safe: queues can be forecast in parallel.
 */
public final class Forecaster {

    /** Weeks of rolling backtest. */
    public static final int BACKTEST_WEEKS = 4;
    /** The least history a forecast needs, in usable days. */
    public static final int MIN_DAYS = 14;
    private static final double Z80 = 1.2816;

    private Forecaster() {
    }

    /** The methods automatic selection chooses from. */
    public static List<ForecastMethod> candidates() {
        return List.of(new SeasonalNaive(), new WeeklyAverage(3), new WeeklyAverage(4), new WeeklyAverage(6),
                new WeeklyAverage(8), new WeeklyMedian(3), new WeeklyMedian(5), new WeeklyMedian(8),
                new HoltWinters(false), new HoltWinters(true), new DailyProfile());
    }

    /**
     * A method by its command-line name.
     *
     * @param name  auto, seasonal-naive, weekly-average, weekly-median, holt-winters (additive),
     *              holt-winters-multiplicative or daily-profile
     * @param weeks N of the weekly methods, or 0 for their default (4)
     * @return the method, or null for automatic selection
     * @throws IllegalArgumentException naming the methods there are
     */
    public static ForecastMethod method(String name, int weeks) {
        int n = weeks > 0 ? weeks : 4;
        return switch (name) {
        case "auto" -> null;
        case "seasonal-naive" -> new SeasonalNaive();
        case "weekly-average" -> new WeeklyAverage(n);
        case "weekly-median" -> new WeeklyMedian(n);
        case "holt-winters", "holt-winters-additive" -> new HoltWinters(false);
        case "holt-winters-multiplicative" -> new HoltWinters(true);
        case "daily-profile" -> new DailyProfile();
        default -> throw new IllegalArgumentException("unknown method '" + name + "' (use auto, seasonal-naive, "
                + "weekly-average, weekly-median, holt-winters, holt-winters-multiplicative or daily-profile)");
        };
    }

    /**
     * Forecasts [from, to] of a queue.
     *
     * @param history the queue's history (may extend past {@code from}: only days before it are learned from)
     * @param method  the method, or null for automatic selection by backtest
     * @param hours   open intervals and closed days
     * @param lift    campaign lift of the queue per day (past: removed; in the range: added)
     * @throws ForecastException when the history before {@code from} has fewer than two weeks of usable days
     */
    public static QueueForecast forecast(String queue, DaySeries history, LocalDate from, LocalDate to,
            ForecastMethod method, OpenHours hours, DayLift lift) throws ForecastException {
        if (to.isBefore(from)) {
            throw new ForecastException("the range ends on " + to + ", before it starts on " + from);
        }
        List<String> notes = new ArrayList<>();
        DaySeries training = clean(history.head(history.indexOf(from)), hours, lift, notes);
        int usable = training.usableDays(training.days());
        if (usable < MIN_DAYS) {
            throw new ForecastException(queue + ": the history before " + from + " has " + usable + " usable day"
                    + (usable == 1 ? "" : "s") + (training.days() > 0 ? " (" + training.firstDay() + " to "
                            + training.day(training.days() - 1) + ")" : "")
                    + "; a forecast needs at least two weeks (" + MIN_DAYS + " days) of history");
        }
        List<ForecastMethod> methods = new ArrayList<>(candidates());
        if (method != null && methods.stream().noneMatch(m -> m.id().equals(method.id()))) {
            methods.add(0, method);
        }
        List<Backtest> backtests = new ArrayList<>();
        for (ForecastMethod candidate : methods) {
            backtests.add(Backtest.of(training, candidate, hours));
        }
        Backtest chosen = method != null
                ? backtests.stream().filter(b -> b.method.id().equals(method.id())).findFirst().orElseThrow()
                : automatic(training, backtests, hours);
        List<Accuracy> accuracies = new ArrayList<>();
        accuracies.add(chosen.accuracy);
        backtests.stream().filter(b -> b != chosen).map(b -> b.accuracy).forEach(accuracies::add);

        int slots = training.slots();
        int horizon = training.indexOf(to) - training.days() + 1;
        double[] values = chosen.method.forecast(training, horizon);
        int firstDay = training.indexOf(from) - training.days();
        double[] band = chosen.band(Math.max(0, firstDay) / 7, Math.max(0, horizon - 1) / 7);
        List<IntervalForecast> rows = new ArrayList<>();
        for (int h = Math.max(0, firstDay); h < horizon; h++) {
            LocalDate day = from.plusDays(h - firstDay);
            if (hours.isClosedDay(day)) {
                continue;
            }
            double open = 0;
            for (int s = 0; s < slots; s++) {
                if (hours.isOpen(day.atStartOfDay().plusMinutes((long) s * training.intervalMinutes()))) {
                    open += values[h * slots + s];
                }
            }
            double dayLift = Math.max(0, lift.contacts(day));
            int openSlots = 0;
            for (int s = 0; s < slots; s++) {
                openSlots += hours.isOpen(day.atStartOfDay().plusMinutes((long) s * training.intervalMinutes())) ? 1
                        : 0;
            }
            for (int s = 0; s < slots; s++) {
                LocalDateTime start = day.atStartOfDay().plusMinutes((long) s * training.intervalMinutes());
                if (!hours.isOpen(start)) {
                    continue;
                }
                double f = values[h * slots + s];
                double spread = Math.sqrt(Math.max(f, 1));
                double lower = Math.max(0, f + band[0] * spread);
                double upper = f + band[1] * spread;
                double added = dayLift <= 0 ? 0 : open > 0 ? dayLift * f / open : dayLift / openSlots;
                rows.add(new IntervalForecast(start, f + added, lower + added, upper + added));
            }
        }
        List<Fitted> fitted = new ArrayList<>();
        for (int d = 0; d < training.days(); d++) {
            for (int s = 0; s < slots; s++) {
                double value = chosen.fitted[d * slots + s];
                if (!Double.isNaN(value)) {
                    fitted.add(new Fitted(training.start(d, s), value));
                }
            }
        }
        return new QueueForecast(queue, chosen.method.id(), accuracies, rows, notes, fitted);
    }

    /** Methods averaged by automatic selection: the best of the backtest. */
    static final int COMBINED = 3;

    /**
     * Automatic selection: the mean of the {@value #COMBINED} best candidates of the backtest (backtested in turn,
     * for its accuracy and prediction interval). On the bank series of docs/PERFORMANCE.md the mean of the best
     * three beat every single method but one four weeks ahead, where the single backtest winner did not.
     */
    private static Backtest automatic(DaySeries training, List<Backtest> backtests, OpenHours hours) {
        List<Backtest> ranked = backtests.stream().filter(b -> b.accuracy.measured())
                .sorted(Comparator.comparingDouble(Backtest::score)).toList();
        if (ranked.size() < 2) {
            return backtests.stream().min(Comparator.comparingDouble(Backtest::score)).orElseThrow();
        }
        List<ForecastMethod> best = ranked.subList(0, Math.min(COMBINED, ranked.size())).stream()
                .map(b -> b.method).toList();
        Backtest combined = Backtest.of(training, new Combination(best), hours);
        return combined;
    }

    /** The history with closed days unusable and the lift of past campaigns taken out. */
    static DaySeries clean(DaySeries history, OpenHours hours, DayLift lift, List<String> notes) {
        boolean[] closed = new boolean[history.days()];
        double[] factor = new double[history.days()];
        Arrays.fill(factor, 1);
        int closedDays = 0;
        int liftedDays = 0;
        double removed = 0;
        for (int d = 0; d < history.days(); d++) {
            LocalDate day = history.day(d);
            if (hours.isClosedDay(day)) {
                closed[d] = history.usable(d);
                closedDays += history.usable(d) ? 1 : 0;
                continue;
            }
            double total = history.total(d);
            double extra = lift.contacts(day);
            if (history.usable(d) && extra > 0 && total > 0) {
                double taken = Math.min(extra, total);
                factor[d] = (total - taken) / total;
                liftedDays++;
                removed += taken;
            }
        }
        if (closedDays > 0) {
            notes.add(closedDays + " closed days or holidays with rows were left out of the learning");
        }
        if (liftedDays > 0) {
            notes.add(String.format(java.util.Locale.ROOT, "past campaign lift removed from the history: %.0f "
                    + "contacts on %d days", removed, liftedDays));
        }
        return history.adjusted(closed, factor);
    }

    /** One method's rolling backtest over the last weeks of the training history. */
    static final class Backtest {
        final ForecastMethod method;
        final Accuracy accuracy;
        /** Backtest errors over sqrt(forecast), by lead week: [0] one to seven days ahead, [1] the week after... */
        final double[][] standardizedErrors;

        /** Days forecast in the backtest (a day forecast from two origins counts twice). */
        final int days;
        /**
         * Per day and slot of the history, the forecast made for it from the latest origin less than a week before
         * it (NaN where none: before the backtest, closed or unusable).
         */
        final double[] fitted;

        private Backtest(ForecastMethod method, Accuracy accuracy, double[][] standardizedErrors, int days,
                double[] fitted) {
            this.days = days;
            this.fitted = fitted;
            this.method = method;
            this.accuracy = accuracy;
            this.standardizedErrors = standardizedErrors;
        }

        double score() {
            return accuracy.measured() ? accuracy.intervalWmape() : Double.MAX_VALUE;
        }

        static Backtest of(DaySeries history, ForecastMethod method, OpenHours hours) {
            int slots = history.slots();
            double absolute = 0;
            double signed = 0;
            double actualSum = 0;
            double dayAbsolute = 0;
            double daySigned = 0;
            List<List<Double>> errors = new ArrayList<>();
            int days = 0;
            double[] fitted = new double[history.days() * slots];
            Arrays.fill(fitted, Double.NaN);
            for (int week = BACKTEST_WEEKS; week >= 1; week--) {
                int origin = history.days() - 7 * week;
                if (origin <= 0 || history.usableDays(origin) < MIN_DAYS) {
                    continue;
                }
                // Each origin forecasts to the end of the history, so that errors of one to four weeks ahead (the
                // horizons forecasts are made for) decide the method and the width of the prediction interval.
                int horizon = history.days() - origin;
                double[] forecast = method.forecast(history.head(origin), horizon);
                for (int h = 0; h < horizon; h++) {
                    int d = origin + h;
                    if (!history.usable(d)) {
                        continue;
                    }
                    double dayActual = 0;
                    double dayForecast = 0;
                    for (int s = 0; s < slots; s++) {
                        if (!hours.isOpen(history.start(d, s))) {
                            continue;
                        }
                        double a = history.value(d, s);
                        double f = forecast[h * slots + s];
                        if (h < 7) {
                            fitted[d * slots + s] = f;
                        }
                        absolute += Math.abs(a - f);
                        signed += f - a;
                        actualSum += a;
                        dayActual += a;
                        dayForecast += f;
                        while (errors.size() <= h / 7) {
                            errors.add(new ArrayList<>());
                        }
                        errors.get(h / 7).add((a - f) / Math.sqrt(Math.max(f, 1)));
                    }
                    days++;
                    dayAbsolute += Math.abs(dayActual - dayForecast);
                    daySigned += dayForecast - dayActual;
                }
            }
            Accuracy accuracy = actualSum > 0
                    ? new Accuracy(method.id(), absolute / actualSum, signed / actualSum, dayAbsolute / actualSum,
                            daySigned / actualSum)
                    : new Accuracy(method.id(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            double[][] byLead = new double[errors.size()][];
            for (int w = 0; w < byLead.length; w++) {
                byLead[w] = errors.get(w).stream().mapToDouble(Double::doubleValue).toArray();
            }
            return new Backtest(method, accuracy, byLead, days, fitted);
        }

        /**
         * Lower and upper multipliers of sqrt(forecast) for the 80% interval of a forecast whose days lie
         * {@code firstLeadWeek} to {@code lastLeadWeek} weeks (0-based) after the end of the history: the 10% and
         * 90% quantiles of the backtest errors of those lead weeks, each lead week weighing the same (a week beyond
         * the backtest's longest lead takes that lead's errors: every origin forecasts one week ahead, only one
         * four weeks ahead).
         * <p>
         * The errors of one day move together (a busy day is busy all day), so a backtest of a few weeks holds only
         * a few dozen independent draws, not thousands; the plain 10% and 90% quantiles of so few draws cover less
         * than 80% of what comes next (71% on the bank series of docs/PERFORMANCE.md, 77.7% on synthetic queues
         * with known noise). The quantile levels are therefore widened as split-conformal prediction does for n
         * draws, to 0.9 (n + 1) / n with n the days of the backtest, which brings both to 77-80%.
         */
        double[] band(int firstLeadWeek, int lastLeadWeek) {
            int measured = 0;
            for (double[] lead : standardizedErrors) {
                measured += lead.length;
            }
            if (measured < 20) {
                return new double[] { -Z80, Z80 };
            }
            List<double[]> weighted = new ArrayList<>();
            int weeks = 0;
            for (int w = firstLeadWeek; w <= lastLeadWeek; w++) {
                int lead = Math.min(w, standardizedErrors.length - 1);
                while (lead > 0 && standardizedErrors[lead].length == 0) {
                    lead--;
                }
                double[] errors = standardizedErrors[lead];
                if (errors.length == 0) {
                    continue;
                }
                for (double error : errors) {
                    weighted.add(new double[] { error, 1.0 / errors.length });
                }
                weeks++;
            }
            if (weeks == 0) {
                return new double[] { -Z80, Z80 };
            }
            weighted.sort(Comparator.comparingDouble(e -> e[0]));
            double level = Math.min(1, 0.9 * (days + 1) / Math.max(days, 1));
            double low = quantile(weighted, (1 - level) * weeks);
            double high = quantile(weighted, level * weeks);
            return new double[] { Math.min(low, 0), Math.max(high, 0) };
        }

        /** The error at which the running weight (sorted by error) reaches {@code weight}. */
        private static double quantile(List<double[]> sorted, double weight) {
            double sum = 0;
            for (double[] error : sorted) {
                sum += error[1];
                if (sum >= weight - 1e-12) {
                    return error[0];
                }
            }
            return sorted.get(sorted.size() - 1)[0];
        }
    }
}
