package tandem.history.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.core.model.Queue;
import tandem.core.rows.RowTable;
import tandem.forecast.CampaignLifts;
import tandem.forecast.DayLift;
import tandem.forecast.ForecastException;
import tandem.forecast.Forecaster;
import tandem.forecast.Fitted;
import tandem.forecast.HistoryForecasts;
import tandem.forecast.IntervalForecast;
import tandem.forecast.OpenHours;
import tandem.forecast.QueueForecast;
import tandem.history.model.rows.HistoryRows;

/**
 * What the history editor shows of one queue: its actuals, the automatic forecast of the weeks after the history
 * (with its 80% band, its fitted values over the backtest weeks and every method's backtest accuracy) and the days
 * past campaigns lifted it. Computed once per
 * queue; the chart only sums what it needs for the range in view.
 */
final class QueueView {

    /** Weeks forecast after the last day of history. */
    static final int FORECAST_WEEKS = 4;

    final String queue;
    final int intervalMinutes;
    final int[] starts;
    final double[] offered;
    /** Forecast rows as minutes since 1970 and values, or empty when the forecast failed. */
    final int[] forecastStarts;
    final double[] forecast;
    final double[] lower;
    final double[] upper;
    /** The chosen method's fitted values (its one-week-ahead backtest forecasts), minutes since 1970 and values. */
    final int[] fittedStarts;
    final double[] fitted;
    /** The forecast, or null when {@link #problem} says why there is none. */
    final QueueForecast result;
    final String problem;
    /** Runs of days lifted by past campaigns, closed days within a run included: {first, last} pairs. */
    final List<LocalDate[]> liftedDays;

    /**
     * @param queue     the queue's element in the project's setup, or null when the setup does not know it
     * @param campaigns every campaign of the project's calendars
     */
    QueueView(HistoryRows rows, String name, Queue queue, List<Campaign> campaigns) {
        this.queue = name;
        this.intervalMinutes = rows.intervalMinutes();
        HistoryRows.Series series = rows.series(name);
        starts = series.starts();
        offered = series.offered();
        List<LocalDate[]> lifted = new ArrayList<>();
        QueueForecast computed = null;
        String failure = null;
        if (series.size() == 0) {
            failure = "No rows for " + name + ".";
        } else {
            LocalDate first = series.firstDay();
            LocalDate from = series.lastDay().plusDays(1);
            LocalDate to = from.plusWeeks(FORECAST_WEEKS).minusDays(1);
            DayLift lift = DayLift.NONE;
            OpenHours hours = HistoryForecasts.openHours(rows, name, queue);
            if (queue != null && !campaigns.isEmpty()) {
                DailyLift daily = ContactLift.of(campaigns, first, to);
                lift = CampaignLifts.of(daily, queue);
                // A run of lifted days goes on over closed days (a Sunday between two drops' weeks): one shading.
                LocalDate runStart = null;
                LocalDate lastUp = null;
                for (LocalDate day = first; !day.isAfter(series.lastDay()); day = day.plusDays(1)) {
                    if (lift.contacts(day) > 0) {
                        runStart = runStart == null ? day : runStart;
                        lastUp = day;
                    } else if (runStart != null && !hours.isClosedDay(day)) {
                        lifted.add(new LocalDate[] { runStart, lastUp });
                        runStart = null;
                    }
                }
                if (runStart != null) {
                    lifted.add(new LocalDate[] { runStart, lastUp });
                }
            }
            try {
                computed = Forecaster.forecast(name, HistoryForecasts.series(rows, name), from, to, null, hours,
                        lift);
            } catch (ForecastException e) {
                failure = "No forecast: " + e.getMessage();
            }
        }
        result = computed;
        problem = failure;
        liftedDays = List.copyOf(lifted);
        List<IntervalForecast> forecastRows = computed == null ? List.of() : computed.rows();
        forecastStarts = new int[forecastRows.size()];
        forecast = new double[forecastRows.size()];
        lower = new double[forecastRows.size()];
        upper = new double[forecastRows.size()];
        for (int i = 0; i < forecastRows.size(); i++) {
            IntervalForecast row = forecastRows.get(i);
            forecastStarts[i] = RowTable.epochMinute(row.start());
            forecast[i] = row.forecast();
            lower[i] = row.lower();
            upper[i] = row.upper();
        }
        List<Fitted> fittedRows = computed == null ? List.of() : computed.fitted();
        fittedStarts = new int[fittedRows.size()];
        fitted = new double[fittedRows.size()];
        for (int i = 0; i < fittedRows.size(); i++) {
            fittedStarts[i] = RowTable.epochMinute(fittedRows.get(i).start());
            fitted[i] = fittedRows.get(i).value();
        }
    }

    /** The first and last minute the view spans (history and forecast). */
    int[] span() {
        int first = starts.length > 0 ? starts[0] : 0;
        int last = starts.length > 0 ? starts[starts.length - 1] : 0;
        if (forecastStarts.length > 0) {
            last = Math.max(last, forecastStarts[forecastStarts.length - 1]);
        }
        return new int[] { first, last + intervalMinutes };
    }

}
