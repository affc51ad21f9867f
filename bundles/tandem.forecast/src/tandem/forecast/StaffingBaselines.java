package tandem.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;

/**
 * A forecast as a staffing plan's baseline: one undoable command sets every interval's baseline and the bounds of
 * its 80% prediction interval ("Forecast baseline of N intervals"). The staffing plan adds the lift of its linked
 * campaign calendars itself, so the forecast must be made without the lift of campaigns in the plan's range
 * ({@link #pastOnly}); past lift is still taken out of the history.
 */
public final class StaffingBaselines {

    private StaffingBaselines() {
    }

    /** The campaign lift of the days before {@code from} only (to clean the history, not to add to the range). */
    public static DayLift pastOnly(DayLift lift, LocalDate from) {
        return day -> day.isBefore(from) ? lift.contacts(day) : 0;
    }

    /**
     * The command that fills the plan's baseline from the forecast: each interval gets the forecast of its time
     * (forecast intervals finer than the plan's are summed, bounds too), intervals the forecast has no row for
     * (closed) get 0 and no bounds. Execute it on the plan's command stack; undo restores every value.
     *
     * @throws ForecastException when the forecast's intervals are longer than the plan's or do not divide them
     */
    public static Command command(EditingDomain domain, StaffingPlan plan, QueueForecast forecast)
            throws ForecastException {
        int minutes = plan.getIntervalMinutes();
        Map<LocalDateTime, double[]> byStart = new HashMap<>();
        LocalDateTime previous = null;
        int forecastMinutes = Integer.MAX_VALUE;
        for (IntervalForecast row : forecast.rows()) {
            if (previous != null && row.start().toLocalDate().equals(previous.toLocalDate())) {
                forecastMinutes = Math.min(forecastMinutes,
                        (int) java.time.Duration.between(previous, row.start()).toMinutes());
            }
            previous = row.start();
            LocalDateTime start = row.start().toLocalDate().atStartOfDay().plusMinutes(
                    (long) (row.start().getHour() * 60 + row.start().getMinute()) / minutes * minutes);
            double[] sum = byStart.computeIfAbsent(start, k -> new double[3]);
            sum[0] += row.forecast();
            sum[1] += row.lower();
            sum[2] += row.upper();
        }
        if (forecastMinutes != Integer.MAX_VALUE && (forecastMinutes > minutes || minutes % forecastMinutes != 0)) {
            throw new ForecastException("the forecast has " + forecastMinutes + "-minute intervals, which do not add "
                    + "up to the plan's " + minutes + "-minute intervals");
        }
        int count = plan.getIntervals().size();
        CompoundCommand command = new CompoundCommand("Forecast baseline of " + count + " intervals");
        for (StaffingInterval interval : plan.getIntervals()) {
            double[] values = interval.getStart() == null ? null : byStart.get(interval.getStart());
            double baseline = values == null ? 0 : round(values[0]);
            Double lower = values == null ? null : Math.min(baseline, round(values[1]));
            Double upper = values == null ? null : Math.max(baseline, round(values[2]));
            command.append(SetCommand.create(domain, interval, StaffingPackage.Literals.STAFFING_INTERVAL__BASELINE, baseline));
            command.append(SetCommand.create(domain, interval, StaffingPackage.Literals.STAFFING_INTERVAL__LOWER_BOUND,
                    lower == null ? SetCommand.UNSET_VALUE : lower));
            command.append(SetCommand.create(domain, interval, StaffingPackage.Literals.STAFFING_INTERVAL__UPPER_BOUND,
                    upper == null ? SetCommand.UNSET_VALUE : upper));
        }
        return command;
    }

    /** Contacts to two decimals: enough for staffing, and what a planner reads. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
