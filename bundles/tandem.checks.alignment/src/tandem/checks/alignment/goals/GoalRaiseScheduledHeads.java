package tandem.checks.alignment.goals;

import java.time.LocalDate;

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
import tandem.staffing.model.forecast.ScheduledService;
import tandem.staffing.model.forecast.ScheduledService.Measure;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * Fix {@code alignment.goal-staffing.raise}: raises the scheduled heads of every interval of the goal's period that
 * falls short of the goal on its own to the heads with which it reaches it, in one command. The plan then delivers
 * the goal over the period, since each interval does. Works out the heads again from the plan as it is now (the
 * finding carries the goal's target, not a list of intervals).
 */
public class GoalRaiseScheduledHeads implements QuickFix {

    @Override
    public String label(Finding finding) {
        String count = finding.data().get(GoalStaffingCheck.SHORT);
        return "Raise the scheduled heads of the " + ("1".equals(count) ? "interval" : count + " intervals")
                + " that fall short of goal '" + finding.data().get(GoalStaffingCheck.GOAL) + "'";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(GoalStaffingCheck.MEASURE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof StaffingPlan plan)) {
            return null;
        }
        Measure measure;
        double target;
        double within;
        try {
            measure = Measure.valueOf(finding.data().get(GoalStaffingCheck.MEASURE));
            target = Double.parseDouble(finding.data().get(GoalStaffingCheck.TARGET));
            within = Double.parseDouble(finding.data().get(GoalStaffingCheck.WITHIN));
        } catch (RuntimeException e) {
            return null; // data from an older version of the check
        }
        LocalDate from = date(finding.data().get(GoalStaffingCheck.FROM));
        LocalDate to = date(finding.data().get(GoalStaffingCheck.TO));
        StaffingForecast forecast = StaffingForecast.of(plan);
        ScheduledService service = new ScheduledService(forecast, measure, within);
        CompoundCommand raise = new CompoundCommand(label(finding));
        int end = service.endIndexAfter(to);
        for (int i = service.firstIndexOn(from); i < end; i++) {
            StaffingInterval row = plan.getIntervals().get(i);
            if (forecast.scheduled().fromSchedule(i)) {
                continue; // heads from the linked roster's schedule are raised in the roster, not by typing
            }
            int heads = service.headsToMeet(i, target);
            if (heads > row.getScheduled()) {
                raise.append(SetCommand.create(domain, row, Literals.STAFFING_INTERVAL__SCHEDULED, heads));
            }
        }
        return raise.isEmpty() ? null : raise;
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
