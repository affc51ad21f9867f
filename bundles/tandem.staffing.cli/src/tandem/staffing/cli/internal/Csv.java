package tandem.staffing.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tandem.cli.UsageException;

/**
 * Minimal RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas, line breaks and doubled
 * quotes; lines end in LF, CRLF or CR. Records are read one at a time, so files of any size stream.
 */
final class Csv {

    private Csv() {
    }

    /** The charset an {@code --encoding} option names; UTF-8 when none is given. */
    static Charset encoding(String name) throws UsageException {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--encoding: unknown character encoding '" + name + "' (for example UTF-8, "
                    + "ISO-8859-1, windows-1252)");
        }
    }

    /** A decoder that stops at the first byte sequence that is not text in the charset, instead of guessing. */
    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The message for a file that is not text in the charset, naming the line of the first bad byte sequence, as
     * {@code file:line: reason}.
     */
    static String undecodable(Path file, String name, Charset charset) {
        long line = 1;
        String what = "";
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (ReadableByteChannel in = Files.newByteChannel(file)) {
            while (true) {
                int read = in.read(bytes);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, read < 0);
                // Count the lines of the bytes decoded so far.
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    what = String.format(" (byte 0x%02X)", bytes.get(bytes.position()) & 0xFF);
                    break;
                }
                if (read < 0) {
                    break;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return name + ": cannot be read: " + e.getMessage();
        }
        return name + ":" + line + ": not " + charset.name() + " text" + what + "; save the file as "
                + charset.name() + " or name its encoding, e.g. --encoding ISO-8859-1";
    }

    /** A record that is not valid CSV; the message says what is wrong, the line where. */
    static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        FormatException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Reads records from a reader (it buffers itself). */
    static final class RecordReader {
        private static final int END = -1;
        /** The longest record read, so that one huge line cannot exhaust the memory. */
        static final int MAX_RECORD_CHARS = 1 << 20;

        private final Reader in;
        private final char[] buffer = new char[64 * 1024];
        private int position;
        private int limit;
        private int line = 1;
        private int recordLine;
        private int pushedBack = -2;
        private boolean first = true;

        RecordReader(Reader in) {
            this.in = in;
        }

        /** The line the last record started on (1-based). */
        int recordLine() {
            return recordLine;
        }

        /** The next record's fields, or null at the end of the input. Empty lines are skipped. */
        List<String> next() throws IOException, FormatException {
            while (true) {
                int c = read();
                if (c == END) {
                    return null;
                }
                if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    continue;
                }
                unread(c);
                return record();
            }
        }

        private List<String> record() throws IOException, FormatException {
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            long length = 0;
            while (true) {
                if (++length > MAX_RECORD_CHARS) {
                    throw new FormatException(recordLine, "the record is longer than " + MAX_RECORD_CHARS
                            + " characters; a forecast row is a few dozen (is this a CSV forecast?)");
                }
                int c = read();
                if (c == '"' && field.length() == 0) {
                    quoted(field);
                    c = read();
                    if (c != ',' && c != '\n' && c != '\r' && c != END) {
                        throw new FormatException(line, "unexpected '" + (char) c
                                + "' after a closing quote (write a quote inside a quoted field as \"\")");
                    }
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r' || c == END) {
                    fields.add(field.toString());
                    if (c != END) {
                        endOfLine(c);
                    }
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
        }

        private void quoted(StringBuilder field) throws IOException, FormatException {
            int opened = line;
            while (true) {
                if (field.length() > MAX_RECORD_CHARS) {
                    throw new FormatException(opened, "a quoted field is longer than " + MAX_RECORD_CHARS
                            + " characters; is a closing quote missing?");
                }
                int c = read();
                if (c == END) {
                    throw new FormatException(opened, "a quoted field is never closed");
                }
                if (c == '"') {
                    int after = read();
                    if (after != '"') {
                        unread(after);
                        return;
                    }
                } else if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    field.append('\n');
                    continue;
                }
                field.append((char) c);
            }
        }

        /** Counts a line break; a CR followed by LF is one break. */
        private void endOfLine(int c) throws IOException {
            line++;
            if (c == '\r') {
                int next = read();
                if (next != '\n') {
                    unread(next);
                }
            }
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return END;
                }
            }
            char c = buffer[position++];
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    return read(); // a byte-order mark is not part of the first field
                }
            }
            return c;
        }

        private void unread(int c) {
            pushedBack = c;
        }
    }

    /** Writes one record, quoting the fields that need it, and ends the line with LF. */
    static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(out, fields.get(i));
        }
        out.write('\n');
    }

    static void writeField(Writer out, String field) throws IOException {
        out.append(appendField(new StringBuilder(field.length() + 2), field));
    }

    /** Appends the field to the text, in double quotes if it holds a comma, a quote or a line break. */
    static StringBuilder appendField(StringBuilder text, String field) {
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return text.append(field);
        }
        text.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            text.append(c);
            if (c == '"') {
                text.append('"');
            }
        }
        return text.append('"');
    }
}
