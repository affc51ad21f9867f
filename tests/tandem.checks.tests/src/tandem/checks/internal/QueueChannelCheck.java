package tandem.checks.internal;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.Queue;

/** Test check: a queue needs a channel (here: a queue whose skill says "unset" counts as having none). */
public class QueueChannelCheck implements Check {

    @Override
    public void run(CheckContext context) {
        for (Queue queue : context.plans().all(Queue.class)) {
            if ("unset".equals(queue.getSkill())) {
                context.report(queue, "Queue '" + queue.getName() + "' has no channel.");
            }
        }
    }
}
