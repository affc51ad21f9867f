package tandem.checks.quickfixchecklist.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.staffing.model.StaffingInterval;
import tandem.test.support.checks.CheckOracle;

/** quickfix.staffing-aht: every interval has an average handle time, its own or the plan's. */
class AhtTest {

    private static final String RULE = "quickfix.staffing-aht";

    private final PlanData data = new PlanData();
    private final CheckOracle oracle = new CheckOracle(data.set);

    @Test
    void aPlanWithoutAhtIsReportedWithTheIntervalsThatGiveNoneOfTheirOwn() {
        data.plan.setAhtSeconds(0);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Staffing plan 'Billing 2027' has no average handle time (AHT 0 s) and none of its 48 intervals"
                + " gives its own: the agents they require cannot be computed.", finding.message());
        assertSame(data.plan, finding.element());
        assertTrue(Checklists.quickFixLabels(finding).isEmpty(), "only the planner knows the handle time");

        List<StaffingInterval> rows = data.plan.getIntervals();
        rows.subList(2, rows.size()).forEach(row -> row.setAhtSeconds(200.0));
        assertEquals("Staffing plan 'Billing 2027' has no average handle time (AHT 0 s) and 2 of its 48 intervals"
                + " give none of their own: the agents they require cannot be computed.",
                oracle.run(RULE).get(0).message());
    }

    @Test
    void aPlanAhtOrIntervalsWithTheirOwnPass() {
        assertTrue(oracle.run(RULE).isEmpty(), "the plan's 180 s");

        data.plan.setAhtSeconds(-5);
        assertEquals(1, oracle.run(RULE).size());
        data.plan.getIntervals().forEach(row -> row.setAhtSeconds(240.0));
        assertTrue(oracle.run(RULE).isEmpty(), "every interval has its own AHT");
    }
}
