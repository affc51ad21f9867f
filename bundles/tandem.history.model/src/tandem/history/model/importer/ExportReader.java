package tandem.history.model.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import tandem.core.rows.RowTable;
import tandem.history.model.rows.HistoryRows;

/**
 * Reads one interval export into history rows at the history's interval: header matched by name and alias
 * (case, spaces and punctuation ignored), every cell checked, the export's row length found, finer rows summed.
 * Problems are collected (up to a limit) with source, row and column; notes say what was done to gaps and
 * daylight-saving overlaps.
 */
final class ExportReader {

    private static final int MAX_PROBLEMS = 20;
    private static final int MINUTES_PER_DAY = 1440;

    enum Field {
        QUEUE("queue", "queuename", "skill", "split", "service", "application"),
        START("start", "intervalstart", "starttime", "startdatetime", "interval", "datetime", "timestamp", "time"),
        DATE("date", "day", "intervaldate"),
        TIME_OF_DAY("intervaltime", "timeofday", "intervalstarttime"),
        OFFERED("offered", "contactsoffered", "callsoffered", "offeredcontacts", "offeredcalls", "calls",
                "contacts", "volume", "forecast", "received", "inbound"),
        HANDLED("handled", "answered", "callshandled", "contactshandled", "callsanswered"),
        ABANDONED("abandoned", "abandons", "callsabandoned", "contactsabandoned", "aband"),
        AHT("ahtseconds", "aht", "ahts", "averagehandletime", "averagehandletimeseconds", "handletime");

        final List<String> aliases;

        Field(String... aliases) {
            this.aliases = List.of(aliases);
        }
    }

    private final HistorySource source;
    private final ImportSettings settings;
    private final List<String> problems;
    private final List<String> notes = new ArrayList<>();
    private final Map<Field, Integer> columns = new HashMap<>();
    private String[] header;

    /** Rows read, per queue: packed (start, values). */
    private final Map<String, QueueRows> byQueue = new TreeMap<>();

    ExportReader(HistorySource source, ImportSettings settings, List<String> problems) {
        this.source = source;
        this.settings = settings;
        this.problems = problems;
    }

    List<String> notes() {
        return notes;
    }

    /** Reads the source; answers its rows at the history's interval, or null when problems were found. */
    RowTable read() throws IOException {
        int before = problems.size();
        header = source.next();
        if (header == null || Arrays.stream(header).allMatch(String::isBlank)) {
            problem(source.name() + ": the file is empty (expected a header such as queue,start,offered)");
            return null;
        }
        matchHeader();
        if (problems.size() > before) {
            return null;
        }
        int rows = 0;
        for (String[] cells = source.next(); cells != null; cells = source.next()) {
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            readRow(cells);
            if (problems.size() >= MAX_PROBLEMS) {
                problem(source.name() + ": stopped after " + MAX_PROBLEMS + " problems");
                return null;
            }
        }
        if (rows == 0) {
            problem(source.name() + ": the file has a header but no rows");
        }
        if (problems.size() > before) {
            return null;
        }
        RowTable table = aggregate();
        return problems.size() > before ? null : table;
    }

    private void matchHeader() {
        for (int i = 0; i < header.length; i++) {
            String name = normalize(header[i]);
            for (Field field : Field.values()) {
                if (field.aliases.contains(name) && !columns.containsKey(field)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        // "time" alone is the start when there is no date column, the time of day beside a date column.
        if (columns.containsKey(Field.DATE) && columns.containsKey(Field.START)
                && normalize(header[columns.get(Field.START)]).equals("time")) {
            columns.put(Field.TIME_OF_DAY, columns.remove(Field.START));
        }
        List<String> names = HistoryImports.HEADER;
        String expected = " (expected " + String.join(",", names.subList(0, 3)) + "[,"
                + String.join(",", names.subList(3, names.size())) + "])";
        if (!columns.containsKey(Field.QUEUE) && settings.defaultQueue() == null) {
            problem(source.name() + ", row " + source.rowNumber() + ": no queue column" + expected);
        }
        boolean dateAndTime = columns.containsKey(Field.DATE) && columns.containsKey(Field.TIME_OF_DAY);
        if (!columns.containsKey(Field.START) && !dateAndTime) {
            problem(source.name() + ", row " + source.rowNumber() + ": no start column (or date and time columns)"
                    + expected);
        }
        if (!columns.containsKey(Field.OFFERED)) {
            problem(source.name() + ", row " + source.rowNumber() + ": no offered column" + expected);
        }
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").replaceAll("[^a-z0-9]", "");
    }

    private void readRow(String[] cells) {
        int row = source.rowNumber();
        String queue = settings.defaultQueue();
        if (columns.containsKey(Field.QUEUE)) {
            queue = cell(cells, Field.QUEUE);
            if (queue.isEmpty()) {
                problem(at(row, Field.QUEUE) + ": the queue is empty");
                return;
            }
        }
        if (settings.knownQueues() != null && !settings.knownQueues().contains(queue)) {
            problem(at(row, Field.QUEUE) + ": queue '" + queue + "' is not in the contact-center setup (it has "
                    + String.join(", ", new TreeSet<>(settings.knownQueues())) + ")");
            return;
        }
        LocalDateTime start = start(cells, row);
        int offered = count(cells, Field.OFFERED, row, true);
        int handled = count(cells, Field.HANDLED, row, false);
        int abandoned = count(cells, Field.ABANDONED, row, false);
        int aht = aht(cells, row);
        if (start == null || offered == BAD || handled == BAD || abandoned == BAD || aht == BAD) {
            return;
        }
        byQueue.computeIfAbsent(queue, QueueRows::new).add(row, start, offered, handled, abandoned, aht);
    }

    private static final int BAD = Integer.MIN_VALUE + 1;

    private String cell(String[] cells, Field field) {
        Integer index = columns.get(field);
        return index == null || index >= cells.length ? "" : cells[index].trim();
    }

    private String at(int row, Field field) {
        int index = columns.getOrDefault(field, 0);
        return source.name() + ", row " + row + ", " + source.columnName(index, header[index]);
    }

    private LocalDateTime start(String[] cells, int row) {
        Field where = columns.containsKey(Field.START) ? Field.START : Field.DATE;
        String text = columns.containsKey(Field.START) ? cell(cells, Field.START)
                : dateOnly(cell(cells, Field.DATE)) + "T" + cell(cells, Field.TIME_OF_DAY);
        LocalDateTime start;
        try {
            start = parseDateTime(text);
        } catch (DateTimeException e) {
            problem(at(row, where) + ": '" + text + "' is not a date-time (expected 2027-03-01T08:15 or "
                    + "2027-03-01 08:15)");
            return null;
        }
        if (start.getSecond() != 0 || start.getNano() != 0) {
            problem(at(row, where) + ": " + text + " does not start on a whole minute");
            return null;
        }
        if (settings.zone() != null) {
            var rules = settings.zone().getRules();
            if (rules.getValidOffsets(start).isEmpty()) {
                ZoneOffsetTransition gap = rules.getTransition(start);
                problem(at(row, where) + ": " + start + " does not exist in " + settings.zone()
                        + " (clocks jump from " + gap.getDateTimeBefore().toLocalTime() + " to "
                        + gap.getDateTimeAfter().toLocalTime() + " that day)");
                return null;
            }
        }
        return start;
    }

    /** A date cell of a workbook arrives as midnight ({@code 2027-03-01T00:00}): its date. */
    private static String dateOnly(String date) {
        return date.endsWith("T00:00") ? date.substring(0, date.length() - 6) : date;
    }

    private LocalDateTime parseDateTime(String text) {
        String t = text.trim().replace(' ', 'T');
        if (t.length() > 19 && (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$"))) {
            OffsetDateTime instant = OffsetDateTime.parse(t.replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2"));
            return settings.zone() == null ? instant.toLocalDateTime()
                    : instant.atZoneSameInstant(settings.zone()).toLocalDateTime();
        }
        int split = t.indexOf('T');
        if (split < 0) {
            throw new DateTimeParseException("no time", text, 0);
        }
        LocalDate date = LocalDate.parse(t.substring(0, split));
        String time = t.substring(split + 1);
        if (time.length() == 4 || time.length() == 7) {
            time = "0" + time;
        }
        return LocalDateTime.of(date, LocalTime.parse(time, DateTimeFormatter.ISO_LOCAL_TIME));
    }

    private int count(String[] cells, Field field, int row, boolean required) {
        if (!columns.containsKey(field)) {
            return RowTable.MISSING;
        }
        String text = cell(cells, field);
        if (text.isEmpty()) {
            if (required) {
                problem(at(row, field) + ": the count is empty");
                return BAD;
            }
            return RowTable.MISSING;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(at(row, field) + ": '" + text + "' is not a number");
            return BAD;
        }
        if (value.signum() < 0) {
            problem(at(row, field) + ": " + text + " is negative");
            return BAD;
        }
        try {
            int whole = value.stripTrailingZeros().intValueExact();
            if (whole > 10_000_000) {
                problem(at(row, field) + ": " + text + " is more than 10,000,000 contacts in one interval");
                return BAD;
            }
            return whole;
        } catch (ArithmeticException e) {
            problem(at(row, field) + ": " + text + " is not a whole number of contacts");
            return BAD;
        }
    }

    private int aht(String[] cells, int row) {
        if (!columns.containsKey(Field.AHT)) {
            return RowTable.MISSING;
        }
        String text = cell(cells, Field.AHT);
        if (text.isEmpty()) {
            return RowTable.MISSING;
        }
        double seconds;
        try {
            if (text.contains(":")) {
                String[] parts = text.split(":");
                if (parts.length > 3) {
                    throw new NumberFormatException();
                }
                seconds = 0;
                for (String part : parts) {
                    seconds = seconds * 60 + Double.parseDouble(part);
                }
            } else {
                seconds = Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            problem(at(row, Field.AHT) + ": '" + text + "' is not a number of seconds (or h:mm:ss)");
            return BAD;
        }
        if (!(seconds >= 0) || seconds > 86_400) {
            problem(at(row, Field.AHT) + ": " + text + " is not a handle time between 0 and 86,400 seconds");
            return BAD;
        }
        return (int) Math.round(seconds * 10);
    }

    private void problem(String message) {
        if (problems.size() < MAX_PROBLEMS + 1) {
            problems.add(message);
        }
    }

    /** Finds the export's row length, checks starts, sums rows to the history's interval. */
    private RowTable aggregate() {
        int length = rowLength();
        if (length <= 0) {
            return null;
        }
        int interval = settings.intervalMinutes();
        if (length > interval) {
            problem(source.name() + ": the rows are " + length + " minutes long, longer than the history's "
                    + interval + "-minute intervals (import into a history of " + length + "-minute intervals)");
            return null;
        }
        if (interval % length != 0) {
            problem(source.name() + ": " + length + "-minute rows do not add up to the history's " + interval
                    + "-minute intervals");
            return null;
        }
        int total = byQueue.values().stream().mapToInt(q -> q.size).sum();
        RowTable.Builder out = RowTable.builder(HistoryRows.COLUMNS, Math.max(1, total * length / interval));
        int overlapSums = 0;
        for (QueueRows queue : byQueue.values()) {
            long[] order = queue.sorted();
            boolean[] weekdays = new boolean[7];
            for (int k = 0; k < queue.size; k++) {
                weekdays[RowTable.dateTime(queue.starts[k]).getDayOfWeek().ordinal()] = true;
            }
            int previousStart = Integer.MIN_VALUE;
            int previousRow = -1;
            int missingIntervals = 0;
            List<String> missingDays = new ArrayList<>();
            for (int k = 0; k < order.length; k++) {
                int i = (int) order[k];
                int start = queue.starts[i];
                if (Math.floorMod(start, length) != 0) {
                    problem(source.name() + ", row " + queue.rowNumbers[i] + ": mixed interval lengths: "
                            + RowTable.dateTime(start).toLocalTime() + " is not on the file's " + length
                            + "-minute grid");
                    continue;
                }
                if (start == previousStart) {
                    if (!inOverlap(start)) {
                        problem(source.name() + ", row " + queue.rowNumbers[i] + ": duplicate start "
                                + RowTable.dateTime(start) + " of queue " + queue.name + " (also row "
                                + queue.rowNumbers[previousRow] + ")");
                        continue;
                    }
                    overlapSums++;
                } else if (previousStart != Integer.MIN_VALUE) {
                    int previousDay = Math.floorDiv(previousStart, MINUTES_PER_DAY);
                    int day = Math.floorDiv(start, MINUTES_PER_DAY);
                    if (day - previousDay > 1) {
                        // Days of a weekday the queue never has rows on (weekends of a weekday queue) are closed
                        // days, not gaps.
                        List<java.time.LocalDate> missing = new ArrayList<>();
                        for (int m = previousDay + 1; m < day; m++) {
                            java.time.LocalDate date = java.time.LocalDate.ofEpochDay(m);
                            if (weekdays[date.getDayOfWeek().ordinal()]) {
                                missing.add(date);
                            }
                        }
                        if (!missing.isEmpty()) {
                            missingDays.add(missing.get(0) + (missing.size() > 1 ? " (" + missing.size() + " days)"
                                    : ""));
                        }
                    } else if (day == previousDay && start - previousStart > length) {
                        missingIntervals += (start - previousStart) / length - 1;
                    }
                }
                int bucket = Math.floorDiv(start, interval) * interval;
                if (out.rowCount() == 0 || previousStart == Integer.MIN_VALUE
                        || Math.floorDiv(previousStart, interval) * interval != bucket) {
                    out.appendRow();
                    out.setString(HistoryRows.QUEUE, queue.name).setInt(HistoryRows.START, bucket);
                    out.setInt(HistoryRows.OFFERED, queue.offered[i]).setInt(HistoryRows.HANDLED, queue.handled[i])
                            .setInt(HistoryRows.ABANDONED, queue.abandoned[i])
                            .setInt(HistoryRows.AHT_TENTHS, queue.aht[i]);
                } else {
                    addTo(out, queue, i);
                }
                previousStart = start;
                previousRow = i;
            }
            if (!missingDays.isEmpty()) {
                notes.add(source.name() + ": " + queue.name + " has no rows on " + missingDays.size()
                        + " stretch(es) of days (first " + missingDays.get(0) + "): those days are left out when a "
                        + "forecast learns, not read as zero");
            }
            if (missingIntervals > 0) {
                notes.add(source.name() + ": " + queue.name + " has " + missingIntervals + " " + length
                        + "-minute intervals without a row inside days with rows: read as 0 contacts (exports "
                        + "leave out empty intervals)");
            }
        }
        if (overlapSums > 0) {
            notes.add(source.name() + ": " + overlapSums + " rows fall into the hour that repeats when daylight "
                    + "saving ends in " + settings.zone() + ": both occurrences are summed into one local interval");
        }
        return out.build();
    }

    private static void addTo(RowTable.Builder out, QueueRows queue, int i) {
        int last = out.rowCount() - 1;
        int offeredBefore = out.getInt(HistoryRows.OFFERED, last);
        int handledBefore = out.getInt(HistoryRows.HANDLED, last);
        int ahtBefore = out.getInt(HistoryRows.AHT_TENTHS, last);
        int aht = RowTable.MISSING;
        if (ahtBefore != RowTable.MISSING && queue.aht[i] != RowTable.MISSING) {
            double weightBefore = handledBefore != RowTable.MISSING ? handledBefore : offeredBefore;
            double weightNow = queue.handled[i] != RowTable.MISSING ? queue.handled[i] : queue.offered[i];
            aht = weightBefore + weightNow == 0 ? (ahtBefore + queue.aht[i]) / 2
                    : (int) Math.round((ahtBefore * weightBefore + queue.aht[i] * weightNow)
                            / (weightBefore + weightNow));
        }
        out.setInt(HistoryRows.OFFERED, offeredBefore + queue.offered[i])
                .setInt(HistoryRows.HANDLED, plus(handledBefore, queue.handled[i]))
                .setInt(HistoryRows.ABANDONED, plus(out.getInt(HistoryRows.ABANDONED, last), queue.abandoned[i]))
                .setInt(HistoryRows.AHT_TENTHS, aht);
    }

    private static int plus(int a, int b) {
        return a == RowTable.MISSING || b == RowTable.MISSING ? RowTable.MISSING : a + b;
    }

    private boolean inOverlap(int start) {
        return settings.zone() != null
                && settings.zone().getRules().getValidOffsets(RowTable.dateTime(start)).size() > 1;
    }

    /** The most common distance between consecutive rows of a queue within a day; checked to be a known length. */
    private int rowLength() {
        Map<Integer, Integer> distances = new HashMap<>();
        int minuteGcd = 0;
        for (QueueRows queue : byQueue.values()) {
            long[] order = queue.sorted();
            for (int k = 0; k < order.length; k++) {
                int start = queue.starts[(int) order[k]];
                minuteGcd = gcd(minuteGcd, Math.floorMod(start, MINUTES_PER_DAY));
                if (k > 0) {
                    int previous = queue.starts[(int) order[k - 1]];
                    int distance = start - previous;
                    if (distance > 0 && Math.floorDiv(start, MINUTES_PER_DAY) == Math.floorDiv(previous,
                            MINUTES_PER_DAY)) {
                        distances.merge(distance, 1, Integer::sum);
                    }
                }
            }
        }
        int length;
        if (distances.isEmpty()) {
            length = minuteGcd == 0 ? settings.intervalMinutes() : gcd(minuteGcd, settings.intervalMinutes());
        } else {
            length = distances.entrySet().stream()
                    .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
                            : Integer.compare(a.getValue(), b.getValue()))
                    .get().getKey();
        }
        for (int known : ImportSettings.ROW_LENGTHS) {
            if (known == length) {
                return length;
            }
        }
        problem(source.name() + ": the rows are " + length + " minutes apart; exports of 5-, 15-, 30- or 60-minute "
                + "rows can be imported");
        return -1;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The rows of one queue as read, in file order. */
    private static final class QueueRows {
        final String name;
        int size;
        int[] rowNumbers = new int[64];
        int[] starts = new int[64];
        int[] offered = new int[64];
        int[] handled = new int[64];
        int[] abandoned = new int[64];
        int[] aht = new int[64];

        QueueRows(String name) {
            this.name = name;
        }

        void add(int row, LocalDateTime start, int offeredCount, int handledCount, int abandonedCount,
                int ahtTenths) {
            if (size == starts.length) {
                int grown = size * 2;
                rowNumbers = Arrays.copyOf(rowNumbers, grown);
                starts = Arrays.copyOf(starts, grown);
                offered = Arrays.copyOf(offered, grown);
                handled = Arrays.copyOf(handled, grown);
                abandoned = Arrays.copyOf(abandoned, grown);
                aht = Arrays.copyOf(aht, grown);
            }
            rowNumbers[size] = row;
            starts[size] = RowTable.epochMinute(start);
            offered[size] = offeredCount;
            handled[size] = handledCount;
            abandoned[size] = abandonedCount;
            aht[size] = ahtTenths;
            size++;
        }

        /** Row indexes in start order (ties in file order), as the low 32 bits of sorted keys. */
        long[] sorted() {
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) starts[i] << 32) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < size; i++) {
                keys[i] = keys[i] & 0xFFFFFFFFL;
            }
            return keys;
        }
    }
}
