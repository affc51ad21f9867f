package tandem.roster.ui.internal.schedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.Queue;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.roster.Requirement;
import tandem.roster.ScheduleException;
import tandem.staffing.model.StaffingPlan;

/**
 * The required heads of the roster's queues, from the staffing plans of the roster's project. The plans are read
 * once, into a resource set of their own (the editor's stays the roster's), and each queue's requirement over some
 * days is worked out once: moving a shift changes the scheduled heads, not the required ones.
 */
final class StaffingRequirements {

    /** A queue's required heads per interval over the days, or why there are none. */
    record Required(double[] heads, String message) {
    }

    private record Key(String queue, LocalDate from, LocalDate to, int minutes) {
    }

    private final URI inProject;
    private List<StaffingPlan> plans;
    private List<String> unreadable = List.of();
    private final Map<Key, Required> cache = new HashMap<>();

    /** The requirements from the staffing plans of the project of the document URI. */
    StaffingRequirements(URI inProject) {
        this.inProject = inProject;
    }

    private List<StaffingPlan> plans() {
        if (plans == null) {
            ResourceSet set = PlanDocuments.createResourceSet();
            ProjectDocuments.Found<StaffingPlan> found = ProjectDocuments.find(set, inProject, "staffing",
                    StaffingPlan.class);
            plans = found.roots();
            unreadable = found.unreadable();
        }
        return plans;
    }

    /** Staffing plans of the project that could not be read, each with its reason. */
    List<String> unreadable() {
        plans();
        return unreadable;
    }

    /** The queue's required heads per roster interval of the days, both included. */
    Required of(Queue queue, LocalDate from, LocalDate to, int minutes) {
        return cache.computeIfAbsent(new Key(EcoreUtil.getURI(queue).toString(), from, to, minutes),
                key -> compute(queue, from, to, minutes));
    }

    private Required compute(Queue queue, LocalDate from, LocalDate to, int minutes) {
        StaffingPlan plan = planOf(queue);
        if (plan == null) {
            String also = unreadable.isEmpty() ? "" : " (" + String.join("; ", unreadable) + ")";
            return new Required(null, "No staffing plan of the project staffs queue '" + queue.getName() + "'" + also);
        }
        try {
            Requirement requirement = Requirement.fromStaffing(List.of(plan), from, to, minutes);
            int size = requirement.grid().days() * requirement.grid().intervalsPerDay();
            double[] heads = new double[size];
            for (int t = 0; t < size; t++) {
                heads[t] = requirement.heads(0, t);
            }
            return new Required(heads, "");
        } catch (ScheduleException e) {
            return new Required(null, e.getMessage());
        }
    }

    /** The plan that staffs the queue: the same queue element, wherever each document was loaded. */
    private StaffingPlan planOf(Queue queue) {
        URI uri = EcoreUtil.getURI(queue);
        for (StaffingPlan plan : plans()) {
            Queue staffed = plan.getQueue();
            if (staffed == queue || staffed != null && !staffed.eIsProxy() && EcoreUtil.getURI(staffed).equals(uri)) {
                return plan;
            }
        }
        return null;
    }
}
