package tandem.roster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.roster.tests.Rosters.MONDAY;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.Shift;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.scheduled.ScheduledHeads;

/**
 * A staffing plan linked to a roster takes the scheduled heads of the roster's days from its schedule (through the
 * provider the roster bundle registers as an OSGi service), with the planned shrinkage per interval; other days and
 * unlinked plans keep their typed numbers.
 */
class ScheduledHeadsTest {

    private final Rosters r = new Rosters();
    private final Queue sales = r.queue("Sales");
    private final StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();

    @BeforeEach
    void schedule() {
        plan.setName("Sales staffing");
        plan.setQueue(sales);
        plan.setIntervalMinutes(15);
        plan.setShrinkage(0.3);
        plan.setUnplannedShrinkage(0.1);
        for (int k = 0; k < 8; k++) {
            row(MONDAY.atTime(8, 0).plusMinutes(15L * k));
        }
        row(MONDAY.plusDays(1).atTime(8, 0));
        Agent ann = r.agent("Ann", 0, 40, 5, sales);
        Agent bob = r.agent("Bob", 0, 40, 5, sales);
        Shift annShift = r.shift(ann, MONDAY.atTime(8, 0), 120, sales);
        Rosters.activity(annShift, ActivityKind.BREAK, MONDAY.atTime(9, 0), 15);
        Shift bobShift = r.shift(bob, MONDAY.atTime(8, 30), 60, sales);
        Rosters.activity(bobShift, ActivityKind.TRAINING, MONDAY.atTime(8, 50), 10);
    }

    private void row(LocalDateTime start) {
        StaffingInterval row = StaffingFactory.eINSTANCE.createStaffingInterval();
        row.setStart(start);
        row.setScheduled(7);
        plan.getIntervals().add(row);
    }

    @Test
    void linkedPlanTakesTheScheduleHeadsOfTheRosterDays() {
        plan.setRoster(r.roster);
        ScheduledHeads heads = ScheduledHeads.of(plan);

        assertTrue(heads.linked(), "the roster bundle's provider is registered: " + heads.problem());
        assertEquals("Week 9", heads.source());
        // 8:00 Ann; 8:30 Ann and Bob; 8:45 Bob trains from 8:50, so only Ann is there the whole interval; 9:00 Ann's
        // break; 9:15 both; 9:30 Bob gone
        int[] expected = { 1, 1, 2, 1, 1, 2, 1, 1 };
        for (int k = 0; k < expected.length; k++) {
            assertTrue(heads.fromSchedule(k));
            assertEquals(expected[k], heads.heads(k), "heads at row " + k);
        }
        // Tuesday is not a day of the schedule: the typed number stays
        assertFalse(heads.fromSchedule(8));
        assertEquals(7, heads.heads(8));
    }

    @Test
    void plannedShrinkageIsTheShareOfShiftTimeInActivities() {
        plan.setRoster(r.roster);
        ScheduledHeads heads = ScheduledHeads.of(plan);

        assertEquals(0.0, heads.plannedShrinkage(0), 1e-9);
        // 8:45: 30 minutes on shift, 10 of them in training
        assertEquals(10 / 30.0, heads.plannedShrinkage(3), 1e-9);
        // 9:00: 30 minutes on shift, Ann's 15-minute break
        assertEquals(0.5, heads.plannedShrinkage(4), 1e-9);
        assertTrue(Double.isNaN(heads.plannedShrinkage(8)), "typed rows have no planned shrinkage");
        // 8 rows: 12 head-intervals on shift (1,1,2,2,2,2,1,1), 1 2/3 of them in activities
        assertEquals((10 / 15.0 + 1) / 12, heads.averagePlannedShrinkage(), 1e-9);
        // only unplanned shrinkage is left on the schedule's heads; typed rows keep the single shrinkage
        assertEquals(0.1, heads.shrinkage(0), 1e-12);
        assertEquals(0.3, heads.shrinkage(8), 1e-12);
    }

    @Test
    void unlinkedPlanKeepsTypedNumbers() {
        ScheduledHeads heads = ScheduledHeads.of(plan);

        assertFalse(heads.linked());
        assertEquals("", heads.problem());
        assertEquals(7, heads.heads(2));
        assertEquals(0.3, heads.shrinkage(2), 1e-12);
    }

    @Test
    void missingRosterIsAProblemNamingThePathAndKeepsTypedNumbers() {
        Roster missing = Rosters.F.createRoster();
        ((InternalEObject) missing).eSetProxyURI(URI.createURI("memory:/gone.roster#roster-1"));
        plan.setRoster(missing);

        ScheduledHeads heads = ScheduledHeads.of(plan);

        assertFalse(heads.linked());
        assertEquals("the roster 'memory:/gone.roster' could not be read; the typed scheduled heads are used",
                heads.problem());
        assertEquals(7, heads.heads(3));
    }
}
