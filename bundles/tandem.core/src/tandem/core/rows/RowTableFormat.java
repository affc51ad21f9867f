package tandem.core.rows;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The binary form of a {@link RowTable}, written column after column so that similar values sit together:
 * integer columns as zig-zag varints of the difference to the previous row (a regular series of quarter hours
 * costs one byte per row before compression), doubles as their 8 raw bytes, dictionaries once as strings.
 * <p>
 * Layout: {@code "TROW"}, format version (1 byte), column count, per column its name and type code, the row
 * count, per column its values (DICTIONARY: the dictionary's size and strings, then the codes), {@code "END"}.
 * Counts and lengths are varints. Reading checks every count and length against {@link Limits} before it
 * allocates, and fails with a {@link RowTableFormatException} naming the source on anything malformed.
 */
public final class RowTableFormat {

    private static final byte[] MAGIC = { 'T', 'R', 'O', 'W' };
    private static final byte[] END = { 'E', 'N', 'D' };
    private static final int VERSION = 1;

    /**
     * Bounds on what reading accepts, so that a corrupt or hostile file cannot make the reader allocate without
     * limit.
     *
     * @param maxRows         most rows of one table
     * @param maxColumns      most columns of one table
     * @param maxDictionary   most distinct strings of one DICTIONARY column
     * @param maxStringLength longest dictionary string, in UTF-8 bytes
     */
    public record Limits(int maxRows, int maxColumns, int maxDictionary, int maxStringLength) {
        /** 64 M rows, 256 columns, 1 M distinct strings of at most 4,096 bytes. */
        public static final Limits DEFAULT = new Limits(64 << 20, 256, 1 << 20, 4096);
    }

    private RowTableFormat() {
    }

    /** Writes the table; the stream is not closed. */
    public static void write(RowTable table, OutputStream out) throws IOException {
        VarOut sink = new VarOut(out);
        sink.bytes(MAGIC);
        sink.raw(VERSION);
        List<Column> columns = table.columns();
        sink.varint(columns.size());
        for (Column column : columns) {
            sink.string(column.name());
            sink.raw(column.type().code());
        }
        int rows = table.rowCount();
        sink.varint(rows);
        for (int c = 0; c < columns.size(); c++) {
            Object data = table.data(c);
            switch (columns.get(c).type()) {
            case DICTIONARY -> {
                String[] dictionary = table.dictionaryArray(c);
                sink.varint(dictionary.length);
                for (String value : dictionary) {
                    sink.string(value);
                }
                writeInts(sink, (int[]) data, rows);
            }
            case INT, EPOCH_MINUTE -> writeInts(sink, (int[]) data, rows);
            case SHORT -> {
                short[] values = (short[]) data;
                long previous = 0;
                for (int r = 0; r < rows; r++) {
                    sink.zigzag(values[r] - previous);
                    previous = values[r];
                }
            }
            case LONG -> {
                long[] values = (long[]) data;
                long previous = 0;
                for (int r = 0; r < rows; r++) {
                    sink.zigzag(values[r] - previous);
                    previous = values[r];
                }
            }
            case DOUBLE -> {
                double[] values = (double[]) data;
                for (int r = 0; r < rows; r++) {
                    sink.fixed64(Double.doubleToRawLongBits(values[r]));
                }
            }
            }
        }
        sink.bytes(END);
        sink.flush();
    }

    private static void writeInts(VarOut sink, int[] values, int rows) throws IOException {
        long previous = 0;
        for (int r = 0; r < rows; r++) {
            sink.zigzag(values[r] - previous);
            previous = values[r];
        }
    }

    /**
     * Reads a table written by {@link #write} from the whole stream: nothing may follow its end mark.
     *
     * @param source names the data in messages (for example {@code "plan.history, rows/history/rows"})
     * @throws RowTableFormatException naming the source when the data is malformed, truncated or beyond the limits
     */
    public static RowTable read(InputStream in, String source, Limits limits) throws IOException {
        VarIn input = new VarIn(in, source);
        try {
            for (byte b : MAGIC) {
                if (input.raw() != b) {
                    throw input.corrupt("not a row table (wrong magic number)");
                }
            }
            int version = input.raw();
            if (version != VERSION) {
                throw input.corrupt("row table format version " + version + " is not supported (only " + VERSION
                        + "); was the file written by a newer Tandem?");
            }
            int columnCount = input.count("column count", 1, limits.maxColumns());
            List<Column> columns = new ArrayList<>(columnCount);
            Set<String> names = new HashSet<>();
            for (int c = 0; c < columnCount; c++) {
                String name = input.string(Column.MAX_NAME_LENGTH * 4);
                ColumnType type = ColumnType.ofCode(input.raw());
                if (type == null || name.isEmpty() || name.length() > Column.MAX_NAME_LENGTH || !names.add(name)) {
                    throw input.corrupt("column " + (c + 1) + " has a bad name or type");
                }
                columns.add(new Column(name, type));
            }
            int rows = input.count("row count", 0, limits.maxRows());
            Object[] data = new Object[columnCount];
            String[][] dictionaries = new String[columnCount][];
            for (int c = 0; c < columnCount; c++) {
                Column column = columns.get(c);
                switch (column.type()) {
                case DICTIONARY -> {
                    int size = input.count(column.name() + " dictionary size", 0,
                            (int) Math.min(limits.maxDictionary(), rows + 1L));
                    String[] dictionary = new String[size];
                    for (int i = 0; i < size; i++) {
                        dictionary[i] = input.string(limits.maxStringLength());
                    }
                    int[] codes = readInts(input, column, rows, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    for (int r = 0; r < rows; r++) {
                        if (codes[r] < 0 || codes[r] >= size) {
                            throw input.corrupt(column.name() + " row " + (r + 1) + ": code " + codes[r]
                                    + " is outside its dictionary of " + size);
                        }
                    }
                    dictionaries[c] = dictionary;
                    data[c] = codes;
                }
                case INT, EPOCH_MINUTE -> data[c] = readInts(input, column, rows, Integer.MIN_VALUE,
                        Integer.MAX_VALUE);
                case SHORT -> {
                    short[] values = new short[input.capacity(rows)];
                    long previous = 0;
                    for (int r = 0; r < rows; r++) {
                        if (r == values.length) {
                            values = Arrays.copyOf(values, grown(values.length, rows));
                        }
                        long value = previous + input.zigzag(column, r);
                        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                            throw input.corrupt(column.name() + " row " + (r + 1) + ": value " + value
                                    + " is out of range");
                        }
                        values[r] = (short) value;
                        previous = value;
                    }
                    data[c] = values;
                }
                case LONG -> {
                    long[] values = new long[input.capacity(rows)];
                    long previous = 0;
                    for (int r = 0; r < rows; r++) {
                        if (r == values.length) {
                            values = Arrays.copyOf(values, grown(values.length, rows));
                        }
                        previous += input.zigzag(column, r);
                        values[r] = previous;
                    }
                    data[c] = values;
                }
                case DOUBLE -> {
                    double[] values = new double[input.capacity(rows)];
                    for (int r = 0; r < rows; r++) {
                        if (r == values.length) {
                            values = Arrays.copyOf(values, grown(values.length, rows));
                        }
                        values[r] = Double.longBitsToDouble(input.fixed64(column, r));
                    }
                    data[c] = values;
                }
                }
                input.proven = true;
            }
            for (byte b : END) {
                if (input.raw() != b) {
                    throw input.corrupt("the end mark is missing: more data than the row count says");
                }
            }
            input.expectEnd();
            return new RowTable(columns, data, dictionaries, rows);
        } catch (EOFException e) {
            throw new RowTableFormatException(source + ": the rows end early (file truncated?)");
        }
    }

    /**
     * The first column's array grows while its data arrives, so that a corrupt row count cannot allocate more
     * than the data backs; once one column has delivered every row (at least a byte each), the others are
     * allocated whole.
     */
    private static final int CHUNK = 1 << 20;

    private static int grown(int length, int rows) {
        return (int) Math.min(rows, Math.max(CHUNK, length * 2L));
    }

    private static int[] readInts(VarIn input, Column column, int rows, long min, long max) throws IOException {
        int[] values = new int[input.capacity(rows)];
        long previous = 0;
        for (int r = 0; r < rows; r++) {
            if (r == values.length) {
                values = Arrays.copyOf(values, grown(values.length, rows));
            }
            long value = previous + input.zigzag(column, r);
            if (value < min || value > max) {
                throw input.corrupt(column.name() + " row " + (r + 1) + ": value " + value + " is out of range");
            }
            values[r] = (int) value;
            previous = value;
        }
        return values;
    }

    /** Buffered varint writer. */
    private static final class VarOut {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int position;

        VarOut(OutputStream out) {
            this.out = out;
        }

        void raw(int b) throws IOException {
            if (position == buffer.length) {
                drain();
            }
            buffer[position++] = (byte) b;
        }

        void bytes(byte[] bytes) throws IOException {
            for (byte b : bytes) {
                raw(b);
            }
        }

        void varint(long value) throws IOException {
            if (buffer.length - position < 10) {
                drain();
            }
            long v = value;
            while ((v & ~0x7FL) != 0) {
                buffer[position++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[position++] = (byte) v;
        }

        void zigzag(long value) throws IOException {
            varint((value << 1) ^ (value >> 63));
        }

        void fixed64(long value) throws IOException {
            if (buffer.length - position < 8) {
                drain();
            }
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[position++] = (byte) (value >>> shift);
            }
        }

        void string(String value) throws IOException {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes(utf8);
        }

        void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    /** Buffered varint reader. */
    private static final class VarIn {
        private final InputStream in;
        private final String source;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        boolean proven;

        VarIn(InputStream in, String source) {
            this.in = in;
            this.source = source;
        }

        int capacity(int rows) {
            return proven ? rows : Math.min(rows, CHUNK);
        }

        int raw() throws IOException {
            if (position == limit) {
                fill();
            }
            return buffer[position++];
        }

        long varint() throws IOException {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = raw();
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw corrupt("a number is longer than 10 bytes");
        }

        long zigzag(Column column, int row) throws IOException {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        long fixed64(Column column, int row) throws IOException {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (raw() & 0xFF);
            }
            return value;
        }

        int count(String what, int min, int max) throws IOException {
            long value = varint();
            if (value < min || value > max) {
                throw corrupt(what + " " + value + " is outside " + min + ".." + max);
            }
            return (int) value;
        }

        String string(int maxBytes) throws IOException {
            int length = count("string length", 0, maxBytes);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) raw();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        RowTableFormatException corrupt(String reason) {
            return new RowTableFormatException(source + ": " + reason);
        }

        void expectEnd() throws IOException {
            if (position < limit || in.read() != -1) {
                throw corrupt("unexpected data after the end mark");
            }
        }

        private void fill() throws IOException {
            int read = in.read(buffer);
            if (read <= 0) {
                throw new EOFException();
            }
            position = 0;
            limit = read;
        }
    }
}
