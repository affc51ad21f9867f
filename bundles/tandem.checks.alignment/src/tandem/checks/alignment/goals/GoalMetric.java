package tandem.checks.alignment.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tandem.goals.model.Goal;
import tandem.goals.model.Metric;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.ScheduledService.Measure;

/**
 * A goal's metric as staffing predicts it: the {@link Measure}, the target in the measure's units (a share for the
 * percentages, seconds for ASA), and how values are written back in the goal's units.
 *
 * @param goal       the goal
 * @param measure    what staffing predicts
 * @param target     the goal's target in the measure's units
 * @param unitFactor measure units per goal unit (100 for percentages the other way round, 60 for minutes)
 * @param within     the answer time the statement gives, in seconds, or NaN to use the plan's
 */
record GoalMetric(Goal goal, Measure measure, double target, double unitFactor, double within) {

    /** "within 20 s", "in 30 seconds", "within 2 minutes". */
    private static final Pattern ANSWER_TIME = Pattern.compile(
            "\\b(?:within|in|under)\\s+(\\d+(?:[.,]\\d+)?)\\s*(s|sec|secs|seconds?|min|mins|minutes?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The metric of a goal staffing can predict, or {@code null} (other metric, no target, no queue). */
    static GoalMetric of(Goal goal) {
        Double target = goal.getTarget();
        if (target == null || !Double.isFinite(target) || goal.getQueues().isEmpty()) {
            return null;
        }
        Metric metric = goal.getMetric();
        if (metric == Metric.SERVICE_LEVEL || metric == Metric.ABANDONMENT_RATE) {
            // Percentages; a target outside 0..100 is the Achievable criterion's to report.
            if (target < 0 || target > 100 || metric == Metric.ABANDONMENT_RATE && target == 0) {
                return null;
            }
            return new GoalMetric(goal, metric == Metric.SERVICE_LEVEL ? Measure.SERVICE_LEVEL : Measure.ABANDONMENT,
                    target / 100, 0.01, answerTime(goal.getStatement()));
        }
        if (metric == Metric.AVERAGE_SPEED_OF_ANSWER) {
            double factor = secondsPer(goal.getUnit());
            if (!(target > 0) || Double.isNaN(factor)) {
                return null;
            }
            return new GoalMetric(goal, Measure.ASA_ANSWERED, target * factor, factor, Double.NaN);
        }
        return null;
    }

    /** The answer time of the service level for the plan: the statement's, else the plan's. */
    double answerWithinSeconds(StaffingPlan plan) {
        return Double.isNaN(within) ? plan.getAnswerWithinSeconds() : within;
    }

    /** The target as the finding says it, e.g. "80% answered within 20 s". */
    String describeTarget(double withinSeconds) {
        return switch (measure) {
        case SERVICE_LEVEL -> format(goal.getTarget()) + "% answered within " + oneDecimal(withinSeconds) + " s";
        case ASA_ANSWERED -> "an ASA of at most " + format(goal.getTarget()) + unit();
        case ABANDONMENT -> "at most " + format(goal.getTarget()) + "% abandoned calls";
        };
    }

    /** What staffing delivers as the predicate of a sentence, e.g. "answer 70.3% within 20 s". */
    String describeValue(double value, double withinSeconds) {
        return switch (measure) {
        case SERVICE_LEVEL -> "answer " + percent(value) + " within " + oneDecimal(withinSeconds) + " s";
        case ASA_ANSWERED -> Double.isInfinite(value)
                ? "let the queue grow without bound (an ASA beyond any target)"
                : "answer after " + oneDecimal(value / unitFactor) + unit() + " on average (ASA of answered calls)";
        case ABANDONMENT -> "lose " + percent(value) + " of callers to abandonment";
        };
    }

    /**
     * The predicted value in the goal's unit with one decimal, rounded so that the goal then passes (down for a
     * service level, up otherwise); {@code null} when there is no finite value.
     */
    String predictedText(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal inGoalUnits = BigDecimal.valueOf(value / unitFactor);
        RoundingMode mode = measure == Measure.SERVICE_LEVEL ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal rounded = inGoalUnits.setScale(1, mode);
        if (measure == Measure.ASA_ANSWERED && rounded.signum() <= 0) {
            rounded = new BigDecimal("0.1"); // an ASA target must stay above 0
        }
        if (measure == Measure.ABANDONMENT && rounded.signum() <= 0) {
            rounded = new BigDecimal("0.1");
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private String unit() {
        String unit = goal.getUnit() == null || goal.getUnit().isBlank() ? "s" : goal.getUnit().trim();
        return " " + unit;
    }

    /** Seconds per unit of an ASA goal: s, sec, seconds (or none) 1, min 60, h 3600; NaN for anything else. */
    static double secondsPer(String unit) {
        String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
        if (u.isEmpty() || u.equals("s") || u.startsWith("sec")) {
            return 1;
        }
        if (u.startsWith("min")) {
            return 60;
        }
        if (u.equals("h") || u.startsWith("hour")) {
            return 3600;
        }
        return Double.NaN;
    }

    /** The answer time a statement gives, in seconds, or NaN. */
    static double answerTime(String statement) {
        if (statement == null) {
            return Double.NaN;
        }
        Matcher matcher = ANSWER_TIME.matcher(statement);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double number = Double.parseDouble(matcher.group(1).replace(',', '.'));
        return matcher.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? number * 60 : number;
    }

    private static String percent(double share) {
        return oneDecimal(share * 100) + "%";
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
