package tandem.checks.quickfixchecklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.checks.CheckDefinition;
import tandem.checks.ChecklistDefinition;
import tandem.checks.Checklists;
import tandem.checks.Severity;

/** The Quick Fix Checklist as contributed: its IVR rules, their severities, what they read and their fixes. */
class QuickFixChecklistTest {

    private static final String IVR = "http://tandem.dev/ivr/1.0";
    private static final String CORE = "http://tandem.dev/core/1.0";

    @Test
    void theChecklistHoldsTheIvrRules() {
        ChecklistDefinition checklist = Checklists.find("quickfix").orElseThrow();
        assertEquals("Quick Fix Checklist", checklist.name());
        assertEquals("Diagnostics that find root causes within a single plan.", checklist.description());
        assertEquals(List.of("quickfix.ivr-no-disconnect", "quickfix.ivr-after-hours", "quickfix.ivr-menu-depth",
                "quickfix.ivr-zero-out"),
                checklist.checks().stream().map(CheckDefinition::id).filter(id -> id.startsWith("quickfix.ivr-"))
                        .toList());
    }

    @Test
    void eachRuleHasItsSeverityReadsAndFixes() {
        assertRule("quickfix.ivr-no-disconnect", Severity.ERROR, Set.of(IVR, CORE),
                List.of("quickfix.ivr-no-disconnect.route-to-agent"));
        assertRule("quickfix.ivr-after-hours", Severity.WARNING, Set.of(IVR, CORE),
                List.of("quickfix.ivr-after-hours.insert-hours-check"));
        assertRule("quickfix.ivr-menu-depth", Severity.WARNING, Set.of(IVR), List.of());
        assertRule("quickfix.ivr-zero-out", Severity.WARNING, Set.of(IVR, CORE),
                List.of("quickfix.ivr-zero-out.add-key-0"));
        CheckDefinition depth = Checklists.findCheck("quickfix.ivr-menu-depth").orElseThrow();
        assertEquals(List.of("maxDepth=3", "maxOptions=5"),
                depth.parameters().stream().map(p -> p.id() + "=" + p.defaultValue()).toList());
    }

    private static void assertRule(String id, Severity severity, Set<String> reads, List<String> fixes) {
        CheckDefinition check = Checklists.findCheck(id).orElseThrow();
        assertEquals(severity, check.defaultSeverity(), id);
        assertEquals(reads, check.reads(), id);
        assertEquals(fixes, Checklists.quickFixes(id).stream().map(q -> q.id()).toList(), id);
        assertTrue(check.implementation().get().isPresent(), id + " can be created");
    }
}
