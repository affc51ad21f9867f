package tandem.ivr.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.Routes;

/** A script's route to a queue is found, or made ready to be added. */
class RoutesTest {

    private final IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
    private final Queue billing = queue("Billing");
    private final Queue sales = queue("Sales");

    private static Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        return queue;
    }

    private Route route(Queue queue) {
        Route route = IvrFactory.eINSTANCE.createRoute();
        route.setQueue(queue);
        script.getNodes().add(route);
        return route;
    }

    @Test
    void theScriptsRouteToTheQueueIsFound() {
        route(sales);
        Route toBilling = route(billing);
        route(billing);
        assertSame(toBilling, Routes.toQueue(script, billing), "the first route to the queue");
    }

    @Test
    void withoutOneANewRouteIsMadeButNotAdded() {
        route(sales);
        Route made = Routes.toQueue(script, billing);
        assertSame(billing, made.getQueue());
        assertEquals("Billing", made.getName());
        assertNotNull(made.getId(), "a stable id before anything refers to it");
        assertNull(made.eContainer(), "the caller's command adds it");
        assertEquals(1, script.getNodes().size());
    }
}
