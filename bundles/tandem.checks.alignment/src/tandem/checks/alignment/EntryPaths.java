package tandem.checks.alignment;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.checks.PlanSet;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.Node;
import tandem.ivr.model.flow.CallPath;
import tandem.ivr.model.flow.CallPaths;

/**
 * The call paths of IVR entry points, enumerated once per {@link PlanSet#revision revision} of the script's
 * document and {@link PlanSet#kept kept} with it: the alignment checks of a run share them, and a re-check after an
 * edit of another document (a campaign calendar, say) finds them again instead of walking every script. Thread-safe.
 */
public final class EntryPaths {

    /** The paths of an entry point, and the distinct nodes on them in the order met. */
    public record Paths(List<CallPath> paths, Set<Node> nodes) {
    }

    private EntryPaths() {
    }

    public static Paths of(PlanSet plans, EntryPoint entry) {
        Map<EntryPoint, Paths> known = plans.kept(entry.eResource(), EntryPaths.class,
                () -> Collections.synchronizedMap(new IdentityHashMap<>()));
        return known.computeIfAbsent(entry, EntryPaths::enumerate);
    }

    private static Paths enumerate(EntryPoint entry) {
        List<CallPath> paths = CallPaths.from(entry).paths();
        Set<Node> nodes = new LinkedHashSet<>();
        for (CallPath path : paths) {
            nodes.addAll(path.nodes());
        }
        return new Paths(paths, Collections.unmodifiableSet(nodes));
    }
}
