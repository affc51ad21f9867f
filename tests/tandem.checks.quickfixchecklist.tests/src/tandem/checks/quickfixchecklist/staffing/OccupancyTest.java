package tandem.checks.quickfixchecklist.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.test.support.checks.CheckOracle;

/**
 * quickfix.staffing-occupancy: the scheduled agents are not predicted to be busier than the plan's occupancy cap.
 * 10 Erlangs on 11 agents are 91% busy; on 10 agents the queue cannot keep up (100%); on 14 agents 71%.
 */
class OccupancyTest {

    private static final String RULE = "quickfix.staffing-occupancy";

    private final PlanData data = new PlanData();
    private final CheckOracle oracle = new CheckOracle(data.set);

    @Test
    void intervalsOverTheCapAreCountedInOneFindingPerPlan() {
        // 16 heads keep 11 agents on the phones after 30% shrinkage, 15 heads 10; nobody at 09:30 is not counted.
        data.schedule(16, 15, 20, 0);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Staffing plan 'Billing 2027': in 2 of its 48 intervals the scheduled agents are predicted to be"
                + " busier than the 85% occupancy cap (up to 100%), the first on 2027-03-03 at 08:00.",
                finding.message());
        assertSame(data.plan, finding.element());
        assertEquals("quickfix", finding.checklistId());
        assertEquals("2", finding.data().get(OccupancyCheck.INTERVALS));
        assertTrue(Checklists.quickFixLabels(finding).isEmpty(), "the planner decides where the agents come from");

        data.schedule(20, 16);
        assertEquals("Staffing plan 'Billing 2027': in 1 of its 48 intervals the scheduled agents are predicted to be"
                + " busier than the 85% occupancy cap (up to 90.9%), the first on 2027-03-03 at 08:30.",
                oracle.run(RULE).get(0).message());
    }

    @Test
    void aScheduleWithinTheCapPassesAndAPlanWithoutCapIsNotChecked() {
        assertTrue(oracle.run(RULE).isEmpty(), "20 heads keep 14 agents 71% busy");

        data.schedule(15, 15, 15, 15);
        assertEquals(1, oracle.run(RULE).size());
        data.plan.setOccupancyCap(1);
        assertTrue(oracle.run(RULE).isEmpty(), "an occupancy cap of 100% is no cap");
    }
}
