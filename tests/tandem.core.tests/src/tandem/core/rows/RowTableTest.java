package tandem.core.rows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Building and reading columnar row tables. */
class RowTableTest {

    static final List<Column> COLUMNS = List.of(new Column("queue", ColumnType.DICTIONARY),
            new Column("start", ColumnType.EPOCH_MINUTE), new Column("offered", ColumnType.INT),
            new Column("total", ColumnType.LONG), new Column("aht", ColumnType.DOUBLE),
            new Column("agents", ColumnType.SHORT));

    static RowTable sample() {
        RowTable.Builder builder = RowTable.builder(COLUMNS);
        builder.appendRow();
        builder.setString(0, "Billing").setDateTime(1, LocalDateTime.of(2027, 3, 1, 8, 0)).setInt(2, 12)
                .setLong(3, 1L << 40).setDouble(4, 185.5).setShort(5, (short) 3);
        builder.appendRow();
        builder.setString(0, "Sales").setDateTime(1, LocalDateTime.of(2027, 3, 1, 8, 15)).setInt(2, RowTable.MISSING)
                .setLong(3, -7).setDouble(4, Double.NaN).setShort(5, Short.MIN_VALUE);
        builder.appendRow();
        builder.setString(0, "Billing").setDateTime(1, LocalDateTime.of(1969, 12, 31, 23, 45)).setInt(2, 0)
                .setLong(3, Long.MAX_VALUE).setDouble(4, -0.25).setShort(5, Short.MAX_VALUE);
        return builder.build();
    }

    @Test
    void cellsReadBackAsSetInTheirColumns() {
        RowTable table = sample();
        assertEquals(3, table.rowCount());
        assertEquals("Sales", table.getString(0, 1));
        assertEquals(List.of("", "Billing", "Sales"), table.dictionary(0).subList(0, 3));
        assertEquals(LocalDateTime.of(2027, 3, 1, 8, 15), table.getDateTime(1, 1));
        assertEquals(LocalDateTime.of(1969, 12, 31, 23, 45), table.getDateTime(1, 2));
        assertEquals(RowTable.MISSING, table.getInt(2, 1));
        assertEquals(1L << 40, table.getLong(3, 0));
        assertEquals(185.5, table.getDouble(4, 0));
        assertEquals(Short.MIN_VALUE, table.getShort(5, 1));
        assertEquals(2, table.columnIndex("offered"));
        assertEquals(-1, table.columnIndex("nothing"));
        assertArrayEquals(new int[] { 12, RowTable.MISSING }, table.copyInts(2, 0, 2));
    }

    @Test
    void rowsBeyondTheTableAndWrongTypesAreRefused() {
        RowTable table = sample();
        assertThrows(IndexOutOfBoundsException.class, () -> table.getInt(2, 3));
        assertThrows(IllegalArgumentException.class, () -> table.getString(2, 0));
        assertThrows(IllegalArgumentException.class,
                () -> RowTable.builder(List.of(new Column("a", ColumnType.INT), new Column("a", ColumnType.LONG))));
        assertThrows(IllegalStateException.class, () -> RowTable.builder(COLUMNS).setInt(2, 1));
    }

    @Test
    void aBuilderGrowsAndAppendsTablesAndSelectKeepsTheGivenOrder() {
        RowTable.Builder builder = RowTable.builder(List.of(new Column("n", ColumnType.INT)), 1);
        for (int i = 0; i < 10_000; i++) {
            builder.appendRow();
            builder.setInt(0, i * 3);
        }
        RowTable numbers = builder.build();
        assertEquals(10_000, numbers.rowCount());
        assertEquals(29_997, numbers.getInt(0, 9_999));

        RowTable twice = sample().toBuilder().addAll(sample()).build();
        assertEquals(6, twice.rowCount());
        assertEquals("Sales", twice.getString(0, 4));
        RowTable picked = twice.select(new int[] { 4, 0 });
        assertEquals("Sales", picked.getString(0, 0));
        assertEquals(12, picked.getInt(2, 1));
    }

    @Test
    void tablesAreEqualByContent() {
        assertEquals(sample(), sample());
        RowTable other = sample().toBuilder().addAll(sample()).build().select(new int[] { 0, 1, 4 });
        assertNotEquals(sample(), other);
        assertEquals(sample(), sample().select(new int[] { 0, 1, 2 }));
    }
}
