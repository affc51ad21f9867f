package tandem.roster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.roster.tests.Rosters.MONDAY;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.roster.Requirement;
import tandem.roster.TimeGrid;
import tandem.roster.internal.solver.GreedyBaseline;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.ShiftTemplate;

/** The LP lower bound on under-coverage, on instances small enough to work out by hand. */
class CoveringLowerBoundTest {

    private final Rosters r = new Rosters();
    private final Queue sales = r.queue("Sales");
    private final Requirement requirement = new Requirement(TimeGrid.of(MONDAY, MONDAY, 15), List.of(sales));

    private void require(double heads, int fromHour, int toHour) {
        for (int t = fromHour * 4; t < toHour * 4; t++) {
            requirement.setHeads(0, t, heads);
        }
    }

    @Test
    void oneAgentCannotBeTwoHeads() {
        r.template("Hour", LocalTime.of(8, 0), LocalTime.of(8, 0), 60);
        r.agent("Ann", 0, 40, 5, sales);
        require(2, 8, 9); // two heads for four intervals, one agent: 4 agent-intervals short at best

        assertEquals(4, CoveringLowerBound.of(r.roster, requirement).underCoverage(), 1e-6);
    }

    @Test
    void aBreakIsTimeOffTheQueueWhereverItIs() {
        ShiftTemplate template = r.template("Two hours", LocalTime.of(8, 0), LocalTime.of(8, 0), 120);
        Rosters.breakRule(template, ActivityKind.BREAK, 15, 30, 60, true);
        r.agent("Ann", 0, 40, 5, sales);
        require(1, 8, 10); // eight intervals, the shift gives seven on the queue

        double bound = CoveringLowerBound.of(r.roster, requirement).underCoverage();
        assertEquals(1, bound, 1e-6);
        assertTrue(GreedyBaseline.solve(r.roster, requirement).underCoverage() >= bound - 1e-6,
                "no schedule is better than the bound");
    }

    @Test
    void aBreakCannotBeSpentWhereNothingIsRequired() {
        ShiftTemplate template = r.template("Two hours", LocalTime.of(7, 0), LocalTime.of(7, 0), 120);
        Rosters.breakRule(template, ActivityKind.BREAK, 15, 30, 60, true); // between 07:30 and 08:15
        r.agent("Ann", 0, 40, 5, sales);
        require(1, 7, 8); // only 07:00-08:00 is required: the break falls in it, at least in part
        // the span alone would give 4 intervals (the break spent from 08:00); the window 07:30-08:15 is not all
        // inside the required hour, so the bound stays 0 here, and 1 when 08:00-08:15 is required too
        assertEquals(0, CoveringLowerBound.of(r.roster, requirement).underCoverage(), 1e-6);
        requirement.setHeads(0, 32, 1);
        assertEquals(1, CoveringLowerBound.of(r.roster, requirement).underCoverage(), 1e-6);
    }

    @Test
    void skillsAndDaysPerWeekLimitWhatAGroupGives() {
        Queue billing = r.queue("Billing");
        Requirement two = new Requirement(TimeGrid.of(MONDAY, MONDAY.plusDays(1), 15), List.of(sales, billing));
        r.template("Hour", LocalTime.of(8, 0), LocalTime.of(8, 0), 60);
        r.agent("Ann", 0, 40, 1, sales); // one day a week, Sales only
        for (int d = 0; d < 2; d++) {
            for (int t = 32; t < 36; t++) {
                two.setHeads(0, d * 96 + t, 1);
                two.setHeads(1, d * 96 + t, 1);
            }
        }
        // 16 agent-intervals required; Ann covers four of Sales on one day: 12 short
        assertEquals(12, CoveringLowerBound.of(r.roster, two).underCoverage(), 1e-6);
    }
}
