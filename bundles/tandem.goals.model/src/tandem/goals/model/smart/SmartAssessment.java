package tandem.goals.model.smart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.core.model.Channel;
import tandem.core.model.NamedElement;
import tandem.core.model.Queue;
import tandem.goals.model.Direction;
import tandem.goals.model.Goal;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.goals.model.RewardScope;
import tandem.goals.model.progress.MonthScale;
import tandem.goals.model.progress.Trend;

/**
 * Applies the SMART criteria to a goal mechanically, so that "we want better service" cannot pass for a goal.
 * <ul>
 * <li><b>Specific</b>: a metric (or a named custom one), a scope (queue, channel or campaign) and a statement that
 * names an outcome, not just good intentions ("improve customer service") or an activity ("provide training").</li>
 * <li><b>Measurable</b>: baseline, numeric target, unit and data source, with the target moving the baseline in the
 * goal's direction.</li>
 * <li><b>Achievable</b>: baseline and target inside the metric's valid range, and an improvement rate the readings'
 * trend (or, without readings, what such metrics usually do) makes plausible; then any {@link AchievabilityCheck}
 * supplied from outside.</li>
 * <li><b>Relevant</b>: linked to a campaign, a queue or the service definition; individual prizes are flagged.</li>
 * <li><b>Time-bound</b>: a deadline after today and after the start of every campaign the goal serves.</li>
 * <li><b>Owner</b>: someone answers for it.</li>
 * </ul>
 * "Today" is a parameter, so that assessments can be repeated and tested.
 */
public class SmartAssessment {

    /** Words in a reward that give it away as an individual prize. */
    private static final List<String> INDIVIDUAL_PRIZE_WORDS = List.of("individual", "per agent", "top agent",
            "best agent", "agent of the month", "agent of the week", "winner", "top performer");

    /** A required improvement may exceed the readings' own rate by this factor before it counts as implausible. */
    private static final double TREND_HEADROOM = 2;

    private final List<AchievabilityCheck> extraChecks;

    /** An assessment with Tandem's own criteria only. */
    public SmartAssessment() {
        this(List.of());
    }

    /** An assessment that also asks the given checks whether goals are achievable. */
    public SmartAssessment(List<AchievabilityCheck> extraChecks) {
        this.extraChecks = List.copyOf(extraChecks);
    }

    /** The goal's verdicts as of {@code today}. */
    public SmartReport assess(Goal goal, LocalDate today) {
        return new SmartReport(goal, List.of(specific(goal), measurable(goal), achievable(goal, today),
                relevant(goal), timeBound(goal, today), owned(goal)));
    }

    /** The goal's verdict on one criterion as of {@code today}, without judging the others. */
    public Verdict verdict(Goal goal, Criterion criterion, LocalDate today) {
        return switch (criterion) {
        case SPECIFIC -> specific(goal);
        case MEASURABLE -> measurable(goal);
        case ACHIEVABLE -> achievable(goal, today);
        case RELEVANT -> relevant(goal);
        case TIME_BOUND -> timeBound(goal, today);
        case OWNED -> owned(goal);
        };
    }

    public Verdict specific(Goal goal) {
        String statement = goal.getStatement();
        if (Statements.blank(statement)) {
            return Verdict.fail(Criterion.SPECIFIC, "no statement: say what should change, where and by how much");
        }
        if (goal.getMetric() == Metric.UNSPECIFIED) {
            return Verdict.fail(Criterion.SPECIFIC,
                    "no metric: choose one (e.g. first contact resolution) or name a custom metric");
        }
        if (goal.getMetric() == Metric.CUSTOM && Statements.blank(goal.getCustomMetric())) {
            return Verdict.fail(Criterion.SPECIFIC, "the custom metric has no name");
        }
        String scope = scopeOf(goal);
        if (scope.isEmpty()) {
            return Verdict.fail(Criterion.SPECIFIC, "no scope: link the queues, channels or campaigns it covers");
        }
        if (Statements.isActivityOnly(goal, statement)) {
            return Verdict.fail(Criterion.SPECIFIC, "'" + statement.trim() + "' describes an activity, not an outcome:"
                    + " say which result it should change, e.g. raise " + Metrics.displayName(goal) + " to a target");
        }
        if (Statements.isVague(goal, statement)) {
            return Verdict.fail(Criterion.SPECIFIC, "'" + statement.trim()
                    + "' is vague: it names no metric and no number");
        }
        return Verdict.pass(Criterion.SPECIFIC, Metrics.displayName(goal) + " for " + scope);
    }

    public Verdict measurable(Goal goal) {
        List<String> missing = new ArrayList<>();
        if (goal.getBaseline() == null) {
            missing.add("a baseline");
        }
        if (goal.getTarget() == null) {
            missing.add("a numeric target");
        }
        if (Statements.blank(goal.getUnit())) {
            missing.add("a unit");
        }
        if (Statements.blank(goal.getMeasurementSource())) {
            missing.add("a data source");
        }
        if (!missing.isEmpty()) {
            return Verdict.fail(Criterion.MEASURABLE, "needs " + joinWithAnd(missing));
        }
        double baseline = goal.getBaseline();
        double target = goal.getTarget();
        boolean raise = goal.getDirection() != Direction.LOWER;
        if (raise ? target <= baseline : target >= baseline) {
            return Verdict.fail(Criterion.MEASURABLE, "the target " + withUnit(goal, target) + " does not "
                    + (raise ? "raise" : "lower") + " the baseline " + withUnit(goal, baseline)
                    + (raise ? "; to lower the metric, set the direction to lower" : "; to raise the metric, set the"
                            + " direction to raise"));
        }
        return Verdict.pass(Criterion.MEASURABLE, "from " + withUnit(goal, baseline) + " to " + withUnit(goal, target)
                + ", measured by " + goal.getMeasurementSource().trim());
    }

    public Verdict achievable(Goal goal, LocalDate today) {
        if (goal.getBaseline() == null || goal.getTarget() == null) {
            return Verdict.fail(Criterion.ACHIEVABLE, "cannot be judged without a baseline and a target");
        }
        Optional<Metrics.ValidRange> range = Metrics.validRange(goal.getMetric());
        if (range.isPresent()) {
            for (String which : List.of("target", "baseline")) {
                double value = which.equals("target") ? goal.getTarget() : goal.getBaseline();
                if (!range.get().contains(value)) {
                    return Verdict.fail(Criterion.ACHIEVABLE, "the " + which + " " + Metrics.format(value)
                            + " is outside the range of " + Metrics.displayName(goal) + " (" + range.get().text()
                            + ")");
                }
            }
        }
        Optional<String> rate = implausibleRate(goal, today);
        if (rate.isPresent()) {
            return Verdict.fail(Criterion.ACHIEVABLE, rate.get());
        }
        for (AchievabilityCheck check : extraChecks) {
            Optional<String> problem = check.problem(goal, today);
            if (problem.isPresent()) {
                return Verdict.fail(Criterion.ACHIEVABLE, problem.get());
            }
        }
        return Verdict.pass(Criterion.ACHIEVABLE, plausibleRate(goal, today));
    }

    public Verdict relevant(Goal goal) {
        List<String> links = new ArrayList<>();
        goal.getCampaigns().forEach(c -> links.add("campaign " + nameOf(c)));
        goal.getQueues().forEach(q -> links.add("queue " + nameOf(q)));
        if (!Statements.blank(goal.getServiceDefinition())) {
            links.add("the service definition");
        }
        if (links.isEmpty()) {
            return Verdict.fail(Criterion.RELEVANT,
                    "serves nothing named: link a campaign or a queue, or write the service definition it serves");
        }
        List<String> warnings = new ArrayList<>();
        if (rewardsIndividuals(goal)) {
            warnings.add("rewards individual agents" + (Statements.blank(goal.getReward()) ? ""
                    : " ('" + goal.getReward().trim() + "')")
                    + ": individual prizes invite gaming the surveys; reward the team instead");
        }
        return Verdict.pass(Criterion.RELEVANT, "serves " + joinWithAnd(links), warnings);
    }

    public Verdict timeBound(Goal goal, LocalDate today) {
        LocalDate deadline = goal.getDeadline();
        if (deadline == null) {
            return Verdict.fail(Criterion.TIME_BOUND, "no deadline: give the date by which the target is reached");
        }
        if (!deadline.isAfter(today)) {
            return Verdict.fail(Criterion.TIME_BOUND, "the deadline " + deadline + " is not in the future (today is "
                    + today + ")");
        }
        for (Campaign campaign : goal.getCampaigns()) {
            LocalDate launch = campaign.eIsProxy() ? null : Campaigns.launch(campaign);
            if (launch != null && !deadline.isAfter(launch)) {
                return Verdict.fail(Criterion.TIME_BOUND, "the deadline " + deadline + " is not after campaign "
                        + nameOf(campaign) + " launches (" + launch + ")");
            }
        }
        return Verdict.pass(Criterion.TIME_BOUND, "by " + deadline + ", " + duration(today, deadline) + " from now");
    }

    public Verdict owned(Goal goal) {
        if (Statements.blank(goal.getOwner())) {
            return Verdict.fail(Criterion.OWNED, "no owner: name the person who answers for the goal");
        }
        return Verdict.pass(Criterion.OWNED, "owned by " + goal.getOwner().trim());
    }

    /** Why the improvement the target asks for is out of line with the readings; empty when it is plausible. */
    private static Optional<String> implausibleRate(Goal goal, LocalDate today) {
        Start start = startOf(goal, today);
        double needed = improvement(goal, goal.getTarget() - start.value());
        double months = MonthScale.between(start.date(), goal.getDeadline() == null ? start.date()
                : goal.getDeadline());
        if (needed <= 0 || months <= 0) {
            // Already there, or no time to judge a rate in: Time-bound reports a missing or past deadline.
            return Optional.empty();
        }
        double neededPerMonth = needed / months;
        OptionalDouble observed = observedImprovementPerMonth(goal);
        OptionalDouble typical = Metrics.typicalMonthlyMove(goal);
        double allowed = Math.max(typical.orElse(0), observed.isPresent() ? TREND_HEADROOM * observed.getAsDouble()
                : 0);
        if (observed.isEmpty() && typical.isEmpty() || neededPerMonth <= allowed) {
            return Optional.empty();
        }
        double change = goal.getTarget() - start.value();
        String ask = "the target needs " + (change >= 0 ? "+" : "-") + Metrics.format(Math.abs(change)) + " "
                + changeUnit(goal) + " in " + duration(start.date(), goal.getDeadline()) + " ("
                + String.format(Locale.ROOT, "%.1f", neededPerMonth) + " a month)";
        if (observed.isPresent()) {
            return Optional.of(ask + " while readings so far " + movement(goal, observed.getAsDouble()));
        }
        return Optional.of(ask + ", more than the " + Metrics.format(typical.getAsDouble()) + " " + changeUnit(goal)
                + " a month " + Metrics.displayName(goal) + " usually moves");
    }

    private static String plausibleRate(Goal goal, LocalDate today) {
        Start start = startOf(goal, today);
        double needed = improvement(goal, goal.getTarget() - start.value());
        if (needed <= 0) {
            return "the latest reading already meets the target";
        }
        if (goal.getDeadline() == null || !goal.getDeadline().isAfter(start.date())) {
            return "the target is within range; the rate cannot be judged without a future deadline";
        }
        double perMonth = needed / MonthScale.between(start.date(), goal.getDeadline());
        String text = "needs " + String.format(Locale.ROOT, "%.1f", perMonth) + " " + changeUnit(goal) + " a month";
        OptionalDouble observed = observedImprovementPerMonth(goal);
        if (observed.isPresent()) {
            return text + "; readings so far " + movement(goal, observed.getAsDouble());
        }
        OptionalDouble typical = Metrics.typicalMonthlyMove(goal);
        return typical.isPresent() ? text + ", within the " + Metrics.format(typical.getAsDouble()) + " "
                + changeUnit(goal) + " a month " + Metrics.displayName(goal) + " usually moves" : text;
    }

    /** Where the improvement starts from: the latest reading, or the baseline as of today (or the goal's start). */
    private record Start(LocalDate date, double value) {
    }

    private static Start startOf(Goal goal, LocalDate today) {
        Optional<Reading> latest = goal.getReadings().stream().filter(r -> r.getDate() != null)
                .max(Comparator.comparing(Reading::getDate));
        if (latest.isPresent()) {
            return new Start(latest.get().getDate(), latest.get().getValue());
        }
        LocalDate from = goal.getStartDate() != null && goal.getStartDate().isAfter(today) ? goal.getStartDate()
                : today;
        return new Start(from, goal.getBaseline());
    }

    /** A change counted positive when it goes the goal's way. */
    private static double improvement(Goal goal, double change) {
        return goal.getDirection() == Direction.LOWER ? -change : change;
    }

    private static OptionalDouble observedImprovementPerMonth(Goal goal) {
        return Trend.of(goal.getReadings()).map(t -> OptionalDouble.of(improvement(goal, t.slopePerMonth())))
                .orElse(OptionalDouble.empty());
    }

    private static String movement(Goal goal, double improvementPerMonth) {
        double slope = improvement(goal, improvementPerMonth);
        String amount = String.format(Locale.ROOT, "%.1f", Math.abs(slope)) + " " + changeUnit(goal) + " a month";
        if (Math.abs(slope) < 0.05) {
            return "stayed flat";
        }
        return (slope > 0 ? "rose " : "fell ") + amount;
    }

    private static String changeUnit(Goal goal) {
        if (Metrics.countsInPoints(goal.getMetric())) {
            return "points";
        }
        return Statements.blank(goal.getUnit()) ? "units" : goal.getUnit().trim();
    }

    private static String withUnit(Goal goal, double value) {
        String unit = goal.getUnit() == null ? "" : goal.getUnit().trim();
        return Metrics.format(value) + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
    }

    private static boolean rewardsIndividuals(Goal goal) {
        if (goal.getRewardScope() == RewardScope.INDIVIDUAL) {
            return true;
        }
        String reward = goal.getReward() == null ? "" : goal.getReward().toLowerCase(Locale.ROOT);
        return goal.getRewardScope() != RewardScope.TEAM && INDIVIDUAL_PRIZE_WORDS.stream().anyMatch(reward::contains);
    }

    private static String scopeOf(Goal goal) {
        List<String> scope = new ArrayList<>();
        for (Queue queue : goal.getQueues()) {
            scope.add("queue " + nameOf(queue));
        }
        for (Channel channel : goal.getChannels()) {
            scope.add(channel.getLiteral());
        }
        for (Campaign campaign : goal.getCampaigns()) {
            scope.add("campaign " + nameOf(campaign));
        }
        return scope.stream().collect(Collectors.joining(", "));
    }

    private static String nameOf(NamedElement element) {
        if (element.eIsProxy()) {
            return "(missing)";
        }
        return Statements.blank(element.getName()) ? "#" + element.getId() : "'" + element.getName() + "'";
    }

    /** {@code 5 days}, {@code 6 weeks}, {@code 4 months}. */
    static String duration(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 63) {
            return Math.round(days / 7.0) + " weeks";
        }
        return Math.round(MonthScale.between(from, to)) + " months";
    }

    private static String joinWithAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
