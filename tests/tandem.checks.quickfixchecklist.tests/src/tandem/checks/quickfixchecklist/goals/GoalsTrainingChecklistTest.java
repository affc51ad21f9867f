package tandem.checks.quickfixchecklist.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.checks.CheckDefinition;
import tandem.checks.Checklists;
import tandem.checks.QuickFixDefinition;
import tandem.checks.Severity;

/** The goals and training rules of the Quick Fix Checklist as contributed: severity, what they read, fixes. */
class GoalsTrainingChecklistTest {

    private static final String GOALS = "http://tandem.dev/goals/1.0";
    private static final String TRAINING = "http://tandem.dev/training/1.0";

    @Test
    void eachRuleIsContributedWithItsSeverityReadsAndFixes() {
        assertRule("quickfix.goal-specific", Severity.WARNING, Set.of(GOALS), List.of());
        assertRule("quickfix.goal-measurable", Severity.WARNING, Set.of(GOALS),
                List.of("quickfix.goal-measurable.baseline-from-reading"));
        assertRule("quickfix.goal-achievable", Severity.WARNING, Set.of(GOALS), List.of());
        assertRule("quickfix.goal-relevant", Severity.WARNING, Set.of(GOALS), List.of());
        assertRule("quickfix.goal-time-bound", Severity.WARNING, Set.of(GOALS, "http://tandem.dev/campaign/1.0"),
                List.of("quickfix.goal-time-bound.end-of-quarter"));
        assertRule("quickfix.goal-owner", Severity.WARNING, Set.of(GOALS), List.of());
        assertRule("quickfix.training-capacity", Severity.ERROR, Set.of(TRAINING),
                List.of("quickfix.training-capacity.add-sessions"));
        assertRule("quickfix.training-no-knowledge", Severity.WARNING, Set.of(TRAINING), List.of());
    }

    private static void assertRule(String id, Severity severity, Set<String> reads, List<String> fixes) {
        CheckDefinition check = Checklists.findCheck(id).orElseThrow(() -> new AssertionError(id));
        assertEquals("quickfix", check.checklistId(), id);
        assertEquals(severity, check.defaultSeverity(), id);
        assertEquals(reads, check.reads(), id);
        assertEquals(fixes, Checklists.quickFixes(id).stream().map(QuickFixDefinition::id).toList(), id);
        assertTrue(check.implementation().get().isPresent(), id + " can be created");
    }
}
