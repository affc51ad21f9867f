package tandem.checks.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import tandem.checks.CheckDefinition;

/**
 * Times each check of a {@code CheckRunner.run(plans, which)} by being its {@code which}: the runner asks it right
 * before running a check, so the time between two questions is the check asked about first. Call {@link #stop()}
 * when the run returns.
 */
final class CheckTimer implements Predicate<CheckDefinition> {

    private final Predicate<CheckDefinition> which;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String current;
    private long since;

    CheckTimer(Predicate<CheckDefinition> which) {
        this.which = which;
    }

    @Override
    public boolean test(CheckDefinition check) {
        stop();
        if (!which.test(check)) {
            return false;
        }
        current = check.id();
        since = System.nanoTime();
        return true;
    }

    void stop() {
        if (current != null) {
            nanos.merge(current, System.nanoTime() - since, Long::sum);
            current = null;
        }
    }

    /** Nanoseconds per check that ran, in the order they ran. */
    Map<String, Long> nanos() {
        return nanos;
    }
}
