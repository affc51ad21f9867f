package tandem.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.hours.Hours;
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

    /**
     * The open hours a forecast of the queue's history keeps to: the queue's opening hours from the contact-center
     * setup, or, when the setup does not know the queue (null) or gives it no hours, the weekdays and times of day
     * the history has rows for. A day is closed when none of its intervals is open.
     */
    public static OpenHours openHours(HistoryRows rows, String queueName, Queue queue) {
        OpeningHours hours = queue == null ? null : queue.getOpeningHours();
        if (hours == null) {
            return openHoursOfRows(rows, queueName);
        }
        int minutes = rows.intervalMinutes();
        return new OpenHours() {
            @Override
            public boolean isOpen(LocalDateTime start) {
                return Hours.isOpen(hours, start);
            }

            @Override
            public boolean isClosedDay(LocalDate day) {
                for (int m = 0; m < 24 * 60; m += minutes) {
                    if (Hours.isOpen(hours, day.atStartOfDay().plusMinutes(m))) {
                        return false;
                    }
                }
                return true;
            }
        };
    }
}
