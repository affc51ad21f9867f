package tandem.checks.alignment.staffing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage.Literals;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.staffing.model.scheduled.ScheduledHeads;

/**
 * Fix {@code alignment.staffing-covers-lift.raise}: raises the scheduled heads of the short intervals the finding
 * lists to the heads they require, in one command (never lowering a schedule someone raised meanwhile).
 */
public class StaffingRaiseHeads implements QuickFix {

    @Override
    public String label(Finding finding) {
        int count = Integer.parseInt(finding.data().get(StaffingCoversLiftCheck.INTERVALS));
        String most = finding.data().get(StaffingCoversLiftCheck.MOST_REQUIRED);
        return "Raise the scheduled heads of " + (count == 1 ? "1 interval" : count + " intervals") + " on "
                + finding.data().get(StaffingCoversLiftCheck.DAY)
                + (count == 1 ? " to the required " + most : " to the required number, up to " + most);
    }

    @Override
    public boolean appliesTo(Finding finding) {
        // a plan linked to a roster takes its heads from the schedule: they are raised in the roster, not by typing
        boolean linked = finding.element() instanceof StaffingPlan plan && plan.getRoster() != null
                && !plan.getRoster().eIsProxy();
        return finding.data().containsKey(StaffingCoversLiftCheck.REQUIRED) && !linked;
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof StaffingPlan plan)) {
            return null;
        }
        LocalDate day = LocalDate.parse(finding.data().get(StaffingCoversLiftCheck.DAY));
        CompoundCommand raise = new CompoundCommand(label(finding));
        ScheduledHeads scheduled = ScheduledHeads.of(plan);
        for (String interval : finding.data().get(StaffingCoversLiftCheck.REQUIRED).split(" ")) {
            String[] timeAndHeads = interval.split("=");
            LocalDateTime start = day.atTime(LocalTime.parse(timeAndHeads[0]));
            int heads = Integer.parseInt(timeAndHeads[1]);
            int index = StaffingPlans.firstIndexAtOrAfter(plan, start);
            if (index == plan.getIntervals().size()) {
                continue;
            }
            StaffingInterval row = plan.getIntervals().get(index);
            // heads that come from the linked roster's schedule are raised in the roster, not by typing
            if (start.equals(row.getStart()) && row.getScheduled() < heads && !scheduled.fromSchedule(index)) {
                raise.append(SetCommand.create(domain, row, Literals.STAFFING_INTERVAL__SCHEDULED, heads));
            }
        }
        return raise.isEmpty() ? null : raise;
    }
}
