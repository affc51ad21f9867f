package tandem.checks.quickfixchecklist.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.checks.CheckDefinition;
import tandem.checks.Checklists;
import tandem.checks.QuickFixDefinition;
import tandem.checks.Severity;

/** The staffing rules of the Quick Fix Checklist as contributed: severities, what they read, parameters, fixes. */
class StaffingChecklistTest {

    private static final String STAFFING = "http://tandem.dev/staffing/1.0";

    @Test
    void theChecklistHoldsTheStaffingRules() {
        assertEquals(List.of("quickfix.staffing-occupancy", "quickfix.staffing-shrinkage", "quickfix.staffing-aht"),
                Checklists.find("quickfix").orElseThrow().checks().stream().map(CheckDefinition::id)
                        .filter(id -> id.startsWith("quickfix.staffing-")).toList());
    }

    @Test
    void eachRuleReadsTheStaffingPlansOnlyWithItsSeverityAndFixes() {
        assertRule("quickfix.staffing-occupancy", Severity.WARNING, List.of());
        assertRule("quickfix.staffing-shrinkage", Severity.ERROR, List.of("quickfix.staffing-shrinkage.set-default"));
        assertRule("quickfix.staffing-aht", Severity.ERROR, List.of());
        assertEquals(List.of("defaultShrinkage=0.3", "maxShrinkage=0.6"),
                Checklists.findCheck("quickfix.staffing-shrinkage").orElseThrow().parameters().stream()
                        .map(p -> p.id() + "=" + p.defaultValue()).toList());
    }

    private static void assertRule(String id, Severity severity, List<String> fixes) {
        CheckDefinition check = Checklists.findCheck(id).orElseThrow();
        assertEquals(severity, check.defaultSeverity(), id);
        assertEquals(Set.of(STAFFING), check.reads(), id);
        assertEquals(fixes, Checklists.quickFixes(id).stream().map(QuickFixDefinition::id).toList(), id);
        assertTrue(check.implementation().get().isPresent(), id + " can be created");
    }
}
