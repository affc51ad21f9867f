package tandem.ivr.model.flow;

import tandem.core.documents.Ids;
import tandem.core.model.Queue;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;

/** Routes of a script to the queues of the contact center. */
public final class Routes {

    private Routes() {
    }

    /**
     * The script's route to the queue: its first route to that queue, else a new route named after the queue, with
     * its stable id, that is not in the script yet ({@code eContainer() == null}): add it to the script's nodes in the
     * same command that makes something lead to it.
     */
    public static Route toQueue(IvrScript script, Queue queue) {
        for (Node node : script.getNodes()) {
            if (node instanceof Route route && route.getQueue() == queue) {
                return route;
            }
        }
        Route route = IvrFactory.eINSTANCE.createRoute();
        route.setName(queue.getName());
        route.setQueue(queue);
        Ids.assignIfMissing(route);
        return route;
    }
}
