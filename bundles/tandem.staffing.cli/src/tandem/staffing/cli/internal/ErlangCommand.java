package tandem.staffing.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import tandem.cli.CliCommand;
import tandem.cli.CliContext;
import tandem.cli.CliOptions;
import tandem.cli.CommandFailedException;
import tandem.cli.Json;
import tandem.cli.UsageException;
import tandem.staffing.erlang.ErlangA;
import tandem.staffing.erlang.ErlangC;
import tandem.staffing.erlang.Prediction;
import tandem.staffing.erlang.StaffingCalculator;
import tandem.staffing.erlang.Workload;

/**
 * {@code tandem-cli erlang}: the Erlang calculator for one interval. With {@code --agents} it predicts what that
 * staffing delivers; with a target it finds the agents required (whole, or fractional with {@code --fractional})
 * and the heads to schedule after shrinkage; with both it does both. {@code --patience-seconds} switches from
 * Erlang C to Erlang A. ASA is reported twice, labelled: over all callers (the classic Erlang A figure) and over the
 * answered calls (what ACD reports show); Erlang C answers every caller, so the two agree there.
 */
public class ErlangCommand implements CliCommand {

    static final String CALLS = "calls";
    static final String AHT = "aht-seconds";
    static final String AGENTS = "agents";
    static final String FRACTIONAL = "fractional";
    static final String FORMAT = "format";

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(CliOptions.valued(CALLS, "C", "contacts offered in the interval (required)"));
        options.addOption(CliOptions.valued(StaffingOptions.INTERVAL_SECONDS, "I",
                "interval length in seconds, e.g. 900 (required)"));
        options.addOption(CliOptions.valued(AHT, "H", "average handle time in seconds (required)"));
        options.addOption(CliOptions.valued(AGENTS, "N", "agents on the phones: predict what they deliver"));
        StaffingOptions.addTargets(options, "");
        options.addOption(Option.builder().longOpt(FRACTIONAL)
                .desc("required agents as a fractional number (Erlang C only)").get());
        options.addOption(CliOptions.valued(FORMAT, "text|json", "output format (default text)"));
        return options;
    }

    @Override
    public int run(CommandLine line, CliContext context) throws UsageException, CommandFailedException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String format = line.getOptionValue(FORMAT, "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, was '" + format + "'");
        }
        double calls = StaffingOptions.atLeastZero(CALLS, StaffingOptions.required(line, CALLS));
        double interval = StaffingOptions.aboveZero(StaffingOptions.INTERVAL_SECONDS,
                StaffingOptions.required(line, StaffingOptions.INTERVAL_SECONDS));
        double aht = StaffingOptions.aboveZero(AHT, StaffingOptions.required(line, AHT));
        Workload workload = new Workload(calls, interval, aht);
        double patience = StaffingOptions.patience(line);
        boolean erlangA = !Double.isNaN(patience);
        boolean fractional = line.hasOption(FRACTIONAL);
        if (fractional && erlangA) {
            throw new UsageException("--fractional works with Erlang C only; drop it or --patience-seconds");
        }
        double agents = StaffingOptions.number(line, AGENTS);
        if (!Double.isNaN(agents)) {
            StaffingOptions.atLeastZero(AGENTS, agents);
            if (erlangA && agents != Math.rint(agents)) {
                throw new UsageException("Erlang A (--patience-seconds) needs a whole number of --agents, was "
                        + Numbers.fixed(agents, 9));
            }
        }
        boolean findRequired = StaffingOptions.hasTarget(line);
        if (!findRequired && Double.isNaN(agents)) {
            throw new UsageException("give --agents N to predict what N agents deliver, or a target "
                    + "(--target-service-level, --target-asa-seconds, --target-abandonment) to find the agents"
                    + " required");
        }
        double within = StaffingOptions.answerWithin(line);
        double shrinkage = StaffingOptions.shrinkage(line);

        Result result;
        try {
            if (findRequired) {
                StaffingCalculator calculator = StaffingOptions.calculator(line, Double.NaN);
                if (fractional) {
                    calculator = calculator.withFractionalAgents();
                }
                double required = calculator.requiredAgents(workload);
                double at = Double.isNaN(agents) ? required : agents;
                result = new Result(workload, erlangA, calculator.predict(workload, at), required,
                        calculator.scheduledHeads(required), shrinkage);
            } else {
                Prediction predicted = erlangA ? ErlangA.predict(workload, (int) agents, patience, within)
                        : ErlangC.predict(workload, agents, within);
                result = new Result(workload, erlangA, predicted, Double.NaN, Double.NaN, shrinkage);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (ArithmeticException e) {
            throw new CommandFailedException("the staffing cannot be computed for this workload (" + e.getMessage()
                    + "); check the patience, the handle time and the interval length");
        }
        if (format.equals("json")) {
            context.out().println(result.json());
        } else {
            result.print(context.out());
        }
        return CliContext.OK;
    }

    /** Seconds of waiting: "12.34 s", "unbounded", or "none answered". */
    private static String seconds(double value) {
        if (Double.isInfinite(value)) {
            return "unbounded";
        }
        return Double.isNaN(value) ? "none answered" : Numbers.fixed(value, 2) + " s";
    }

    /** What the command found, for either format. */
    private record Result(Workload workload, boolean erlangA, Prediction predicted, double requiredAgents,
            double scheduledHeads, double shrinkage) {

        boolean found() {
            return !Double.isNaN(requiredAgents);
        }

        String json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("model", erlangA ? "erlangA" : "erlangC");
            json.put("trafficErlangs", predicted.trafficErlangs());
            json.put("agents", predicted.agents());
            json.put("probabilityOfWait", predicted.probabilityOfWait());
            json.put("serviceLevel", predicted.serviceLevel());
            json.put("answerWithinSeconds", predicted.answerWithinSeconds());
            json.put("asaSeconds", predicted.asaSeconds());
            json.put("asaAnsweredSeconds", predicted.asaAnsweredSeconds());
            json.put("occupancy", predicted.occupancy());
            if (erlangA) {
                json.put("abandonment", predicted.abandonment());
            }
            if (found()) {
                json.put("requiredAgents", requiredAgents);
                json.put("scheduledHeads", scheduledHeads);
            }
            json.put("stable", predicted.stable());
            return Json.of(json);
        }

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "%s: %s contacts in %s s, AHT %s s = %s Erlangs%n",
                    erlangA ? "Erlang A" : "Erlang C", Numbers.fixed(workload.calls(), 4),
                    Numbers.fixed(workload.intervalSeconds(), 4), Numbers.fixed(workload.ahtSeconds(), 4),
                    Numbers.fixed(predicted.trafficErlangs(), 4));
            if (found()) {
                out.printf(Locale.ROOT, "Required agents:      %s%n", Numbers.fixed(requiredAgents, 4));
                out.printf(Locale.ROOT, "Scheduled heads:      %s (shrinkage %s%%)%n", Numbers.fixed(scheduledHeads, 4),
                        Numbers.fixed(shrinkage * 100, 2));
            }
            out.printf(Locale.ROOT, "With %s agents:%n", Numbers.fixed(predicted.agents(), 4));
            out.printf(Locale.ROOT, "  Probability of wait: %s%%%n",
                    Numbers.fixed(predicted.probabilityOfWait() * 100, 2));
            out.printf(Locale.ROOT, "  Service level:       %s%% answered within %s s%n",
                    Numbers.fixed(predicted.serviceLevel() * 100, 2),
                    Numbers.fixed(predicted.answerWithinSeconds(), 4));
            out.printf(Locale.ROOT, "  ASA, all callers:    %s%n", seconds(predicted.asaSeconds()));
            out.printf(Locale.ROOT, "  ASA, answered calls: %s%n", seconds(predicted.asaAnsweredSeconds()));
            out.printf(Locale.ROOT, "  Occupancy:           %s%%%n", Numbers.fixed(predicted.occupancy() * 100, 2));
            if (erlangA) {
                out.printf(Locale.ROOT, "  Abandonment:         %s%%%n",
                        Numbers.fixed(predicted.abandonment() * 100, 2));
            }
            if (!predicted.stable()) {
                out.println("  Note: " + predicted.note());
            }
        }
    }
}
