package tandem.staffing.model.scheduled;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import tandem.core.model.PlanDocument;
import tandem.staffing.model.StaffingPlan;

/**
 * The scheduled heads of a staffing plan, per row: from the schedule of the roster the plan is linked to, for the
 * rows that schedule covers, else the row's typed number. With the heads comes the shrinkage that still applies to
 * them: a row from the schedule has its breaks, lunch, meetings and training already off the heads (planned
 * shrinkage), so only the plan's unplanned shrinkage (absence) is left; a typed row keeps the plan's single
 * shrinkage. A snapshot: take a new one after the plan or the roster changed.
 */
public final class ScheduledHeads {

    private final StaffingPlan plan;
    private final ScheduledRows rows;
    private final String problem;

    private ScheduledHeads(StaffingPlan plan, ScheduledRows rows, String problem) {
        this.plan = plan;
        this.rows = rows;
        this.problem = problem;
    }

    /** The plan's scheduled heads, read through the providers registered as OSGi services. */
    public static ScheduledHeads of(StaffingPlan plan) {
        if (plan.getRoster() == null) {
            return new ScheduledHeads(plan, null, "");
        }
        Bundle bundle = FrameworkUtil.getBundle(ScheduledHeads.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return of(plan, List.of());
        }
        Collection<ServiceReference<ScheduledHeadsProvider>> references;
        try {
            references = context.getServiceReferences(ScheduledHeadsProvider.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<ScheduledHeadsProvider> providers = new ArrayList<>();
        try {
            for (ServiceReference<ScheduledHeadsProvider> reference : references) {
                ScheduledHeadsProvider provider = context.getService(reference);
                if (provider != null) {
                    providers.add(provider);
                }
            }
            return of(plan, providers);
        } finally {
            references.forEach(context::ungetService);
        }
    }

    /** The plan's scheduled heads, read through the given providers (for tests and callers outside OSGi). */
    public static ScheduledHeads of(StaffingPlan plan, Collection<? extends ScheduledHeadsProvider> providers) {
        PlanDocument linked = plan.getRoster();
        if (linked == null) {
            return new ScheduledHeads(plan, null, "");
        }
        if (linked.eIsProxy()) {
            return new ScheduledHeads(plan, null, "the roster '" + pathOf(linked) + "' could not be read;"
                    + " the typed scheduled heads are used");
        }
        for (ScheduledHeadsProvider provider : providers) {
            if (provider.reads(linked)) {
                ScheduledRows rows = provider.scheduledRows(linked, plan);
                if (rows.heads().length != plan.getIntervals().size()) {
                    throw new IllegalStateException("scheduled heads for " + rows.heads().length + " rows, the plan has "
                            + plan.getIntervals().size());
                }
                return new ScheduledHeads(plan, rows, "");
            }
        }
        return new ScheduledHeads(plan, null, "'" + pathOf(linked) + "' is not a roster (nothing reads its schedule);"
                + " the typed scheduled heads are used");
    }

    /** The linked document's location as the plan file names it (the proxy's URI), or its name. */
    public static String pathOf(PlanDocument document) {
        if (document.eIsProxy()) {
            return EcoreUtil.getURI(document).trimFragment().toString();
        }
        return document.eResource() == null ? String.valueOf(document.getName())
                : document.eResource().getURI().lastSegment();
    }

    /** Whether the plan is linked to a roster whose schedule could be read. */
    public boolean linked() {
        return rows != null;
    }

    /** Why the linked roster gives no heads (unreadable, not a roster), empty when it gives them or none is linked. */
    public String problem() {
        return problem;
    }

    /** The name of the schedule the heads come from, or {@code null} when the plan is not linked. */
    public String source() {
        return rows == null ? null : rows.source();
    }

    /** Whether the row's heads come from the schedule (not typed). */
    public boolean fromSchedule(int index) {
        return rows != null && rows.covers(index);
    }

    /** The heads scheduled in the row: the schedule's, or the typed number. */
    public int heads(int index) {
        return fromSchedule(index) ? rows.heads()[index] : plan.getIntervals().get(index).getScheduled();
    }

    /**
     * Planned shrinkage of the row from the schedule: the share of the time scheduled on the queue in breaks, lunch,
     * meetings and training; NaN for typed rows and rows nobody is scheduled in.
     */
    public double plannedShrinkage(int index) {
        return fromSchedule(index) ? rows.planned()[index] : Double.NaN;
    }

    /**
     * The planned shrinkage over the rows the schedule covers, weighted by the heads on shift (on the queue or in
     * an activity); NaN when not linked or nobody is scheduled.
     */
    public double averagePlannedShrinkage() {
        if (rows == null) {
            return Double.NaN;
        }
        double off = 0;
        double onShift = 0;
        for (int i = 0; i < rows.heads().length; i++) {
            double share = rows.planned()[i];
            if (rows.heads()[i] >= 0 && !Double.isNaN(share)) {
                off += rows.onShift()[i] * share;
                onShift += rows.onShift()[i];
            }
        }
        return onShift > 0 ? off / onShift : Double.NaN;
    }

    /**
     * The shrinkage that still applies to the row's heads: the plan's unplanned shrinkage for rows from the
     * schedule (planned shrinkage is already off them), the plan's shrinkage for typed rows.
     */
    public double shrinkage(int index) {
        return fromSchedule(index) ? plan.getUnplannedShrinkage() : plan.getShrinkage();
    }

    /** The plan the heads are of. */
    public StaffingPlan plan() {
        return plan;
    }
}
