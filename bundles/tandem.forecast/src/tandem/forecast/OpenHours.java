package tandem.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When a queue takes contacts: closed intervals and closed days (holidays) are neither learned from nor forecast.
 * From the contact-center setup's opening hours, or, without a setup, the weekdays and times of day the history has
 * rows for.
 */
public interface OpenHours {

    /** Whether the interval starting then is open. */
    boolean isOpen(LocalDateTime start);

    /** Whether the whole day is closed (a holiday, a closed weekday). */
    boolean isClosedDay(LocalDate day);

    /** Always open (every interval, every day). */
    OpenHours ALWAYS = new OpenHours() {
        @Override
        public boolean isOpen(LocalDateTime start) {
            return true;
        }

        @Override
        public boolean isClosedDay(LocalDate day) {
            return false;
        }
    };

    /**
     * The weekdays and times of day that have rows: a weekday interval is open when any row starts at that time on
     * that weekday; a weekday without any row is a closed day.
     *
     * @param starts row starts in minutes since 1970
     */
    static OpenHours ofRows(int intervalMinutes, int[] starts) {
        int slots = 1440 / intervalMinutes;
        boolean[][] open = new boolean[7][slots];
        boolean[] openDay = new boolean[7];
        for (int start : starts) {
            int day = Math.floorDiv(start, 1440);
            int weekday = LocalDate.ofEpochDay(day).getDayOfWeek().ordinal();
            open[weekday][Math.floorMod(start, 1440) / intervalMinutes] = true;
            openDay[weekday] = true;
        }
        return new OpenHours() {
            @Override
            public boolean isOpen(LocalDateTime start) {
                DayOfWeek weekday = start.getDayOfWeek();
                return open[weekday.ordinal()][(start.getHour() * 60 + start.getMinute()) / intervalMinutes];
            }

            @Override
            public boolean isClosedDay(LocalDate day) {
                return !openDay[day.getDayOfWeek().ordinal()];
            }
        };
    }
}
