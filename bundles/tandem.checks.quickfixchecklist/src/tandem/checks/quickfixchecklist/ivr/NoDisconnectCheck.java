package tandem.checks.quickfixchecklist.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.Node;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.flow.CallFlow;

/**
 * {@code quickfix.ivr-no-disconnect}: a menu or input never hangs up on callers it does not understand or who say
 * nothing. Its no-match and no-input final actions must not be a disconnect, nor prompts or messages that lead only
 * to one. (A missing handler is the model validator's business, not this rule's.)
 */
public class NoDisconnectCheck implements Check {

    /** Finding data: which handling hangs up, {@link #NO_MATCH} or {@link #NO_INPUT}. */
    static final String HANDLING = "handling";
    static final String NO_MATCH = "noMatch";
    static final String NO_INPUT = "noInput";

    @Override
    public void run(CheckContext context) {
        GeneralQueue general = new GeneralQueue(context.plans());
        for (CallerInputNode node : context.plans().all(CallerInputNode.class)) {
            check(context, general, node, node.getNoMatch(), NO_MATCH);
            check(context, general, node, node.getNoInput(), NO_INPUT);
        }
    }

    private static void check(CheckContext context, GeneralQueue general, CallerInputNode node,
            RetryHandler handler, String handling) {
        if (handler == null) {
            return;
        }
        List<Node> played = new ArrayList<>();
        Node end = Announcements.after(handler.getFinalAction(), played);
        if (!(end instanceof Disconnect)) {
            return;
        }
        String callers = NO_MATCH.equals(handling) ? "callers it does not understand" : "callers who say nothing";
        String what = NO_MATCH.equals(handling) ? "no-match" : "no-input";
        String way = played.isEmpty() ? "ends in " + CallFlow.nameOf(end)
                : "plays " + played.stream().map(CallFlow::nameOf).collect(Collectors.joining(", ")) + " and ends in "
                        + CallFlow.nameOf(end);
        Map<String, String> data = general.dataFor(node);
        data.put(HANDLING, handling);
        context.report(node, CallFlow.nameOf(node) + " hangs up on " + callers + ": its " + what + " handling " + way
                + ".", data);
    }
}
