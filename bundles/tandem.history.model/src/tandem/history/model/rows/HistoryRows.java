package tandem.history.model.rows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import tandem.core.rows.Column;
import tandem.core.rows.ColumnType;
import tandem.core.rows.RowTable;
import tandem.history.model.ContactHistory;

/**
 * Reading a contact history's rows. The rows of a {@link ContactHistory} are a {@link RowTable} with the
 * {@link #COLUMNS} below, sorted by queue name and then by start, with at most one row per queue and start;
 * a history without rows has a {@code null} table, read here as empty.
 * <p>
 * Handled, abandoned and AHT are {@link RowTable#MISSING} where the export did not give them; AHT is held in
 * tenths of a second.
 */
public final class HistoryRows {

    public static final int QUEUE = 0;
    public static final int START = 1;
    public static final int OFFERED = 2;
    public static final int HANDLED = 3;
    public static final int ABANDONED = 4;
    public static final int AHT_TENTHS = 5;

    /** The columns of every history row table, in index order. */
    public static final List<Column> COLUMNS = List.of(new Column("queue", ColumnType.DICTIONARY),
            new Column("start", ColumnType.EPOCH_MINUTE), new Column("offered", ColumnType.INT),
            new Column("handled", ColumnType.INT), new Column("abandoned", ColumnType.INT),
            new Column("ahtTenths", ColumnType.INT));

    private final RowTable table;
    private final int intervalMinutes;
    private final List<String> queues;
    private final int[] firstRow;

    private HistoryRows(RowTable table, int intervalMinutes) {
        this.table = table;
        this.intervalMinutes = intervalMinutes;
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String queue = table.getString(QUEUE, row);
            if (names.isEmpty() || !names.get(names.size() - 1).equals(queue)) {
                names.add(queue);
                starts.add(row);
            }
        }
        starts.add(table.rowCount());
        this.queues = Collections.unmodifiableList(names);
        this.firstRow = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rows of a history (empty when it has none). */
    public static HistoryRows of(ContactHistory history) {
        RowTable rows = history.getRows();
        return new HistoryRows(rows == null ? RowTable.empty(COLUMNS) : rows, history.getIntervalMinutes());
    }

    /** The rows of a table with the history columns, sorted by queue and start. */
    public static HistoryRows of(RowTable table, int intervalMinutes) {
        if (!table.columns().equals(COLUMNS)) {
            throw new IllegalArgumentException("not a history row table: " + table.columns());
        }
        return new HistoryRows(table, intervalMinutes);
    }

    public RowTable table() {
        return table;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    public int size() {
        return table.rowCount();
    }

    /** The queues the history has rows for, sorted by name. */
    public List<String> queues() {
        return queues;
    }

    /** The series of one queue, or an empty one if the history has no rows for it. */
    public Series series(String queue) {
        int index = queues.indexOf(queue);
        if (index < 0) {
            return new Series(queue, intervalMinutes, new int[0], new double[0]);
        }
        int from = firstRow[index];
        int to = firstRow[index + 1];
        int[] starts = table.copyInts(START, from, to);
        int[] offered = table.copyInts(OFFERED, from, to);
        return new Series(queue, intervalMinutes, starts, Arrays.stream(offered).asDoubleStream().toArray());
    }

    /** The first and last start of the history, or null when it is empty. */
    public LocalDateTime[] span() {
        if (table.isEmpty()) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int q = 0; q < queues.size(); q++) {
            first = Math.min(first, table.getInt(START, firstRow[q]));
            last = Math.max(last, table.getInt(START, firstRow[q + 1] - 1));
        }
        return new LocalDateTime[] { RowTable.dateTime(first), RowTable.dateTime(last) };
    }

    /**
     * The contacts offered to one queue per interval, as recorded: starts (minutes since 1970, ascending) and
     * counts. Intervals without a row are not in it.
     */
    public record Series(String queue, int intervalMinutes, int[] starts, double[] offered) {

        public int size() {
            return starts.length;
        }

        public LocalDateTime start(int index) {
            return RowTable.dateTime(starts[index]);
        }

        public LocalDate firstDay() {
            return starts.length == 0 ? null : start(0).toLocalDate();
        }

        public LocalDate lastDay() {
            return starts.length == 0 ? null : start(starts.length - 1).toLocalDate();
        }
    }
}
