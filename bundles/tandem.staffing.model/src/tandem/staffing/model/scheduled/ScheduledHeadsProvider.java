package tandem.staffing.model.scheduled;

import tandem.core.model.PlanDocument;
import tandem.staffing.model.StaffingPlan;

/**
 * Reads the heads a schedule document puts on a staffing plan's queue, per interval of the plan. Registered as an
 * OSGi service by the bundle that knows the document (the roster bundle); found by {@link ScheduledHeads#of}.
 * Implementations are stateless and headless.
 */
public interface ScheduledHeadsProvider {

    /** Whether the provider reads the document (for example: it is a roster). */
    boolean reads(PlanDocument document);

    /**
     * The heads the document schedules on the plan's queue, one entry per row of the plan, for the rows the document
     * schedules (the days from its first to its last shift); the other rows are not scheduled by it.
     */
    ScheduledRows scheduledRows(PlanDocument document, StaffingPlan plan);
}
