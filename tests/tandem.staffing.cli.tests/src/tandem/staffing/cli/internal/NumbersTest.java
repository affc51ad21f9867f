package tandem.staffing.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The fast number parsing and formatting and the date-time check of {@code tandem-cli staff} give exactly what the
 * plain JDK ways give: {@code Double.parseDouble} behind the strict decimal pattern, rounding through a string, and
 * {@code LocalDateTime.parse}.
 */
class NumbersTest {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** What the command did before the fast path: the pattern, then the JDK's parser. */
    private static double reference(String text) {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(trimmed);
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    @Test
    void parsesEveryShapeAsTheJdkDoes() {
        List<String> texts = new ArrayList<>(List.of("0", "-0", "+0", "00012", "1.", ".5", "-.5", ".", "-", "+", "",
                " 42 ", "1e3", "1E-3", "2.5e+2", "1e400", "-1e400", "0x10", "NaN", "Infinity", "1d", "1f", "1,5",
                "1.2.3", "--1", "+-1", "123456789012345", "1234567890123456", "0.000000000000001",
                "0.1234567890123456789", "9007199254740993", "117.25", "-3.14159", "1 2", "٣", "1_000"));
        Random random = new Random(17);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(5) == 0) {
                text.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + random.nextInt(19);
            int point = random.nextInt(digits + 3) - 1;
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(50) == 0) {
                text.append('e').append(random.nextInt(40) - 20);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(Double.doubleToLongBits(reference(text)), Double.doubleToLongBits(Numbers.parse(text)),
                    () -> "'" + text + "'");
        }
    }

    /** The formatting before the fast path, through strings. */
    private static String referenceFixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        double scale = Math.pow(10, decimals);
        if (Math.abs(value) * scale >= 9e15) {
            return Double.toString(value);
        }
        long scaled = Math.round(value * scale);
        String sign = scaled < 0 ? "-" : "";
        scaled = Math.abs(scaled);
        long unit = (long) scale;
        String whole = sign + scaled / unit;
        long fraction = scaled % unit;
        if (fraction == 0) {
            return whole;
        }
        String digits = Long.toString(unit + fraction).substring(1).replaceAll("0+$", "");
        return whole + "." + digits;
    }

    @Test
    void formatsAsBefore() {
        double[] values = { 0, -0.0, 1, -1, 0.5, 0.0005, 0.000001, 0.0000004, 0.0000005, 14, 0.88835, 123.456789,
            -0.0001, 1e9, 9e9, 8.99e9, 1e12, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, 1e-300 };
        for (double value : values) {
            for (int decimals : new int[] { 0, 2, 3, 4, 6, 9 }) {
                assertEquals(referenceFixed(value, decimals), Numbers.fixed(value, decimals), value + " " + decimals);
            }
        }
        Random random = new Random(3);
        for (int i = 0; i < 30_000; i++) {
            double value = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(12) - 5);
            int decimals = random.nextInt(10);
            assertEquals(referenceFixed(value, decimals), Numbers.fixed(value, decimals), value + " " + decimals);
        }
    }

    private static boolean jdkAccepts(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @Test
    void checksDateTimesAsTheJdkDoes() {
        List<String> texts = new ArrayList<>(List.of("2027-03-01T08:15", "2027-03-01T08:15:30", "2027-02-29T00:00",
                "2028-02-29T00:00", "2100-02-29T00:00", "2000-02-29T00:00", "2027-04-31T10:00", "2027-13-01T10:00",
                "2027-00-01T10:00", "2027-01-00T10:00", "2027-01-01T24:00", "2027-01-01T23:60", "2027-01-01T23:59:60",
                "2027-01-01 08:00", "2027-1-01T08:00", "2027-01-01T8:00", "2027-01-01T08:00:00.5",
                "2027-01-01T08:00:00.123456789", "+12027-01-01T08:00", "-0001-01-01T08:00", "2027-01-01",
                "2027-01-01T08", "", "2027-0a-01T08:00", "２０２７-01-01T08:00", "2027-01-01T08:00Z",
                "0000-01-01T00:00", "9999-12-31T23:59:59"));
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            char[] text = String.format("%04d-%02d-%02dT%02d:%02d%s", random.nextInt(10000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62),
                    random.nextBoolean() ? String.format(":%02d", random.nextInt(62)) : "").toCharArray();
            if (random.nextInt(20) == 0) {
                text[random.nextInt(text.length)] = "-:T0x ".charAt(random.nextInt(6));
            }
            texts.add(new String(text));
        }
        for (String text : texts) {
            assertEquals(jdkAccepts(text), IsoDateTimes.valid(text), () -> "'" + text + "'");
        }
    }
}
