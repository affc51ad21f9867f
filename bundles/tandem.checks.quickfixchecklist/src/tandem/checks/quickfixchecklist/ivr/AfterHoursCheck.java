package tandem.checks.quickfixchecklist.ivr;

import java.util.HashMap;
import java.util.Map;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.flow.CallFlow;

/**
 * {@code quickfix.ivr-after-hours}: every call path to a route whose queue has opening hours passes an
 * opening-hours check whose closed branch plays a message. One finding per route, on the route.
 */
public class AfterHoursCheck implements Check {

    /** Finding data: the after-hours message the fix would play. */
    static final String CLOSED_MESSAGE = "closedMessage";
    /** Finding data: the opening-hours check whose closed branch is silent, when that is the only gap. */
    static final String SILENT_CHECK = "silentCheck";

    @Override
    public void run(CheckContext context) {
        for (IvrScript script : context.plans().all(IvrScript.class)) {
            for (AfterHours.Gap gap : AfterHours.of(script).values()) {
                String route = CallFlow.nameOf(gap.route());
                String queue = "queue '" + gap.route().getQueue().getName() + "'";
                Map<String, String> data = new HashMap<>();
                if (!gap.unchecked().isEmpty()) {
                    data.put(CLOSED_MESSAGE, OpeningHoursText.closedMessage(AfterHours.hoursOf(gap.route())));
                    context.report(gap.route(), route + " puts callers into " + queue + " without checking its"
                            + " opening hours first: after hours nobody tells them the queue is closed.", data);
                } else {
                    HoursCheck silent = gap.silent().get(0);
                    data.put(CLOSED_MESSAGE, OpeningHoursText.closedMessage(AfterHours.hoursOf(silent, gap.route())));
                    data.put(SILENT_CHECK, CallFlow.nameOf(silent));
                    context.report(gap.route(), route + " is reached through " + CallFlow.nameOf(silent)
                            + ", whose closed branch plays no message: after hours nobody tells callers " + queue
                            + " is closed.", data);
                }
            }
        }
    }
}
