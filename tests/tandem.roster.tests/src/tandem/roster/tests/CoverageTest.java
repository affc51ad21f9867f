package tandem.roster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tandem.roster.tests.Rosters.MONDAY;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.roster.Coverage;
import tandem.roster.Requirement;
import tandem.roster.TimeGrid;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Shift;

/** Scheduled heads per interval come from the shifts less their breaks, lunch and training. */
class CoverageTest {

    private final Rosters r = new Rosters();
    private final Queue sales = r.queue("Sales");
    private final Queue billing = r.queue("Billing");
    private final TimeGrid grid = TimeGrid.of(MONDAY, MONDAY.plusDays(1), 15);

    @Test
    void headsAreShiftsLessActivities() {
        Agent ann = r.agent("Ann", 0, 40, 5, sales);
        Agent bob = r.agent("Bob", 0, 40, 5, sales, billing);
        Shift annShift = r.shift(ann, MONDAY.atTime(8, 0), 120, sales);
        Rosters.activity(annShift, ActivityKind.BREAK, MONDAY.atTime(9, 0), 15);
        Shift bobShift = r.shift(bob, MONDAY.atTime(8, 30), 60, sales);
        Rosters.activity(bobShift, ActivityKind.TRAINING, MONDAY.atTime(8, 50), 10);
        r.shift(bob, MONDAY.plusDays(1).atTime(8, 0), 60, billing);

        Coverage coverage = Coverage.of(r.roster, grid, List.of(sales, billing));
        assertEquals(1.0, coverage.heads(sales, MONDAY.atTime(8, 0)));
        assertEquals(2.0, coverage.heads(sales, MONDAY.atTime(8, 30)));
        // Bob trains 10 of the 15 minutes from 8:45: a third of a head
        assertEquals(1 + 5 / 15.0, coverage.heads(sales, MONDAY.atTime(8, 45)), 1e-9);
        // Ann's break from 9:00; both back at 9:15; Bob is gone at 9:30
        assertEquals(1.0, coverage.heads(sales, MONDAY.atTime(9, 0)));
        assertEquals(2.0, coverage.heads(sales, MONDAY.atTime(9, 15)));
        assertEquals(1.0, coverage.heads(sales, MONDAY.atTime(9, 30)));
        assertEquals(0.0, coverage.heads(sales, MONDAY.atTime(10, 0)));
        assertEquals(1.0, coverage.heads(billing, MONDAY.plusDays(1).atTime(8, 45)));
        assertEquals(0.0, coverage.heads(billing, MONDAY.atTime(8, 45)));
    }

    @Test
    void underAndOverCoverageAreAgentIntervals() {
        Agent ann = r.agent("Ann", 0, 40, 5, sales);
        r.shift(ann, MONDAY.atTime(8, 0), 60, sales);
        Requirement requirement = new Requirement(grid, List.of(sales));
        int eight = 8 * 4;
        requirement.setHeads(0, eight, 2);     // one short
        requirement.setHeads(0, eight + 1, 1); // met
        requirement.setHeads(0, eight + 4, 3); // three short, no one there
        // 8:30 and 8:45 have Ann and no requirement: two agent-intervals over
        Coverage coverage = Coverage.of(r.roster, grid, List.of(sales));
        assertEquals(4.0, coverage.underCoverage(requirement), 1e-9);
        assertEquals(2.0, coverage.overCoverage(requirement), 1e-9);
    }
}
