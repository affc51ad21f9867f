package tandem.forecast.cli.internal;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CliOptions;
import tandem.cli.CommandFailedException;
import tandem.cli.Json;
import tandem.cli.UsageException;
import tandem.core.documents.AtomicFiles;
import tandem.forecast.Accuracy;
import tandem.forecast.ForecastException;
import tandem.forecast.Forecaster;
import tandem.forecast.HistoryForecasts;
import tandem.forecast.IntervalForecast;
import tandem.forecast.QueueForecast;
import tandem.forecast.methods.ForecastMethod;

/**
 * {@code tandem-cli forecast}: forecasts each queue of a history (or one) over a date range and writes
 * {@code queue,start,forecast,lower,upper}, one row per open interval; standard output gives each queue's method
 * and backtest accuracy (the CSV goes there when no {@code --output} is given, the summary then to standard error).
 * Queues are forecast in parallel; the output does not depend on the order they finish in.
 */
public class ForecastCommand implements CliCommand {

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(CliOptions.valued("history", "file", "the contact history: an ACD export (CSV: queue,start,offered"
                + "[,handled,abandoned,aht_seconds]) or a .history document (required)"));
        options.addOption(CliOptions.valued("from", "date", "first day to forecast, e.g. 2027-03-01 (required)"));
        options.addOption(CliOptions.valued("to", "date", "last day to forecast (required)"));
        options.addOption(CliOptions.valued("interval-minutes", "15", "interval of a CSV history: 15, 30 or 60 (default 15)"));
        options.addOption(CliOptions.valued("queue", "name", "forecast only this queue (and the queue of a CSV without one)"));
        options.addOption(CliOptions.valued("method", "name", "auto (default: the best by backtest), seasonal-naive, "
                + "weekly-average, weekly-median, holt-winters, holt-winters-multiplicative or daily-profile"));
        options.addOption(CliOptions.valued("weeks", "N", "weeks the weekly methods average (default 4)"));
        options.addOption(CliOptions.valued("output", "forecast.csv", "where to write the forecast CSV (default: standard output)"));
        options.addOption(CliOptions.valued("format", "text|json", "summary format (default text)"));
        return options;
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String historyName = CliOptions.required(line, "history");
        LocalDate from = CliOptions.date(line, "from");
        LocalDate to = CliOptions.date(line, "to");
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        if (to.toEpochDay() - from.toEpochDay() > 3 * 366) {
            throw new UsageException("--from " + from + " to --to " + to + " is more than three years");
        }
        int interval = integer(line, "interval-minutes", 15);
        if (interval <= 0 || 1440 % interval != 0 || interval < 5) {
            throw new UsageException("--interval-minutes must be 15, 30 or 60, not " + interval);
        }
        int weeks = integer(line, "weeks", 0);
        if (line.hasOption("weeks") && (weeks < 1 || weeks > 52)) {
            throw new UsageException("--weeks must be 1 to 52, not " + weeks);
        }
        ForecastMethod method;
        try {
            method = Forecaster.method(line.getOptionValue("method", "auto"), weeks);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method: " + e.getMessage());
        }
        String format = line.getOptionValue("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        String queueName = line.getOptionValue("queue");

        HistoryInput history = HistoryInput.read(context.resolve(historyName), historyName, interval, queueName);
        List<String> queues = history.rows.queues();
        if (queues.isEmpty()) {
            throw new CommandFailedException(historyName + ": the history has no rows");
        }
        if (queueName != null) {
            if (!queues.contains(queueName)) {
                throw new CommandFailedException(historyName + ": no rows for queue '" + queueName + "' (it has "
                        + String.join(", ", queues) + ")");
            }
            queues = List.of(queueName);
        }
        List<QueueForecast> forecasts = forecastAll(history, queues, from, to, method);

        String outputName = line.getOptionValue("output");
        PrintStream summary = outputName == null ? context.err() : context.out();
        try {
            if (outputName == null) {
                Writer writer = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
                writeCsv(forecasts, writer);
                writer.flush();
            } else {
                AtomicFiles.write(context.resolve(outputName), out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    writeCsv(forecasts, writer);
                    writer.flush();
                });
            }
        } catch (java.io.IOException e) {
            throw new CommandFailedException("cannot write " + outputName + ": " + e.getMessage(), e);
        }
        if (format.equals("json")) {
            summary.println(Json.pretty(json(forecasts, history.notes)));
        } else {
            text(forecasts, history.notes, summary);
        }
        return CliContext.OK;
    }

    private static List<QueueForecast> forecastAll(HistoryInput history, List<String> queues, LocalDate from,
            LocalDate to, ForecastMethod method) throws CommandFailedException {
        List<Object> results = queues.parallelStream().map(queue -> {
            try {
                return (Object) Forecaster.forecast(queue, HistoryForecasts.series(history.rows, queue), from, to,
                        method, history.hours(queue), history.lift(queue, to));
            } catch (ForecastException e) {
                return e.getMessage();
            }
        }).toList();
        List<QueueForecast> forecasts = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof String problem) {
                throw new CommandFailedException(problem);
            }
            forecasts.add((QueueForecast) result);
        }
        return forecasts;
    }

    static void writeCsv(List<QueueForecast> forecasts, Writer out) throws java.io.IOException {
        out.write("queue,start,forecast,lower,upper\n");
        for (QueueForecast forecast : forecasts) {
            String queue = csv(forecast.queue());
            for (IntervalForecast row : forecast.rows()) {
                out.write(queue + "," + row.start() + "," + number(row.forecast()) + "," + number(row.lower()) + ","
                        + number(row.upper()) + "\n");
            }
        }
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a"
                : String.format(Locale.ROOT, "%.1f%%", Math.abs(share) < 0.0005 ? 0.0 : 100 * share);
    }

    private static void text(List<QueueForecast> forecasts, List<String> notes, PrintStream out) {
        for (String note : notes) {
            out.println("note: " + note);
        }
        for (QueueForecast forecast : forecasts) {
            Accuracy used = forecast.accuracy();
            out.println(forecast.queue() + ": " + forecast.method() + ", backtest wMAPE " + percent(used
                    .intervalWmape()) + " per interval (bias " + percent(used.intervalBias()) + "), "
                    + percent(used.dayWmape()) + " per day (bias " + percent(used.dayBias()) + "); "
                    + forecast.rows().size() + " intervals");
            for (String note : forecast.notes()) {
                out.println("  note: " + note);
            }
            for (Accuracy other : forecast.accuracies().subList(1, forecast.accuracies().size())) {
                out.println("  " + other.method() + ": wMAPE " + percent(other.intervalWmape()) + " per interval, "
                        + percent(other.dayWmape()) + " per day, bias " + percent(other.intervalBias()));
            }
        }
    }

    private static Map<String, Object> json(List<QueueForecast> forecasts, List<String> notes) {
        List<Object> queues = new ArrayList<>();
        for (QueueForecast forecast : forecasts) {
            List<Object> accuracies = new ArrayList<>();
            for (Accuracy accuracy : forecast.accuracies()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("method", accuracy.method());
                a.put("intervalWmape", accuracy.intervalWmape());
                a.put("intervalBias", accuracy.intervalBias());
                a.put("dayWmape", accuracy.dayWmape());
                a.put("dayBias", accuracy.dayBias());
                accuracies.add(a);
            }
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("queue", forecast.queue());
            q.put("method", forecast.method());
            q.put("intervals", forecast.rows().size());
            q.put("accuracy", accuracies);
            q.put("notes", forecast.notes());
            queues.add(q);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("notes", notes);
        root.put("queues", queues);
        return root;
    }

    private static int integer(CommandLine line, String name, int fallback) throws UsageException {
        String text = line.getOptionValue(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + text + "' is not a whole number");
        }
    }
}
