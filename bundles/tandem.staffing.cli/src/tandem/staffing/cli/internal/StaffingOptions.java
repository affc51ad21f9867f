package tandem.staffing.cli.internal;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import tandem.cli.CliOptions;
import tandem.cli.UsageException;
import tandem.staffing.erlang.ServiceLevelTarget;
import tandem.staffing.erlang.StaffingCalculator;

/** The staffing options both commands share, read with messages that name the option and the value. */
final class StaffingOptions {

    static final String INTERVAL_SECONDS = "interval-seconds";
    static final String ANSWER_WITHIN = "answer-within-seconds";
    static final String TARGET_SERVICE_LEVEL = "target-service-level";
    static final String TARGET_ASA = "target-asa-seconds";
    static final String TARGET_ABANDONMENT = "target-abandonment";
    static final String MAX_OCCUPANCY = "max-occupancy";
    static final String SHRINKAGE = "shrinkage";
    static final String PATIENCE = "patience-seconds";

    static final double DEFAULT_ANSWER_WITHIN = 20;

    private StaffingOptions() {
    }

    /** Adds the target, occupancy, shrinkage and patience options. */
    static void addTargets(Options options, String serviceLevelNote) {
        options.addOption(CliOptions.valued(ANSWER_WITHIN, "T",
                "answer time in seconds the service level refers to (default 20)"));
        options.addOption(CliOptions.valued(TARGET_SERVICE_LEVEL, "share",
                "service-level target: share of contacts answered within T, e.g. 80% or 0.8" + serviceLevelNote));
        options.addOption(CliOptions.valued(TARGET_ASA, "S", "average-speed-of-answer target in seconds"));
        options.addOption(CliOptions.valued(TARGET_ABANDONMENT, "share", "abandonment target: highest share of callers who may"
                + " hang up, e.g. 5% or 0.05 (needs --" + PATIENCE + ")"));
        options.addOption(CliOptions.valued(MAX_OCCUPANCY, "share",
                "occupancy cap, e.g. 85% or 0.85 (default 100%: no cap)"));
        options.addOption(CliOptions.valued(SHRINKAGE, "share",
                "share of scheduled time lost to breaks etc., e.g. 30% or 0.3 (default 0%); turns required agents"
                        + " into heads"));
        options.addOption(CliOptions.valued(PATIENCE, "P", "callers' average patience in seconds: use Erlang A (abandonment) "
                + "instead of Erlang C"));
    }

    /** A number option, or NaN if not given. */
    static double number(CommandLine line, String name) throws UsageException {
        String value = line.getOptionValue(name);
        if (value == null) {
            return Double.NaN;
        }
        double number = Numbers.parse(value);
        if (Double.isNaN(number)) {
            throw new UsageException("--" + name + " '" + value + "' is not a number");
        }
        return number;
    }

    /**
     * A share option (a service level, a rate, a cap) as a fraction: typed as a percentage ({@code 80%}, {@code 80 %})
     * or as the fraction itself ({@code 0.8}); NaN if not given.
     */
    static double share(CommandLine line, String name) throws UsageException {
        String value = line.getOptionValue(name);
        if (value == null || !value.strip().endsWith("%")) {
            return number(line, name);
        }
        String digits = value.strip();
        double percent = Numbers.parse(digits.substring(0, digits.length() - 1).strip());
        if (Double.isNaN(percent)) {
            throw new UsageException("--" + name + " '" + value + "' is not a percentage");
        }
        return percent / 100;
    }

    /** A number option that must be given. */
    static double required(CommandLine line, String name) throws UsageException {
        if (!line.hasOption(name)) {
            throw new UsageException("--" + name + " is required");
        }
        return number(line, name);
    }

    static double atLeastZero(String name, double value) throws UsageException {
        if (value < 0) {
            throw new UsageException("--" + name + " must be 0 or more, was " + Numbers.fixed(value, 9));
        }
        return value;
    }

    static double aboveZero(String name, double value) throws UsageException {
        if (!(value > 0)) {
            throw new UsageException("--" + name + " must be more than 0, was " + Numbers.fixed(value, 9));
        }
        return value;
    }

    /** The answer time, 20 s unless given. */
    static double answerWithin(CommandLine line) throws UsageException {
        double within = number(line, ANSWER_WITHIN);
        return Double.isNaN(within) ? DEFAULT_ANSWER_WITHIN : atLeastZero(ANSWER_WITHIN, within);
    }

    /** The patience for Erlang A, or NaN for Erlang C. */
    static double patience(CommandLine line) throws UsageException {
        double patience = number(line, PATIENCE);
        return Double.isNaN(patience) ? patience : aboveZero(PATIENCE, patience);
    }

    /** Whether a service-level, ASA or abandonment target is given. */
    static boolean hasTarget(CommandLine line) {
        return line.hasOption(TARGET_SERVICE_LEVEL) || line.hasOption(TARGET_ASA)
                || line.hasOption(TARGET_ABANDONMENT);
    }

    /**
     * The calculator for the targets on the command line.
     *
     * @param defaultShare the service-level share to use when no target is given, or NaN to require one
     */
    static StaffingCalculator calculator(CommandLine line, double defaultShare) throws UsageException {
        double share = share(line, TARGET_SERVICE_LEVEL);
        double asa = number(line, TARGET_ASA);
        double abandonment = share(line, TARGET_ABANDONMENT);
        if (Double.isNaN(share) && Double.isNaN(asa) && Double.isNaN(abandonment)) {
            share = defaultShare;
        }
        if (!Double.isNaN(abandonment)) {
            if (!(abandonment > 0 && abandonment <= 1)) {
                throw new UsageException("--" + TARGET_ABANDONMENT + " must be more than 0% and at most 100% (5% or"
                        + " 0.05), was " + line.getOptionValue(TARGET_ABANDONMENT).strip());
            }
            if (!line.hasOption(PATIENCE)) {
                throw new UsageException("--" + TARGET_ABANDONMENT + " needs --" + PATIENCE
                        + ": only Erlang A has callers who hang up");
            }
        }
        if (!Double.isNaN(share) && !(share > 0 && share <= 1)) {
            throw new UsageException("--" + TARGET_SERVICE_LEVEL + " must be more than 0% and at most 100% (80% or"
                    + " 0.8), was " + line.getOptionValue(TARGET_SERVICE_LEVEL).strip());
        }
        if (!Double.isNaN(asa)) {
            aboveZero(TARGET_ASA, asa);
        }
        double within = answerWithin(line);
        StaffingCalculator calculator;
        if (!Double.isNaN(share)) {
            calculator = StaffingCalculator.forServiceLevel(new ServiceLevelTarget(share, within));
            if (!Double.isNaN(asa)) {
                calculator = calculator.withAsaTarget(asa);
            }
        } else if (!Double.isNaN(asa)) {
            calculator = StaffingCalculator.forAsa(asa);
        } else if (Double.isNaN(abandonment)) {
            throw new UsageException("give a target: --" + TARGET_SERVICE_LEVEL + ", --" + TARGET_ASA + " or --"
                    + TARGET_ABANDONMENT);
        } else {
            calculator = StaffingCalculator.forAbandonment(abandonment);
        }
        if (!Double.isNaN(abandonment)) {
            calculator = calculator.withAbandonmentTarget(abandonment);
        }
        double cap = share(line, MAX_OCCUPANCY);
        if (!Double.isNaN(cap)) {
            if (!(cap > 0 && cap <= 1)) {
                throw new UsageException("--" + MAX_OCCUPANCY + " must be more than 0% and at most 100% (85% or"
                        + " 0.85), was " + line.getOptionValue(MAX_OCCUPANCY).strip());
            }
            calculator = calculator.withOccupancyCap(cap);
        }
        calculator = calculator.withShrinkage(shrinkage(line));
        double patience = patience(line);
        return Double.isNaN(patience) ? calculator : calculator.withPatience(patience);
    }

    /** The shrinkage, 0 unless given. */
    static double shrinkage(CommandLine line) throws UsageException {
        double shrinkage = share(line, SHRINKAGE);
        if (Double.isNaN(shrinkage)) {
            return 0;
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new UsageException("--" + SHRINKAGE + " must be at least 0% and less than 100% (30% or 0.3), was "
                    + line.getOptionValue(SHRINKAGE).strip());
        }
        return shrinkage;
    }
}
