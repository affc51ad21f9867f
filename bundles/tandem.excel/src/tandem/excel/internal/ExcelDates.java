package tandem.excel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Excel's date numbers: days since 30 December 1899 (the 1900 date system), the time of day as the fraction.
 * Times are rounded to the millisecond when read, which is far below what plans use.
 */
public final class ExcelDates {

    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ExcelDates() {
    }

    public static double of(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date);
    }

    public static double of(LocalTime time) {
        return time.toNanoOfDay() / 86_400e9;
    }

    public static double of(LocalDateTime dateTime) {
        return of(dateTime.toLocalDate()) + of(dateTime.toLocalTime());
    }

    public static LocalDateTime dateTime(double serial) {
        long days = (long) Math.floor(serial);
        long millis = Math.round((serial - days) * MILLIS_PER_DAY);
        if (millis >= MILLIS_PER_DAY) {
            days++;
            millis -= MILLIS_PER_DAY;
        }
        return EPOCH.plusDays(days).atStartOfDay().plus(millis, ChronoUnit.MILLIS);
    }
}
