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
                "service-level target: share of contacts answered within T, e.g. 0.8" + serviceLevelNote));
        options.addOption(CliOptions.valued(TARGET_ASA, "S", "average-speed-of-answer target in seconds"));
        options.addOption(CliOptions.valued(TARGET_ABANDONMENT, "share", "abandonment target: highest share of callers who may"
                + " hang up, e.g. 0.05 (needs --" + PATIENCE + ")"));
        options.addOption(CliOptions.valued(MAX_OCCUPANCY, "share", "occupancy cap, e.g. 0.85 (default 1: no cap)"));
        options.addOption(CliOptions.valued(SHRINKAGE, "share", "share of scheduled time lost to breaks etc., e.g. 0.3 "
                + "(default 0); turns required agents into heads"));
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
        double share = number(line, TARGET_SERVICE_LEVEL);
        double asa = number(line, TARGET_ASA);
        double abandonment = number(line, TARGET_ABANDONMENT);
        if (Double.isNaN(share) && Double.isNaN(asa) && Double.isNaN(abandonment)) {
            share = defaultShare;
        }
        if (!Double.isNaN(abandonment)) {
            if (!(abandonment > 0 && abandonment <= 1)) {
                throw new UsageException("--" + TARGET_ABANDONMENT + " must be in (0, 1] (0.05 for 5%), was "
                        + Numbers.fixed(abandonment, 9));
            }
            if (!line.hasOption(PATIENCE)) {
                throw new UsageException("--" + TARGET_ABANDONMENT + " needs --" + PATIENCE
                        + ": only Erlang A has callers who hang up");
            }
        }
        if (!Double.isNaN(share) && !(share > 0 && share <= 1)) {
            throw new UsageException("--" + TARGET_SERVICE_LEVEL + " must be in (0, 1] (0.8 for 80%), was "
                    + Numbers.fixed(share, 9));
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
        double cap = number(line, MAX_OCCUPANCY);
        if (!Double.isNaN(cap)) {
            if (!(cap > 0 && cap <= 1)) {
                throw new UsageException("--" + MAX_OCCUPANCY + " must be in (0, 1] (0.85 for 85%), was "
                        + Numbers.fixed(cap, 9));
            }
            calculator = calculator.withOccupancyCap(cap);
        }
        calculator = calculator.withShrinkage(shrinkage(line));
        double patience = patience(line);
        return Double.isNaN(patience) ? calculator : calculator.withPatience(patience);
    }

    /** The shrinkage, 0 unless given. */
    static double shrinkage(CommandLine line) throws UsageException {
        double shrinkage = number(line, SHRINKAGE);
        if (Double.isNaN(shrinkage)) {
            return 0;
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new UsageException("--" + SHRINKAGE + " must be in [0, 1) (0.3 for 30%), was "
                    + Numbers.fixed(shrinkage, 9));
        }
        return shrinkage;
    }
}
