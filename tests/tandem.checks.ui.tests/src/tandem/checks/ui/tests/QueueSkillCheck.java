package tandem.checks.ui.tests;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.Queue;

/** Test check: a queue needs a skill. */
public class QueueSkillCheck implements Check {

    @Override
    public void run(CheckContext context) {
        for (Queue queue : context.plans().all(Queue.class)) {
            if (queue.getSkill() == null || queue.getSkill().isBlank()) {
                context.report(queue, "Queue '" + queue.getName() + "' has no skill.");
            }
        }
    }
}
