package tandem.checks.alignment.training;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import tandem.checks.PlanSet;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.training.model.Audience;

/**
 * How many agents of a project's roster a session's audience names: agents of the audience's team, or with a skill
 * on its queue. Rosters are read through EMF's reflective API by their namespace and feature names, so the
 * alignment checks work the same in products and projects without the roster bundles (no dependency on them).
 */
final class RosterAttendees {

    /** The roster model's namespace. */
    static final String ROSTER_NS = "http://tandem.dev/roster/1.0";

    private RosterAttendees() {
    }

    /** The roster agents the audiences name, or -1 when no roster in the plans names any of them. */
    static int count(PlanSet plans, List<Audience> audiences) {
        int count = 0;
        for (Resource document : plans.documents()) {
            if (document.getContents().isEmpty()) {
                continue;
            }
            EObject root = document.getContents().get(0);
            EClass type = root.eClass();
            if (!"Roster".equals(type.getName()) || type.getEPackage() == null
                    || !ROSTER_NS.equals(type.getEPackage().getNsURI())) {
                continue;
            }
            for (EObject agent : list(root, "agents")) {
                if (attends(agent, audiences)) {
                    count++;
                }
            }
        }
        return count > 0 ? count : -1;
    }

    private static boolean attends(EObject agent, List<Audience> audiences) {
        Object team = value(agent, "team");
        for (Audience audience : audiences) {
            Team audienceTeam = audience.getTeam();
            if (audienceTeam != null && audienceTeam == team) {
                return true;
            }
            Queue queue = audience.getQueue();
            if (queue != null && audienceTeam == null
                    && list(agent, "skills").stream().anyMatch(skill -> value(skill, "queue") == queue)) {
                return true;
            }
        }
        return false;
    }

    private static Object value(EObject object, String name) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        return feature == null ? null : object.eGet(feature);
    }

    private static List<EObject> list(EObject object, String name) {
        Object value = value(object, name);
        if (!(value instanceof List<?> values)) {
            return List.of();
        }
        return values.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
    }
}
