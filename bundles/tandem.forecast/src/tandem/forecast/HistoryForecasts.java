package tandem.forecast;

import tandem.history.model.rows.HistoryRows;

/** Turns a contact history's rows into the series and open hours the forecaster works on. */
public final class HistoryForecasts {

    private HistoryForecasts() {
    }

    /** The queue's rows as a day grid (days without rows unusable). */
    public static DaySeries series(HistoryRows rows, String queue) {
        HistoryRows.Series series = rows.series(queue);
        return DaySeries.of(rows.intervalMinutes(), series.starts(), series.offered());
    }

    /** Without a setup: the weekdays and times of day the queue's history has rows for. */
    public static OpenHours openHoursOfRows(HistoryRows rows, String queue) {
        return OpenHours.ofRows(rows.intervalMinutes(), rows.series(queue).starts());
    }
}
