package tandem.staffing.cli.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.Year;

/**
 * Whether a text is an ISO local date and time as {@link LocalDateTime#parse(CharSequence)} reads it. The shapes
 * forecasts are written in ({@code 2027-03-01T08:15}, with or without seconds) are checked digit by digit, which a
 * staffing run of millions of rows notices; anything else goes to the JDK's parser, which decides.
 */
final class IsoDateTimes {

    private static final int[] DAYS_IN_MONTH = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    private IsoDateTimes() {
    }

    /** True if {@code LocalDateTime.parse(text)} accepts the text. */
    static boolean valid(String text) {
        int length = text.length();
        if ((length == 16 || length == 19) && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && (length == 16 || text.charAt(16) == ':')) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = length == 19 ? digits(text, 17, 2) : 0;
            if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
                return false;
            }
            return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59
                    && second <= 59;
        }
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int daysIn(int year, int month) {
        return month == 2 && !Year.isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1];
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
