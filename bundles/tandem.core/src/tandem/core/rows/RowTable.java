package tandem.core.rows;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A large table of rows held column by column in primitive arrays, without one object per row: a year of
 * quarter hours for 50 queues (1.75 M rows) of six columns costs about 4 bytes per cell.
 * <p>
 * A table is immutable: build one with {@link #builder}, change one by building a new one ({@link #toBuilder}).
 * Models hold tables in transient EMF attributes whose data type's instance class is {@code RowTable}; a
 * {@link RowTableResource} writes them beside the document's XMI in the same file, so that a command replacing
 * a table is undone by putting the old one back.
 * <p>
 * INT, EPOCH_MINUTE and DICTIONARY values are read with {@link #getInt}; a missing INT value is conventionally
 * {@link #MISSING}, a missing DOUBLE {@link Double#NaN}.
 */
public final class RowTable {

    /** The conventional "not given" value of INT columns. */
    public static final int MISSING = Integer.MIN_VALUE;

    private final List<Column> columns;
    private final Object[] data;
    private final String[][] dictionaries;
    private final int rowCount;
    private final Map<String, Integer> indexByName;

    RowTable(List<Column> columns, Object[] data, String[][] dictionaries, int rowCount) {
        this.columns = List.copyOf(columns);
        this.data = data;
        this.dictionaries = dictionaries;
        this.rowCount = rowCount;
        this.indexByName = indexByName(this.columns);
    }

    /** A new builder of a table with these columns (names unique). */
    public static Builder builder(List<Column> columns) {
        return new Builder(columns, 16);
    }

    /** A new builder that expects about {@code expectedRows} rows, so that it need not grow. */
    public static Builder builder(List<Column> columns, int expectedRows) {
        return new Builder(columns, Math.max(expectedRows, 1));
    }

    /** An empty table with these columns. */
    public static RowTable empty(List<Column> columns) {
        return builder(columns).build();
    }

    /** A builder holding this table's rows, to add more. */
    public Builder toBuilder() {
        Builder builder = new Builder(columns, Math.max(rowCount, 16));
        builder.addAll(this);
        return builder;
    }

    public int rowCount() {
        return rowCount;
    }

    public boolean isEmpty() {
        return rowCount == 0;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The index of the named column, or -1. */
    public int columnIndex(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    /** The value of an INT, EPOCH_MINUTE (minutes since 1970) or DICTIONARY (code) column. */
    public int getInt(int column, int row) {
        return ((int[]) data[column])[checkRow(row)];
    }

    public long getLong(int column, int row) {
        return ((long[]) data[column])[checkRow(row)];
    }

    public double getDouble(int column, int row) {
        return ((double[]) data[column])[checkRow(row)];
    }

    public short getShort(int column, int row) {
        return ((short[]) data[column])[checkRow(row)];
    }

    /** The date-time of an EPOCH_MINUTE column. */
    public LocalDateTime getDateTime(int column, int row) {
        expect(column, ColumnType.EPOCH_MINUTE);
        return dateTime(getInt(column, row));
    }

    /** The string of a DICTIONARY column. */
    public String getString(int column, int row) {
        expect(column, ColumnType.DICTIONARY);
        return dictionaries[column][getInt(column, row)];
    }

    /** The distinct strings of a DICTIONARY column, indexed by code. */
    public List<String> dictionary(int column) {
        expect(column, ColumnType.DICTIONARY);
        return Collections.unmodifiableList(Arrays.asList(dictionaries[column]));
    }

    /** A copy of rows {@code from} (inclusive) to {@code to} (exclusive) of an int-valued column. */
    public int[] copyInts(int column, int from, int to) {
        return Arrays.copyOfRange((int[]) data[column], from, checkRange(from, to));
    }

    /** A copy of rows {@code from} (inclusive) to {@code to} (exclusive) of a DOUBLE column. */
    public double[] copyDoubles(int column, int from, int to) {
        expect(column, ColumnType.DOUBLE);
        return Arrays.copyOfRange((double[]) data[column], from, checkRange(from, to));
    }

    /** The table of the given rows, in the given order. */
    public RowTable select(int[] rows) {
        Builder builder = new Builder(columns, Math.max(rows.length, 1));
        for (int row : rows) {
            builder.copyRow(this, row);
        }
        return builder.build();
    }

    /** Minutes since 1970-01-01T00:00 of a local date-time (seconds dropped). */
    public static int epochMinute(LocalDateTime time) {
        return Math.toIntExact(Math.floorDiv(time.toEpochSecond(ZoneOffset.UTC), 60));
    }

    /** The local date-time of minutes since 1970-01-01T00:00. */
    public static LocalDateTime dateTime(int epochMinute) {
        return LocalDateTime.ofEpochSecond(epochMinute * 60L, 0, ZoneOffset.UTC);
    }

    Object data(int column) {
        return data[column];
    }

    String[] dictionaryArray(int column) {
        return dictionaries[column];
    }

    private void expect(int column, ColumnType type) {
        if (columns.get(column).type() != type) {
            throw new IllegalArgumentException(
                    "column " + columns.get(column).name() + " is " + columns.get(column).type() + ", not " + type);
        }
    }

    private int checkRow(int row) {
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rowCount);
        }
        return row;
    }

    private int checkRange(int from, int to) {
        if (from < 0 || to > rowCount || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + rowCount);
        }
        return to;
    }

    private static Map<String, Integer> indexByName(List<Column> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (index.put(columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("column " + columns.get(i).name() + " appears twice");
            }
        }
        return index;
    }

    /** Tables are equal when they have the same columns and the same values (strings compared as strings). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RowTable that) || rowCount != that.rowCount || !columns.equals(that.columns)) {
            return false;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() == ColumnType.DICTIONARY) {
                for (int r = 0; r < rowCount; r++) {
                    if (!getString(c, r).equals(that.getString(c, r))) {
                        return false;
                    }
                }
            } else if (!Objects.deepEquals(trimmed(c), that.trimmed(c))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, rowCount);
    }

    @Override
    public String toString() {
        return "RowTable" + columns.stream().map(Column::name).toList() + " of " + rowCount + " rows";
    }

    private Object trimmed(int column) {
        Object array = data[column];
        if (array instanceof int[] ints) {
            return Arrays.copyOf(ints, rowCount);
        } else if (array instanceof long[] longs) {
            return Arrays.copyOf(longs, rowCount);
        } else if (array instanceof double[] doubles) {
            return Arrays.copyOf(doubles, rowCount);
        }
        return Arrays.copyOf((short[]) array, rowCount);
    }

    static Object newArray(ColumnType type, int capacity) {
        return switch (type) {
        case INT, EPOCH_MINUTE, DICTIONARY -> new int[capacity];
        case LONG -> new long[capacity];
        case DOUBLE -> new double[capacity];
        case SHORT -> new short[capacity];
        };
    }

    /** Collects rows: {@link #appendRow()}, then the setters for that row's cells. Not thread-safe. */
    public static final class Builder {

        private final List<Column> columns;
        private final Object[] data;
        private final List<List<String>> dictionaries = new ArrayList<>();
        private final List<Map<String, Integer>> codes = new ArrayList<>();
        private int rowCount;
        private int capacity;

        Builder(List<Column> columns, int capacity) {
            this.columns = List.copyOf(columns);
            indexByName(this.columns);
            this.capacity = capacity;
            this.data = new Object[this.columns.size()];
            for (int c = 0; c < data.length; c++) {
                data[c] = newArray(this.columns.get(c).type(), capacity);
                dictionaries.add(new ArrayList<>());
                codes.add(new HashMap<>());
            }
        }

        public List<Column> columns() {
            return columns;
        }

        public int rowCount() {
            return rowCount;
        }

        /** Adds a row of zeros (the empty string in DICTIONARY columns) and returns its index. */
        public int appendRow() {
            if (rowCount == capacity) {
                grow();
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).type() == ColumnType.DICTIONARY) {
                    ((int[]) data[c])[rowCount] = code(c, "");
                }
            }
            return rowCount++;
        }

        /** A value already set in an int-valued column (INT, EPOCH_MINUTE, DICTIONARY code). */
        public int getInt(int column, int row) {
            if (row < 0 || row >= rowCount) {
                throw new IndexOutOfBoundsException("row " + row + " of " + rowCount);
            }
            return ((int[]) data[column])[row];
        }

        /** Sets an INT, EPOCH_MINUTE (minutes since 1970) or DICTIONARY (an existing code) cell of the last row. */
        public Builder setInt(int column, int value) {
            ((int[]) data[column])[last()] = value;
            return this;
        }

        public Builder setLong(int column, long value) {
            ((long[]) data[column])[last()] = value;
            return this;
        }

        public Builder setDouble(int column, double value) {
            ((double[]) data[column])[last()] = value;
            return this;
        }

        public Builder setShort(int column, short value) {
            ((short[]) data[column])[last()] = value;
            return this;
        }

        public Builder setDateTime(int column, LocalDateTime value) {
            return setInt(column, epochMinute(value));
        }

        public Builder setString(int column, String value) {
            ((int[]) data[column])[last()] = code(column, Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets a DICTIONARY cell of any row already appended. */
        void setString(int column, int row, String value) {
            ((int[]) data[column])[row] = code(column, Objects.requireNonNull(value, "value"));
        }

        /** The column arrays, to fill rows already appended in place (they are replaced when the builder grows). */
        Object[] arrays() {
            return data;
        }

        /** Appends every row of a table with the same columns. */
        public Builder addAll(RowTable table) {
            if (!table.columns().equals(columns)) {
                throw new IllegalArgumentException("columns differ: " + table.columns() + " and " + columns);
            }
            for (int row = 0; row < table.rowCount(); row++) {
                copyRow(table, row);
            }
            return this;
        }

        void copyRow(RowTable table, int row) {
            appendRow();
            for (int c = 0; c < columns.size(); c++) {
                switch (columns.get(c).type()) {
                case INT, EPOCH_MINUTE -> setInt(c, table.getInt(c, row));
                case DICTIONARY -> setString(c, table.getString(c, row));
                case LONG -> setLong(c, table.getLong(c, row));
                case DOUBLE -> setDouble(c, table.getDouble(c, row));
                case SHORT -> setShort(c, table.getShort(c, row));
                }
            }
        }

        public RowTable build() {
            Object[] trimmed = new Object[data.length];
            String[][] strings = new String[data.length][];
            for (int c = 0; c < data.length; c++) {
                trimmed[c] = trim(data[c], rowCount);
                if (columns.get(c).type() == ColumnType.DICTIONARY) {
                    strings[c] = dictionaries.get(c).toArray(String[]::new);
                }
            }
            return new RowTable(columns, trimmed, strings, rowCount);
        }

        private int code(int column, String value) {
            Integer code = codes.get(column).get(value);
            if (code == null) {
                code = dictionaries.get(column).size();
                dictionaries.get(column).add(value);
                codes.get(column).put(value, code);
            }
            return code;
        }

        private int last() {
            if (rowCount == 0) {
                throw new IllegalStateException("appendRow() first");
            }
            return rowCount - 1;
        }

        private void grow() {
            int next = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, capacity + (long) capacity / 2));
            for (int c = 0; c < data.length; c++) {
                data[c] = trim(data[c], next);
            }
            capacity = next;
        }

        private static Object trim(Object array, int length) {
            if (array instanceof int[] ints) {
                return ints.length == length ? ints : Arrays.copyOf(ints, length);
            } else if (array instanceof long[] longs) {
                return longs.length == length ? longs : Arrays.copyOf(longs, length);
            } else if (array instanceof double[] doubles) {
                return doubles.length == length ? doubles : Arrays.copyOf(doubles, length);
            }
            short[] shorts = (short[]) array;
            return shorts.length == length ? shorts : Arrays.copyOf(shorts, length);
        }
    }
}
