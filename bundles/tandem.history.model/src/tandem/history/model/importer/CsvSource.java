package tandem.history.model.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV interval export: comma, semicolon or tab separated (judged from the header line), optionally quoted with
 * {@code "}, UTF-8 with or without a byte-order mark.
 */
public final class CsvSource implements HistorySource {

    private static final int MAX_LINE = 1 << 16;

    private final String name;
    private final BufferedReader reader;
    private char separator;
    private int line;

    private CsvSource(String name, BufferedReader reader) {
        this.name = name;
        this.reader = reader;
    }

    /** Opens a CSV file; the source is named by the file name. */
    public static CsvSource open(Path file) throws IOException {
        Reader decoder = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new CsvSource(file.getFileName().toString(), new BufferedReader(decoder, 1 << 16));
    }

    /** A CSV source over text (for tests and pasted data). */
    public static CsvSource of(String name, Reader text) {
        return new CsvSource(name, new BufferedReader(text));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rowNumber() {
        return line;
    }

    @Override
    public String[] next() throws IOException {
        String text;
        try {
            text = reader.readLine();
        } catch (CharacterCodingException e) {
            throw new IOException(name + ", line " + (line + 1) + ": not UTF-8 text");
        }
        line++;
        if (text == null) {
            return null;
        }
        if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.length() > MAX_LINE) {
            throw new IOException(name + ", line " + line + ": longer than " + MAX_LINE + " characters");
        }
        if (separator == 0) {
            separator = text.indexOf(',') >= 0 ? ',' : text.indexOf(';') >= 0 ? ';' : text.indexOf('\t') >= 0 ? '\t'
                    : ',';
        }
        return split(text);
    }

    private String[] split(String text) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IOException(name + ", line " + line + ": a quoted cell is not closed");
        }
        cells.add(cell.toString().trim());
        return cells.toArray(String[]::new);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
