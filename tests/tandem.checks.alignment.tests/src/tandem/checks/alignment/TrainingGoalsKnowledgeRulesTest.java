package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.checks.CheckDefinition;
import tandem.checks.Checklists;
import tandem.checks.QuickFixDefinition;
import tandem.checks.Severity;

/** The training, goals and knowledge rules of the alignment checklist as contributed. */
class TrainingGoalsKnowledgeRulesTest {

    private static final String CAMPAIGN = "http://tandem.dev/campaign/1.0";
    private static final String CORE = "http://tandem.dev/core/1.0";

    @Test
    void eachRuleIsContributedWithItsSeverityReadsParametersAndFixes() {
        CheckDefinition trained = assertRule("alignment.trained-before-launch", Severity.ERROR,
                Set.of("http://tandem.dev/training/1.0", CAMPAIGN, CORE),
                List.of("alignment.trained-before-launch.create-course",
                        "alignment.trained-before-launch.move-session"));
        assertEquals(List.of("trainingLeadDays=2"),
                trained.parameters().stream().map(p -> p.id() + "=" + p.defaultValue()).toList());
        CheckDefinition peak = assertRule("alignment.training-in-peak", Severity.WARNING,
                Set.of("http://tandem.dev/training/1.0", "http://tandem.dev/staffing/1.0", CAMPAIGN, CORE,
                        "http://tandem.dev/roster/1.0"),
                List.of("alignment.training-in-peak.move-session"));
        assertEquals(List.of("peakMarginHeads=0", "trainingLeadDays=2", "trainingFromHour=9", "trainingToHour=17"),
                peak.parameters().stream().map(p -> p.id() + "=" + p.defaultValue()).toList());
        assertRule("alignment.shared-goal", Severity.WARNING, Set.of("http://tandem.dev/goals/1.0", CAMPAIGN, CORE),
                List.of("alignment.shared-goal.link-campaign"));
        assertRule("alignment.knowledge-consistency", Severity.ERROR,
                Set.of("http://tandem.dev/training/1.0", "http://tandem.dev/ivr/1.0", CAMPAIGN),
                List.of("alignment.knowledge-consistency.set-prompt-text"));
    }

    private static CheckDefinition assertRule(String id, Severity severity, Set<String> reads, List<String> fixes) {
        CheckDefinition check = Checklists.findCheck(id).orElseThrow(() -> new AssertionError(id));
        assertEquals("alignment", check.checklistId(), id);
        assertEquals(severity, check.defaultSeverity(), id);
        assertEquals(reads, check.reads(), id);
        assertEquals(fixes, Checklists.quickFixes(id).stream().map(QuickFixDefinition::id).toList(), id);
        assertTrue(check.implementation().get().isPresent(), id + " can be created");
        return check;
    }
}
