package tandem.checks.quickfixchecklist.ivr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.flow.CallPath;
import tandem.ivr.model.flow.CallPaths;
import tandem.ivr.model.flow.FlowEdge;
import tandem.ivr.model.flow.PathEnd;
import tandem.ivr.model.Route;

/**
 * Which routes to a queue with opening hours callers can reach without hearing, after hours, that the queue is
 * closed. A call path is covered when it passes an opening-hours check whose closed branch plays a message (any
 * such check counts, whatever hours it looks at). The check and its fix share this analysis, so the fix repairs
 * exactly what the check reported.
 */
final class AfterHours {

    private AfterHours() {
    }

    /**
     * A route some calls reach without an after-hours message.
     *
     * @param route     the route
     * @param unchecked the edges into the route taken by calls that pass no opening-hours check at all
     * @param silent    opening-hours checks on the way whose closed branch plays no message
     */
    record Gap(Route route, List<FlowEdge> unchecked, List<HoursCheck> silent) {
    }

    /** The gaps of a script, by route, in the order the call paths meet them. */
    static Map<Route, Gap> of(IvrScript script) {
        Map<Route, Gap> gaps = new LinkedHashMap<>();
        for (EntryPoint entry : script.getEntryPoints()) {
            for (CallPath path : CallPaths.from(entry).ending(PathEnd.QUEUE)) {
                if (!(path.endNode() instanceof Route route) || hoursOf(route) == null) {
                    continue;
                }
                List<HoursCheck> checks = hoursChecksOn(path);
                if (checks.stream().anyMatch(check -> Announcements.plays(check.getClosed()))) {
                    continue;
                }
                Gap gap = gaps.computeIfAbsent(route, r -> new Gap(r, new ArrayList<>(), new ArrayList<>()));
                if (checks.isEmpty()) {
                    FlowEdge into = path.edges().get(path.edges().size() - 1);
                    if (gap.unchecked().stream().noneMatch(e -> e.owner() == into.owner() && e.slot() == into.slot())) {
                        gap.unchecked().add(into);
                    }
                } else {
                    HoursCheck nearest = checks.get(checks.size() - 1);
                    if (!gap.silent().contains(nearest)) {
                        gap.silent().add(nearest);
                    }
                }
            }
        }
        return gaps;
    }

    /** The opening hours of the route's queue, or {@code null} when it is open around the clock. */
    static OpeningHours hoursOf(Route route) {
        Queue queue = route.getQueue();
        return queue == null || queue.eIsProxy() ? null : queue.getOpeningHours();
    }

    /** The hours an opening-hours check looks at: its own, else its queue's, else those of the route behind it. */
    static OpeningHours hoursOf(HoursCheck check, Route route) {
        if (check.getOpeningHours() != null) {
            return check.getOpeningHours();
        }
        if (check.getQueue() != null && check.getQueue().getOpeningHours() != null) {
            return check.getQueue().getOpeningHours();
        }
        return hoursOf(route);
    }

    private static List<HoursCheck> hoursChecksOn(CallPath path) {
        return path.edges().stream().map(FlowEdge::from).filter(HoursCheck.class::isInstance)
                .map(HoursCheck.class::cast).distinct().toList();
    }
}
