package tandem.checks.alignment.training;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days for training sessions: Monday to Friday (public holidays are not known to the plans). */
final class TrainingWorkingDays {

    private TrainingWorkingDays() {
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The latest working day on or before {@code date}. */
    static LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
