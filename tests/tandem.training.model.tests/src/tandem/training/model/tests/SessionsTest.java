package tandem.training.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tandem.core.model.Queue;
import tandem.training.model.Course;
import tandem.training.model.readiness.CapacityShortfall;
import tandem.training.model.readiness.Sessions;

/** How many sessions a course needs, and how far its scheduled sessions fall short. */
class SessionsTest {

    @Test
    void oneHundredThirtyAgentsAtTwelveASessionNeedElevenSessions() {
        assertEquals(11, Sessions.needed(130, 12), "10 full sessions seat 120; the 10 left need an 11th");
    }

    @Test
    void aHeadcountThatFillsTheSessionsExactlyNeedsNoExtraSession() {
        assertEquals(11, Sessions.needed(132, 12));
        assertEquals(12, Sessions.needed(133, 12));
        assertEquals(1, Sessions.needed(1, 12));
        assertEquals(0, Sessions.needed(0, 12));
    }

    @Test
    void aSessionWithoutCapacityCannotTrainAnyone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sessions.needed(130, 0));
        assertTrue(e.getMessage().contains("at least one agent"), e.getMessage());
    }

    @Test
    void theShortfallIsTheAgentsWithoutASeatAndTheSessionsToAdd() {
        Plans plans = new Plans();
        Queue billing = plans.queue("Billing");
        Course course = plans.course("Spring offer");
        Plans.audience(course, billing, 130);
        for (int day = 2; day <= 9; day++) {
            Plans.session(course, Plans.march(day), 12, null);
        }

        CapacityShortfall shortfall = CapacityShortfall.of(course);

        assertEquals(130, shortfall.agentsToTrain());
        assertEquals(96, shortfall.seatsScheduled(), "8 sessions of 12");
        assertEquals(34, shortfall.agentsWithoutSeat());
        assertEquals(3, shortfall.additionalSessions().getAsInt(), "34 more agents at 12 a session");
        assertEquals("34 of 130 agents have no seat: add 3 sessions of 12", shortfall.describe());
    }

    @Test
    void agentsAlreadyTrainedNeedNoSeat() {
        Plans plans = new Plans();
        Course course = plans.course("Spring offer");
        Plans.audience(course, plans.queue("Billing"), 130).setCompletedCount(40);
        for (int day = 2; day <= 9; day++) {
            Plans.session(course, Plans.march(day), 12, null);
        }

        CapacityShortfall shortfall = CapacityShortfall.of(course);

        assertEquals(90, shortfall.agentsToTrain());
        assertFalse(shortfall.exists(), "96 seats for 90 agents");
        assertEquals(0, shortfall.additionalSessions().getAsInt());
    }

    @Test
    void seatsKeptForOneQueueDoNotTrainAnother() {
        Plans plans = new Plans();
        Course course = plans.course("Spring offer");
        var billing = Plans.audience(course, plans.queue("Billing"), 5);
        Plans.audience(course, plans.queue("Sales"), 10);
        Plans.session(course, Plans.march(2), 12, billing);

        CapacityShortfall shortfall = CapacityShortfall.of(course);

        assertEquals(12, shortfall.seatsScheduled());
        assertEquals(10, shortfall.agentsWithoutSeat(), "Sales gets none of the 7 seats Billing leaves free");
        assertEquals(1, shortfall.additionalSessions().getAsInt());
    }

    @Test
    void withoutSessionsNoNumberOfSessionsCanBeProposed() {
        Plans plans = new Plans();
        Course course = plans.course("Spring offer");
        Plans.audience(course, plans.queue("Billing"), 20);

        CapacityShortfall shortfall = CapacityShortfall.of(course);

        assertEquals(20, shortfall.agentsWithoutSeat());
        assertTrue(shortfall.additionalSessions().isEmpty());
        assertEquals("20 of 20 agents have no seat: no session is scheduled", shortfall.describe());
    }
}
