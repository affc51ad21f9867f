package tandem.checks.quickfixchecklist.ivr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.CallFlow;

/**
 * {@code quickfix.ivr-zero-out}: on every menu, key 0 leads to an agent, that is to a route to a queue, directly,
 * after prompts or messages, or through the open branch of an opening-hours check. A route that names no queue, or
 * a queue that cannot be found, leads to nobody.
 */
public class ZeroOutCheck implements Check {

    @Override
    public void run(CheckContext context) {
        GeneralQueue general = new GeneralQueue(context.plans());
        for (Menu menu : context.plans().all(Menu.class)) {
            MenuOption zero = keyZero(menu);
            if (zero != null && leadsToAgent(zero.getTarget())) {
                continue;
            }
            Map<String, String> data = general.dataFor(menu);
            if (zero == null) {
                context.report(menu, CallFlow.nameOf(menu) + " has no key 0 for callers who want an agent.", data);
            } else {
                String target = zero.getTarget() == null ? "leads nowhere"
                        : "goes to " + CallFlow.nameOf(zero.getTarget());
                context.report(menu, "Key 0 of " + CallFlow.nameOf(menu) + " " + target + ", not to an agent.", data);
            }
        }
    }

    /** The menu's option for key 0, or {@code null}. */
    static MenuOption keyZero(Menu menu) {
        return menu.getOptions().stream().filter(o -> o.getKey() != null && o.getKey().trim().equals("0"))
                .findFirst().orElse(null);
    }

    private static boolean leadsToAgent(Node start) {
        Set<Node> seen = new HashSet<>();
        Node node = start;
        while (node != null && seen.add(node)) {
            node = Announcements.after(node, new ArrayList<>());
            if (node instanceof Route route) {
                // a route that names no queue (or one that cannot be found) puts the caller through to nobody
                return route.getQueue() != null && !route.getQueue().eIsProxy();
            }
            node = node instanceof HoursCheck check ? check.getOpen() : null;
        }
        return false;
    }
}
