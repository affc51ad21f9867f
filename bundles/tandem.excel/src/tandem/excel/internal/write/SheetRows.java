package tandem.excel.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * Writes the rows of a sheet's data ({@code <row>} and {@code <c>} elements of SpreadsheetML) as UTF-8 bytes
 * straight into a stream, the workbook's zip entry: no cell objects, no temporary file, numbers written as digits
 * without {@code String.format}. Text is written as inline strings ({@code t="inlineStr"}), so no table of shared
 * strings is held in memory; numbers and dates as numbers with the style that formats them.
 */
final class SheetRows {

    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private int length;
    private final List<byte[]> columns = new ArrayList<>();
    private byte[] row = new byte[0];

    SheetRows(OutputStream out) {
        this.out = out;
    }

    /** Starts the row with the 1-based number. */
    void startRow(int number) throws IOException {
        row = Integer.toString(number).getBytes(StandardCharsets.ISO_8859_1);
        ascii("<row r=\"");
        bytes(row);
        ascii("\">");
    }

    void endRow() throws IOException {
        ascii("</row>");
    }

    /** A number cell; {@code style} 0 is the workbook's default style. */
    void number(int column, double value, int style) throws IOException {
        start(column, style);
        ascii("><v>"); // no t="n": a number is the default type, and 7 MB less XML to deflate in 300,000 rows
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            digits((long) value);
        } else {
            ascii(Double.toString(value));
        }
        ascii("</v></c>");
    }

    void bool(int column, boolean value, int style) throws IOException {
        start(column, style);
        ascii(value ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
    }

    /** A text cell, written inline; characters XML cannot hold are written as {@code ?}, as POI's writer does. */
    void text(int column, String text, int style) throws IOException {
        start(column, style);
        ascii(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        escaped(text);
        ascii("</t></is></c>");
    }

    /** Writes what is buffered (the caller closes the stream). */
    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    private void start(int column, int style) throws IOException {
        ascii("<c r=\"");
        bytes(column(column));
        bytes(row);
        ascii("\"");
        if (style != 0) {
            ascii(" s=\"");
            digits(style);
            ascii("\"");
        }
    }

    private byte[] column(int index) {
        while (columns.size() <= index) {
            columns.add(CellReference.convertNumToColString(columns.size()).getBytes(StandardCharsets.ISO_8859_1));
        }
        return columns.get(index);
    }

    private void escaped(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '<' -> ascii("&lt;");
            case '>' -> ascii("&gt;");
            case '&' -> ascii("&amp;");
            case '"' -> ascii("&quot;");
            case '\n' -> ascii("&#xa;");
            case '\r' -> ascii("&#xd;");
            case '\t' -> ascii("&#x9;");
            default -> {
                if (c < 0x80) {
                    room(1);
                    buffer[length++] = (byte) (c < ' ' ? '?' : c);
                } else if (c >= 0xFFFE) {
                    room(1);
                    buffer[length++] = '?';
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    utf8(Character.toCodePoint(c, text.charAt(++i)));
                } else if (Character.isSurrogate(c)) {
                    room(1);
                    buffer[length++] = '?'; // half a pair: not a character
                } else {
                    utf8(c);
                }
            }
            }
        }
    }

    private void utf8(int codePoint) throws IOException {
        room(4);
        if (codePoint < 0x800) {
            buffer[length++] = (byte) (0xC0 | codePoint >> 6);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            buffer[length++] = (byte) (0xE0 | codePoint >> 12);
            buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            buffer[length++] = (byte) (0xF0 | codePoint >> 18);
            buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        }
    }

    private void digits(long value) throws IOException {
        room(20);
        if (value < 0) {
            buffer[length++] = '-';
            value = -value;
        }
        int count = 1;
        for (long v = value; v >= 10; v /= 10) {
            count++;
        }
        int end = length + count;
        for (int i = end - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length = end;
    }

    private void ascii(String text) throws IOException {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void bytes(byte[] bytes) throws IOException {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void room(int needed) throws IOException {
        if (length + needed > buffer.length) {
            flush();
        }
    }
}
