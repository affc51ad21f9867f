package tandem.goals.model.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;

import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.Reading;
import tandem.goals.model.smart.Metrics;

/** How far a goal has come and where its trend takes it by the deadline. */
public final class GoalProgress {

    private GoalProgress() {
    }

    /**
     * The trend's value at the deadline and whether it meets the target.
     *
     * @param deadline    the goal's deadline
     * @param value       the trend's value then
     * @param meetsTarget whether that value reaches the target in the goal's direction
     */
    public record Projection(LocalDate deadline, double value, boolean meetsTarget) {
    }

    /** The most recent dated reading. */
    public static Optional<Reading> latest(Goal goal) {
        return goal.getReadings().stream().filter(r -> r.getDate() != null)
                .max(Comparator.comparing(Reading::getDate));
    }

    /**
     * The share of the way from baseline to target the latest reading has come: 0 at the baseline, 1 at the target,
     * negative when it went the wrong way. Empty without baseline, target (different from the baseline) or reading.
     */
    public static OptionalDouble shareOfTheWay(Goal goal) {
        Optional<Reading> latest = latest(goal);
        if (goal.getBaseline() == null || goal.getTarget() == null || latest.isEmpty()
                || goal.getTarget().doubleValue() == goal.getBaseline().doubleValue()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((latest.get().getValue() - goal.getBaseline())
                / (goal.getTarget() - goal.getBaseline()));
    }

    /** Where the readings' trend will be at the deadline; empty without trend, target or deadline. */
    public static Optional<Projection> projection(Goal goal) {
        Optional<Trend> trend = Trend.of(goal.getReadings());
        if (trend.isEmpty() || goal.getTarget() == null || goal.getDeadline() == null) {
            return Optional.empty();
        }
        double value = trend.get().valueAt(goal.getDeadline());
        boolean meets = goal.getDirection() == Direction.LOWER ? value <= goal.getTarget()
                : value >= goal.getTarget();
        return Optional.of(new Projection(goal.getDeadline(), value, meets));
    }

    /** On track when the trend, continued to the deadline, reaches the target. */
    public static TrackStatus status(Goal goal) {
        return projection(goal).map(p -> p.meetsTarget() ? TrackStatus.ON_TRACK : TrackStatus.OFF_TRACK)
                .orElse(TrackStatus.UNKNOWN);
    }

    /** The progress in one sentence, as the goals editor shows it. */
    public static String summary(Goal goal) {
        StringBuilder text = new StringBuilder();
        OptionalDouble share = shareOfTheWay(goal);
        if (share.isPresent()) {
            text.append(Math.round(share.getAsDouble() * 100)).append("% of the way from ")
                    .append(Metrics.format(goal.getBaseline())).append(" to ").append(Metrics.format(goal.getTarget()))
                    .append(". ");
        }
        Optional<Trend> trend = Trend.of(goal.getReadings());
        if (trend.isEmpty()) {
            return text.append("Two readings on different dates show a trend.").toString();
        }
        text.append("Trend ").append(Metrics.signed(trend.get().slopePerMonth())).append(" a month");
        Optional<Projection> projection = projection(goal);
        if (projection.isPresent()) {
            text.append(", ").append(Metrics.format(projection.get().value())).append(" by ")
                    .append(projection.get().deadline()).append(": ")
                    .append(projection.get().meetsTarget() ? "on track." : "off track.");
        } else {
            text.append('.');
        }
        return text.toString();
    }
}
