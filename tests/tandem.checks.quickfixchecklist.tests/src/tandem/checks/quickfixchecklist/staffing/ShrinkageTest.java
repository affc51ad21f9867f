package tandem.checks.quickfixchecklist.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.test.support.checks.CheckOracle;

/** quickfix.staffing-shrinkage: the plan has a shrinkage, and a plausible one. */
class ShrinkageTest {

    private static final String RULE = "quickfix.staffing-shrinkage";
    private static final String FIX = "quickfix.staffing-shrinkage.set-default";

    private final PlanData data = new PlanData();
    private final CheckOracle oracle = new CheckOracle(data.set);

    @Test
    void aMissingShrinkageIsReportedAndTheFixSetsThirtyPercent() {
        data.plan.unsetShrinkage();
        String before = data.saved();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Staffing plan 'Billing 2027' has no shrinkage: it plans as if agents never took breaks,"
                + " meetings, training or leave, so every interval is short of heads.", finding.message());
        assertSame(data.plan, finding.element());

        assertEquals("Set the shrinkage to 30%", oracle.apply(finding, FIX));
        assertEquals(0.3, data.plan.getShrinkage());
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, data.saved(), "Undo restores the plan as it was");
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void aStatedZeroIsAWarningOfItsOwnNotAMissingShrinkage() {
        data.plan.setShrinkage(0);
        assertTrue(data.plan.isSetShrinkage(), "0 is stated, not missing");
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Staffing plan 'Billing 2027' states a shrinkage of 0%: agents who never take breaks, meetings,"
                + " training or leave are implausible; give the share of scheduled time they lose (30% is typical)"
                + " unless the schedule already leaves it out.", finding.message());
        assertEquals("Set the shrinkage to 30%", oracle.apply(finding, FIX));
        assertEquals(0.3, data.plan.getShrinkage());
        oracle.undo();
        assertTrue(data.plan.isSetShrinkage());
        assertEquals(0, data.plan.getShrinkage());
    }

    @Test
    void aPlanLinkedToARosterIsNotAskedForTheSingleShrinkage() {
        data.plan.unsetShrinkage();
        tandem.core.model.ContactCenter schedule = tandem.core.model.CoreFactory.eINSTANCE.createContactCenter();
        data.plan.setRoster(schedule); // planned shrinkage comes from the schedule, unplanned is its own setting
        assertEquals(List.of(), oracle.run(RULE));
        data.plan.setRoster(null);
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void anImplausibleShrinkageIsReportedWithoutFix() {
        data.plan.setShrinkage(0.75);
        Finding high = oracle.run(RULE).get(0);
        assertEquals("Staffing plan 'Billing 2027' has an implausible shrinkage of 75%: more than 0% and at most 60%"
                + " of scheduled time is expected.", high.message());
        assertTrue(Checklists.quickFixLabels(high).isEmpty(), "only the planner knows the right value");

        data.plan.setShrinkage(-0.1);
        assertEquals("Staffing plan 'Billing 2027' has an implausible shrinkage of -10%: more than 0% and at most 60%"
                + " of scheduled time is expected.", oracle.run(RULE).get(0).message());
    }

    @Test
    void aPlausibleShrinkagePassesAndTheLimitsAreParameters() {
        assertTrue(oracle.run(RULE).isEmpty(), "30% is plausible");
        data.plan.setShrinkage(0.6);
        assertTrue(oracle.run(RULE).isEmpty(), "60% is the most that is plausible");

        data.plan.setShrinkage(0.75);
        oracle.settings(CheckSettings.defaults().with(Map.of("quickfix.staffing-shrinkage.maxShrinkage", "0.8",
                "quickfix.staffing-shrinkage.defaultShrinkage", "0.25")));
        assertTrue(oracle.run(RULE).isEmpty(), "75% is plausible when up to 80% is");
        data.plan.setShrinkage(0);
        assertEquals(List.of("Set the shrinkage to 25%"), Checklists.quickFixLabels(oracle.run(RULE).get(0)));
    }
}
