package tandem.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Plain decimals read without the JDK's parser are the very doubles {@link Double#parseDouble} gives. */
class DecimalsTest {

    @Test
    void plainDecimalsAreTheDoublesTheJdkReads() {
        for (String text : List.of("0", "-0", "+0", "7", "00012", "1.", ".5", "-.5", "+3.25", "117.25", "0.1", "0.3",
                "123456789012345", "12345678901234.5", ".000000000000001", "999999999999999", "-3.14159")) {
            assertEquals(Double.doubleToLongBits(Double.parseDouble(text)),
                    Double.doubleToLongBits(Decimals.plain(text)), text);
        }
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "-");
            int digits = 1 + random.nextInt(15);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            String decimal = text.toString();
            assertEquals(Double.doubleToLongBits(Double.parseDouble(decimal)),
                    Double.doubleToLongBits(Decimals.plain(decimal)), decimal);
        }
    }

    @Test
    void anythingElseIsLeftToTheCaller() {
        for (String text : List.of("", "-", "+", ".", "1e3", "1E-3", " 1", "1 ", "1,5", "1.2.3", "--1", "0x10", "NaN",
                "Infinity", "1d", "1234567890123456", "0.1234567890123456", "0.000000000000001", "٣")) {
            assertTrue(Double.isNaN(Decimals.plain(text)), text);
        }
        assertTrue(Double.isNaN(Decimals.plain(null)));
    }
}
