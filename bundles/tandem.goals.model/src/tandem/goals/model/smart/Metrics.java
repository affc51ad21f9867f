package tandem.goals.model.smart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.Metric;

/** What Tandem knows about each service metric: its name, its valid range, how fast it usually moves. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The values a metric can take.
     *
     * @param min          the lowest value
     * @param max          the highest value ({@code Double.POSITIVE_INFINITY} when unbounded)
     * @param minExclusive whether {@code min} itself is excluded (a time must be more than 0)
     * @param text         the range as a planner reads it
     */
    public record ValidRange(double min, double max, boolean minExclusive, String text) {
        public boolean contains(double value) {
            return (minExclusive ? value > min : value >= min) && value <= max;
        }
    }

    private static final ValidRange PERCENT = new ValidRange(0, 100, false, "0 to 100");
    private static final ValidRange NPS = new ValidRange(-100, 100, false, "-100 to 100");
    private static final ValidRange EFFORT = new ValidRange(1, 7, false, "1 to 7");
    private static final ValidRange TIME = new ValidRange(0, Double.POSITIVE_INFINITY, true, "more than 0");

    /** The metric in words, e.g. {@code first contact resolution}. */
    public static String displayName(Metric metric) {
        return switch (metric) {
        case UNSPECIFIED -> "no metric";
        case CUSTOMER_SATISFACTION -> "customer satisfaction";
        case NET_PROMOTER_SCORE -> "Net Promoter Score";
        case FIRST_CONTACT_RESOLUTION -> "first contact resolution";
        case AVERAGE_HANDLE_TIME -> "average handle time";
        case AVERAGE_SPEED_OF_ANSWER -> "average speed of answer";
        case SERVICE_LEVEL -> "service level";
        case ABANDONMENT_RATE -> "abandonment rate";
        case CUSTOMER_EFFORT_SCORE -> "customer effort score";
        case NET_CUSTOMER_VALUE -> "net customer value";
        case CUSTOM -> "custom metric";
        };
    }

    /** The goal's metric in words, a custom metric by its own name. */
    public static String displayName(Goal goal) {
        if (goal.getMetric() == Metric.CUSTOM && !Statements.blank(goal.getCustomMetric())) {
            return goal.getCustomMetric().trim();
        }
        return displayName(goal.getMetric());
    }

    /** The values the metric can take; empty for metrics without natural bounds (custom, customer value). */
    public static Optional<ValidRange> validRange(Metric metric) {
        return Optional.ofNullable(switch (metric) {
        case CUSTOMER_SATISFACTION, FIRST_CONTACT_RESOLUTION, SERVICE_LEVEL, ABANDONMENT_RATE -> PERCENT;
        case NET_PROMOTER_SCORE -> NPS;
        case CUSTOMER_EFFORT_SCORE -> EFFORT;
        case AVERAGE_HANDLE_TIME, AVERAGE_SPEED_OF_ANSWER -> TIME;
        default -> null;
        });
    }

    /** Whether the metric is a score on a fixed scale, so that changes are counted in points. */
    public static boolean countsInPoints(Metric metric) {
        return switch (metric) {
        case CUSTOMER_SATISFACTION, FIRST_CONTACT_RESOLUTION, SERVICE_LEVEL, ABANDONMENT_RATE, NET_PROMOTER_SCORE,
                CUSTOMER_EFFORT_SCORE -> true;
        default -> false;
        };
    }

    /**
     * How much such a metric usually moves in a month at most when a team works on it: 5 points for percentages and
     * NPS, 0.3 points of customer effort, a tenth of the baseline for times. Empty when Tandem cannot say.
     */
    public static OptionalDouble typicalMonthlyMove(Goal goal) {
        return switch (goal.getMetric()) {
        case CUSTOMER_SATISFACTION, FIRST_CONTACT_RESOLUTION, SERVICE_LEVEL, ABANDONMENT_RATE, NET_PROMOTER_SCORE ->
            OptionalDouble.of(5);
        case CUSTOMER_EFFORT_SCORE -> OptionalDouble.of(0.3);
        case AVERAGE_HANDLE_TIME, AVERAGE_SPEED_OF_ANSWER -> goal.getBaseline() == null || goal.getBaseline() <= 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(goal.getBaseline() / 10);
        default -> OptionalDouble.empty();
        };
    }

    /** The direction that improves the metric (shorter times, fewer abandoned calls, more of the rest). */
    public static Direction usualDirection(Metric metric) {
        return switch (metric) {
        case AVERAGE_HANDLE_TIME, AVERAGE_SPEED_OF_ANSWER, ABANDONMENT_RATE, CUSTOMER_EFFORT_SCORE -> Direction.LOWER;
        default -> Direction.RAISE;
        };
    }

    /** Words that name the metric in a goal statement (lower case). */
    static List<String> keywords(Metric metric) {
        return switch (metric) {
        case CUSTOMER_SATISFACTION -> List.of("satisfaction", "satisfied", "csat");
        case NET_PROMOTER_SCORE -> List.of("net promoter", "promoter", "nps");
        case FIRST_CONTACT_RESOLUTION -> List.of("first contact resolution", "first-contact resolution",
                "first call resolution", "fcr", "resolved on first contact", "resolved at first contact");
        case AVERAGE_HANDLE_TIME -> List.of("handle time", "handling time", "aht", "talk time");
        case AVERAGE_SPEED_OF_ANSWER -> List.of("speed of answer", "asa", "answer time", "wait time",
                "waiting time", "time to answer");
        case SERVICE_LEVEL -> List.of("service level");
        case ABANDONMENT_RATE -> List.of("abandon");
        case CUSTOMER_EFFORT_SCORE -> List.of("effort", "ces");
        case NET_CUSTOMER_VALUE -> List.of("customer value", "ncv");
        default -> List.of();
        };
    }

    /** A value as a planner reads it: {@code 80}, {@code 72.5}, {@code 3.25}. */
    public static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A change with its sign and one decimal: {@code +2.0}, {@code -0.5}. */
    public static String signed(double change) {
        return (change >= 0 ? "+" : "-") + String.format(Locale.ROOT, "%.1f", Math.abs(change));
    }
}
