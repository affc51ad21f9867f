package tandem.core.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The binary form of row tables: exact round trips, bounded and checked reading. */
class RowTableFormatTest {

    private static byte[] bytes(RowTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowTableFormat.write(table, out);
        return out.toByteArray();
    }

    private static RowTable read(byte[] bytes, RowTableFormat.Limits limits) throws IOException {
        return RowTableFormat.read(new ByteArrayInputStream(bytes), "plan.history (rows/x)", limits);
    }

    @Test
    void everyColumnTypeRoundTripsExactlyIncludingExtremes() throws IOException {
        RowTable sample = RowTableTest.sample();
        RowTable back = read(bytes(sample), RowTableFormat.Limits.DEFAULT);
        assertEquals(sample, back);
        assertTrue(Double.isNaN(back.getDouble(4, 1)));
        assertEquals(Long.MAX_VALUE, back.getLong(3, 2));

        RowTable empty = RowTable.empty(RowTableTest.COLUMNS);
        assertEquals(empty, read(bytes(empty), RowTableFormat.Limits.DEFAULT));
    }

    @Test
    void aRegularSeriesCostsAboutOneBytePerCell() throws IOException {
        RowTable.Builder builder = RowTable.builder(
                List.of(new Column("start", ColumnType.EPOCH_MINUTE), new Column("offered", ColumnType.INT)));
        for (int i = 0; i < 100_000; i++) {
            builder.appendRow();
            builder.setInt(0, 29_000_000 + 15 * i).setInt(1, 40 + (i % 7));
        }
        RowTable series = builder.build();
        byte[] bytes = bytes(series);
        assertTrue(bytes.length < 2 * 100_000 + 100, "size " + bytes.length);
        assertEquals(series, read(bytes, RowTableFormat.Limits.DEFAULT));
    }

    @Test
    void truncatedDataIsReportedWithItsSource() throws IOException {
        byte[] whole = bytes(RowTableTest.sample());
        for (int cut : new int[] { 0, 3, 10, whole.length / 2, whole.length - 1 }) {
            RowTableFormatException e = assertThrows(RowTableFormatException.class,
                    () -> read(Arrays.copyOf(whole, cut), RowTableFormat.Limits.DEFAULT));
            assertTrue(e.getMessage().startsWith("plan.history (rows/x): "), e.getMessage());
        }
    }

    @Test
    void wrongMagicTrailingDataAndBadCodesAreRefused() throws IOException {
        byte[] whole = bytes(RowTableTest.sample());
        byte[] magic = whole.clone();
        magic[0] = 'X';
        assertTrue(assertThrows(RowTableFormatException.class, () -> read(magic, RowTableFormat.Limits.DEFAULT))
                .getMessage().contains("not a row table"));
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertTrue(assertThrows(RowTableFormatException.class, () -> read(longer, RowTableFormat.Limits.DEFAULT))
                .getMessage().contains("after the end mark"));

        RowTable.Builder builder = RowTable.builder(List.of(new Column("queue", ColumnType.DICTIONARY)));
        builder.appendRow();
        builder.setString(0, "A");
        byte[] codes = bytes(builder.build());
        // layout: magic, version, 1 column, name "queue", type, 1 row, dictionary of 2 ("" and "A"), code delta
        int codeAt = codes.length - 4;
        codes[codeAt] = 8; // zig-zag 4: code 4 of a dictionary of 2
        assertTrue(assertThrows(RowTableFormatException.class, () -> read(codes, RowTableFormat.Limits.DEFAULT))
                .getMessage().contains("outside its dictionary"));
    }

    @Test
    void countsBeyondTheLimitsAreRefusedBeforeAnythingIsAllocated() throws IOException {
        RowTableFormat.Limits small = new RowTableFormat.Limits(2, 256, 10, 100);
        RowTableFormatException e = assertThrows(RowTableFormatException.class,
                () -> read(bytes(RowTableTest.sample()), small));
        assertTrue(e.getMessage().contains("row count 3 is outside 0..2"), e.getMessage());

        // A header that claims a billion rows but carries none fails on the missing data, not out of memory.
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(new byte[] { 'T', 'R', 'O', 'W', 1, 1, 1, 'n', (byte) ColumnType.INT.ordinal() });
        int rows = 1_000_000_000;
        while ((rows & ~0x7F) != 0) {
            header.write((rows & 0x7F) | 0x80);
            rows >>>= 7;
        }
        header.write(rows);
        RowTableFormat.Limits huge = new RowTableFormat.Limits(Integer.MAX_VALUE, 256, 10, 100);
        assertTrue(assertThrows(RowTableFormatException.class, () -> read(header.toByteArray(), huge)).getMessage()
                .contains("end early"));
    }
}
