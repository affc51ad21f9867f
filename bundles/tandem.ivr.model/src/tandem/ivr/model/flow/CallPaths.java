package tandem.ivr.model.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashSet;

import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;
import tandem.ivr.model.Transfer;

/**
 * All call paths from an entry point: every way through the flow, each ending in a queue, self-service, transfer,
 * disconnect, an empty slot, or a loop back to a node already on the path. Enumeration always terminates: a path
 * stops where it would revisit one of its nodes, and the number of paths is bounded ({@link #DEFAULT_MAX_PATHS}),
 * the result saying when it was cut.
 */
public final class CallPaths {

    /** The most paths enumerated per entry point unless told otherwise. */
    public static final int DEFAULT_MAX_PATHS = 10_000;

    private final EntryPoint entryPoint;
    private final List<CallPath> paths;
    private final boolean truncated;

    private CallPaths(EntryPoint entryPoint, List<CallPath> paths, boolean truncated) {
        this.entryPoint = entryPoint;
        this.paths = List.copyOf(paths);
        this.truncated = truncated;
    }

    /** Every path from the entry point (at most {@link #DEFAULT_MAX_PATHS}). */
    public static CallPaths from(EntryPoint entryPoint) {
        return from(entryPoint, DEFAULT_MAX_PATHS);
    }

    /** Every path from the entry point, at most {@code maxPaths} of them. */
    public static CallPaths from(EntryPoint entryPoint, int maxPaths) {
        List<CallPath> found = new ArrayList<>();
        boolean[] truncated = { false };
        List<FlowEdge> trail = new ArrayList<>();
        trail.add(CallFlow.startOf(entryPoint));
        walk(entryPoint, trail, new HashSet<>(), found, maxPaths, truncated);
        return new CallPaths(entryPoint, found, truncated[0]);
    }

    /** The paths of every entry point of the script, in the script's order. */
    public static Map<EntryPoint, CallPaths> of(IvrScript script) {
        Map<EntryPoint, CallPaths> all = new LinkedHashMap<>();
        for (EntryPoint entry : script.getEntryPoints()) {
            all.put(entry, from(entry));
        }
        return all;
    }

    // Depth-first with an explicit "on the path" set, so that cycles end a path instead of recursing forever.
    private static void walk(EntryPoint entry, List<FlowEdge> trail, Set<Node> onPath, List<CallPath> found,
            int maxPaths, boolean[] truncated) {
        if (found.size() >= maxPaths) {
            truncated[0] = true;
            return;
        }
        FlowEdge last = trail.get(trail.size() - 1);
        Node node = last.to();
        if (node == null) {
            found.add(new CallPath(entry, trail, PathEnd.DEAD_END));
            return;
        }
        if (onPath.contains(node)) {
            found.add(new CallPath(entry, trail, PathEnd.LOOP));
            return;
        }
        if (CallFlow.isTerminal(node)) {
            found.add(new CallPath(entry, trail, endOf(node)));
            return;
        }
        List<FlowEdge> edges = CallFlow.edgesFrom(node);
        if (edges.isEmpty()) {
            found.add(new CallPath(entry, trail, PathEnd.DEAD_END));
            return;
        }
        onPath.add(node);
        for (FlowEdge edge : edges) {
            trail.add(edge);
            walk(entry, trail, onPath, found, maxPaths, truncated);
            trail.remove(trail.size() - 1);
        }
        onPath.remove(node);
    }

    private static PathEnd endOf(Node node) {
        if (node instanceof Route) {
            return PathEnd.QUEUE;
        }
        if (node instanceof Transfer) {
            return PathEnd.TRANSFER;
        }
        if (node instanceof Disconnect) {
            return PathEnd.DISCONNECT;
        }
        if (node instanceof SelfService) {
            return PathEnd.SELF_SERVICE;
        }
        if (node instanceof ExternalStep) {
            return PathEnd.EXTERNAL;
        }
        return PathEnd.DEAD_END;
    }

    public EntryPoint entryPoint() {
        return entryPoint;
    }

    public List<CallPath> paths() {
        return paths;
    }

    /** Whether there were more paths than the bound allowed; {@link #paths()} then holds only the first ones. */
    public boolean truncated() {
        return truncated;
    }

    /** The paths that end as given. */
    public List<CallPath> ending(PathEnd end) {
        return paths.stream().filter(p -> p.end() == end).toList();
    }

    /**
     * The most prompts a caller can hear before reaching an agent: the worst case over the paths that end in a
     * queue, with every menu and input on them re-prompting as often as allowed. Empty when no path reaches an
     * agent.
     */
    public OptionalInt worstCasePromptsBeforeAgent() {
        return paths.stream().filter(CallPath::reachesAgent).mapToInt(CallPath::worstCasePrompts).max();
    }

    /**
     * For each route reached, the fewest and the most menus a caller goes through to get there, in the order the
     * routes are first met.
     */
    public List<RouteDepth> routeDepths() {
        Map<Route, int[]> depths = new LinkedHashMap<>();
        for (CallPath path : paths) {
            if (path.end() == PathEnd.QUEUE && path.endNode() instanceof Route route) {
                int depth = path.menuDepth();
                int[] minMax = depths.computeIfAbsent(route, r -> new int[] { depth, depth });
                minMax[0] = Math.min(minMax[0], depth);
                minMax[1] = Math.max(minMax[1], depth);
            }
        }
        List<RouteDepth> result = new ArrayList<>();
        depths.forEach((route, minMax) -> result.add(new RouteDepth(entryPoint, route, minMax[0], minMax[1])));
        return result;
    }

    /** The menu depth of one route from one entry point. */
    public RouteDepth depthOf(Route route) {
        return routeDepths().stream().filter(d -> d.route() == route).findFirst().orElse(null);
    }

    /**
     * The menus between an entry point and a route.
     *
     * @param fewestMenus the fewest menus on any path to the route (the shortest way for the caller)
     * @param mostMenus   the most menus on any loop-free path to the route
     */
    public record RouteDepth(EntryPoint entryPoint, Route route, int fewestMenus, int mostMenus) {
    }
}
