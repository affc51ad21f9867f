package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tandem.excel.internal.read.Cell;

/** A number cell's value is exactly what {@link Double#parseDouble} reads, also where the import reads it directly. */
class CellNumberTest {

    private static String parsed(String text) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(text)));
        } catch (NumberFormatException e) {
            return "not a number";
        }
    }

    private static String read(String text) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(new Cell(0, null, Cell.Kind.NUMBER, text, false)
                    .number()));
        } catch (NumberFormatException e) {
            return "not a number";
        }
    }

    @Test
    void numbersAreReadAsTheJdkReadsThem() {
        List<String> texts = new ArrayList<>(List.of("0", "-0", "1", "-1", "0.1", "0.30000000000000004", "1.", "-.5",
                ".5", "123456789012345", "1234567890123456", "9007199254740993", "0.000000000000001", "46023.03125",
                "46023.010416666664", "21.92", "12.50", "007", "1e3", "1E+3", "1e-7", "+1", "1.2.3", "-", "", "x",
                "NaN", "Infinity", "0x10"));
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            double d = random.nextDouble() * Math.pow(10, random.nextInt(14)) * (random.nextBoolean() ? 1 : -1);
            texts.add(switch (i % 4) {
            case 0 -> Double.toString(d);
            case 1 -> String.format(Locale.ROOT, "%." + random.nextInt(10) + "f", d);
            case 2 -> Long.toString((long) d);
            default -> BigDecimal.valueOf(d).setScale(random.nextInt(15), RoundingMode.HALF_EVEN).toPlainString();
            });
        }
        for (String text : texts) {
            assertEquals(parsed(text), read(text), text);
        }
    }
}
