package com.example.tandem.checks;

import java.util.Map;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;

/** Every phone queue has opening hours, so that the IVR can tell callers when it is closed. */
public class QueueHoursCheck implements Check {

    @Override
    public void run(CheckContext context) {
        for (Queue queue : context.plans().all(Queue.class)) {
            if (queue.getChannel() == Channel.PHONE && queue.getOpeningHours() == null) {
                boolean fixable = queue.eContainer() instanceof ContactCenter center
                        && !center.getOpeningHours().isEmpty();
                context.report(queue, "Phone queue '" + queue.getName() + "' has no opening hours.",
                        fixable ? Map.of("hours", ((ContactCenter) queue.eContainer()).getOpeningHours().get(0)
                                .getName()) : Map.of());
            }
        }
    }
}
