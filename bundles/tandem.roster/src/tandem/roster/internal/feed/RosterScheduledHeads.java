package tandem.roster.internal.feed;

import tandem.core.model.PlanDocument;
import tandem.roster.StaffingFeed;
import tandem.roster.model.Roster;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.scheduled.ScheduledHeadsProvider;
import tandem.staffing.model.scheduled.ScheduledRows;

/**
 * Gives a staffing plan linked to a roster the heads of the roster's schedule ({@link StaffingFeed#rows}).
 * Registered as an OSGi service ({@code OSGI-INF/scheduled-heads.xml}); stateless.
 */
public class RosterScheduledHeads implements ScheduledHeadsProvider {

    @Override
    public boolean reads(PlanDocument document) {
        return document instanceof Roster;
    }

    @Override
    public ScheduledRows scheduledRows(PlanDocument document, StaffingPlan plan) {
        return StaffingFeed.rows((Roster) document, plan);
    }
}
