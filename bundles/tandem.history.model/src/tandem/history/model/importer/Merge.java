package tandem.history.model.importer;

import java.util.ArrayList;
import java.util.List;

import tandem.core.rows.RowTable;
import tandem.history.model.rows.HistoryRows;

/** Merges two history row tables sorted by queue and start; rows of the second that the first has are skipped. */
record Merge(RowTable rows, int skipped, String overlaps) {

    static Merge of(RowTable existing, RowTable incoming) {
        RowTable.Builder out = RowTable.builder(HistoryRows.COLUMNS, existing.rowCount() + incoming.rowCount());
        int a = 0;
        int b = 0;
        int skipped = 0;
        List<String> ranges = new ArrayList<>();
        String rangeQueue = null;
        int rangeFrom = 0;
        int rangeTo = 0;
        while (a < existing.rowCount() || b < incoming.rowCount()) {
            int order;
            if (a == existing.rowCount()) {
                order = 1;
            } else if (b == incoming.rowCount()) {
                order = -1;
            } else {
                order = existing.getString(HistoryRows.QUEUE, a).compareTo(incoming.getString(HistoryRows.QUEUE, b));
                if (order == 0) {
                    order = Integer.compare(existing.getInt(HistoryRows.START, a),
                            incoming.getInt(HistoryRows.START, b));
                }
            }
            if (order <= 0) {
                copy(out, existing, a++);
            }
            if (order == 0) {
                String queue = incoming.getString(HistoryRows.QUEUE, b);
                int start = incoming.getInt(HistoryRows.START, b);
                if (queue.equals(rangeQueue) && skipped > 0) {
                    rangeTo = start;
                } else {
                    if (rangeQueue != null) {
                        ranges.add(range(rangeQueue, rangeFrom, rangeTo));
                    }
                    rangeQueue = queue;
                    rangeFrom = start;
                    rangeTo = start;
                }
                skipped++;
                b++;
            } else if (order > 0) {
                copy(out, incoming, b++);
            }
        }
        if (rangeQueue != null) {
            ranges.add(range(rangeQueue, rangeFrom, rangeTo));
        }
        return new Merge(out.build(), skipped, String.join("; ", ranges));
    }

    private static String range(String queue, int from, int to) {
        return queue + " " + RowTable.dateTime(from) + (from == to ? "" : " to " + RowTable.dateTime(to));
    }

    private static void copy(RowTable.Builder out, RowTable table, int row) {
        out.appendRow();
        out.setString(HistoryRows.QUEUE, table.getString(HistoryRows.QUEUE, row));
        for (int c = HistoryRows.START; c <= HistoryRows.AHT_TENTHS; c++) {
            out.setInt(c, table.getInt(c, row));
        }
    }
}
