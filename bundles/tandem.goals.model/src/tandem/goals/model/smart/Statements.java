package tandem.goals.model.smart;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tandem.goals.model.Goal;
import tandem.goals.model.Metric;

/** Reads a goal statement the way a coach would: does it name an outcome, or only good intentions or an activity? */
final class Statements {

    /** Verbs that start a statement about something to do rather than something to achieve. */
    private static final List<String> ACTIVITY_VERBS = List.of("provide", "hold", "run", "conduct", "deliver",
            "offer", "organise", "organize", "implement", "launch", "introduce", "roll", "train", "send", "attend",
            "schedule", "create", "hire", "host", "review", "update", "install", "complete", "start",
            "set up", "write", "publish");

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private Statements() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether the statement names the goal's metric, any standard metric, or the custom metric's name. */
    static boolean namesAMetric(Goal goal, String statement) {
        String text = " " + statement.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%-]+", " ") + " ";
        for (Metric metric : Metric.values()) {
            for (String keyword : Metrics.keywords(metric)) {
                if (text.contains(" " + keyword) && (keyword.length() > 4 || text.contains(" " + keyword + " "))) {
                    return true;
                }
            }
        }
        String custom = goal.getCustomMetric();
        return !blank(custom) && text.contains(custom.toLowerCase(Locale.ROOT).trim());
    }

    /** Whether the statement starts with something to do and names no result it should change. */
    static boolean isActivityOnly(Goal goal, String statement) {
        String start = statement.trim().toLowerCase(Locale.ROOT);
        boolean activity = ACTIVITY_VERBS.stream().anyMatch(v -> start.startsWith(v + " ") || start.equals(v));
        return activity && !namesAMetric(goal, statement);
    }

    /** Whether the statement names neither a metric nor a number ("improve customer service"). */
    static boolean isVague(Goal goal, String statement) {
        return !namesAMetric(goal, statement) && !DIGIT.matcher(statement).find();
    }
}
