package tandem.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Reads the rows of a sheet's XML straight from its bytes: a scanner of the few elements a sheet's data is made of
 * ({@code <row>}, {@code <c>}, {@code <v>}, {@code <f>}, {@code <is>} with its {@code <t>}), several times faster
 * than the JDK's SAX parser under POI's {@code XSSFSheetXMLHandler}, which spend most of an import's time comparing
 * element names and copying characters.
 * <p>
 * It reads what {@link SheetParser} reads, and builds each cell through the same code
 * ({@link SheetParser#cell}): shared and inline strings, numbers (dates by their cell style), booleans, errors,
 * formulas' cached values, cells and rows without an {@code r} attribute, entities, character references, CDATA
 * sections, comments and line breaks as XML normalizes them. Anything it does not know for certain to read the same
 * way (another encoding than UTF-8, a DOCTYPE, prefixed or unexpected elements in the sheet's data, a cell of an
 * unknown type, malformed markup) makes it give up with {@link NotUnderstood}: the caller then reads the sheet with
 * {@link SheetParser}, skipping the rows already delivered, so that whatever the scanner cannot read is read (or
 * refused, with the same message) as before.
 * <p>
 * Checks the XML parser makes that the scanner does not: whether bytes outside the values it reads (such as
 * attributes it ignores) are valid UTF-8, and the names of elements outside the sheet's data beyond their nesting.
 */
final class SheetScanner {

    /** Why the scanner gives up on a sheet; carries no stack trace. */
    static final class NotUnderstood extends Exception {
        private static final long serialVersionUID = 1L;

        NotUnderstood(String reason) {
            super(reason, null, false, false);
        }
    }

    /** An exception of the sink, carried out of the scanner unchanged (the scanner does not give up on it). */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final byte[] WORKSHEET = ascii("worksheet");
    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] T = ascii("t");
    private static final byte[] R = ascii("r");
    private static final byte[] S = ascii("s");
    private static final byte[] XMLNS = ascii("xmlns");
    private static final byte[] ENCODING = ascii("encoding");
    private static final byte[] VERSION = ascii("version");
    /** Element names that mean something to POI's handler or {@link SheetParser} wherever they are. */
    private static final byte[][] MEANINGFUL = {ascii("row"), ascii("c"), ascii("v"), ascii("f"), ascii("is"),
        ascii("t"), ascii("inlineStr"), ascii("sheetData")};

    private final SharedTexts strings;
    private final DateStyles dates;
    private final boolean date1904;
    private final RowSink sink;

    private InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;

    /** The tag just read, from after its {@code <} to before its {@code >}. */
    private byte[] tag = new byte[256];
    private int tagLength;
    private int nameEnd;
    private boolean prefixed;
    private boolean declaresDefaultNamespace;
    private boolean endTag;
    private boolean emptyTag;
    private final int[] attributes = new int[4 * 16];
    private int attributeCount;

    /** Character data just read, as UTF-8. */
    private byte[] text = new byte[256];
    private int textLength;
    private boolean textAscii;
    private boolean pendingCr;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private final List<Cell> cells = new ArrayList<>();
    private int delivered;
    private int nextRow = 1;
    private int nextColumn;

    SheetScanner(SharedTexts strings, DateStyles dates, boolean date1904, RowSink sink) {
        this.strings = strings;
        this.dates = dates;
        this.date1904 = date1904;
        this.sink = sink;
    }

    /** The number of rows given to the sink so far (to skip when the sheet is read again another way). */
    int delivered() {
        return delivered;
    }

    /**
     * Reads the sheet into the sink.
     *
     * @throws NotUnderstood          when the sheet has something the scanner does not read (rows delivered before
     *                                it are right)
     * @throws SheetParser.StopReading when the sink wants no more rows
     * @throws SinkFailure            when the sink fails
     */
    void scan(InputStream stream) throws IOException, NotUnderstood {
        this.in = stream;
        prolog();
        // the root element
        if (!readTagAfterContent(false) || endTag || prefixed() || !nameIs(WORKSHEET)) {
            throw new NotUnderstood("the sheet's root is not <worksheet>");
        }
        requireOnlySpace();
        if (!MAIN.equals(attributeText(XMLNS))) {
            throw new NotUnderstood("the sheet is not in SpreadsheetML's main namespace");
        }
        if (emptyTag) {
            epilog();
            return;
        }
        List<byte[]> open = new ArrayList<>();
        boolean dataRead = false;
        while (true) {
            if (!readTagAfterContent(false)) {
                throw new NotUnderstood("the sheet ends inside an element");
            }
            requireNoDefaultNamespace();
            if (endTag) {
                if (open.isEmpty()) {
                    if (!nameIs(WORKSHEET)) {
                        throw new NotUnderstood("mismatched end tag");
                    }
                    epilog();
                    return;
                }
                byte[] expected = open.remove(open.size() - 1);
                if (!nameIs(expected)) {
                    throw new NotUnderstood("mismatched end tag");
                }
                continue;
            }
            if (open.isEmpty() && !prefixed() && nameIs(SHEET_DATA) && !dataRead) {
                dataRead = true;
                if (!emptyTag) {
                    sheetData();
                }
                continue;
            }
            if (meaningful()) {
                throw new NotUnderstood("a sheet data element outside the sheet's data");
            }
            if (!emptyTag) {
                open.add(Arrays.copyOf(tag, nameEnd));
            }
        }
    }

    /** The XML declaration (UTF-8 and XML 1.0 only), comments and processing instructions before the root. */
    private void prolog() throws IOException, NotUnderstood {
        fill(4);
        if (limit - pos >= 3 && (buffer[pos] & 0xFF) == 0xEF && (buffer[pos + 1] & 0xFF) == 0xBB
                && (buffer[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
        if (limit - pos >= 2 && (buffer[pos] == 0 || buffer[pos + 1] == 0 || (buffer[pos] & 0xFF) >= 0xFE)) {
            throw new NotUnderstood("not UTF-8");
        }
        if (limit - pos >= 5 && buffer[pos] == '<' && buffer[pos + 1] == '?' && buffer[pos + 2] == 'x'
                && buffer[pos + 3] == 'm' && buffer[pos + 4] == 'l') {
            pos += 2;
            readUntil('?', '>');
            // tag holds "xml version=... encoding=... ?"
            tagLength--;
            nameEnd = 3;
            parseAttributes(3);
            String encoding = attributeText(ENCODING);
            if (encoding != null && !encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
                throw new NotUnderstood("encoding " + encoding);
            }
            if (!"1.0".equals(attributeText(VERSION))) {
                throw new NotUnderstood("not XML 1.0");
            }
        }
    }

    /** What may follow the root element: white space, comments and processing instructions. */
    private void epilog() throws IOException, NotUnderstood {
        if (readTagAfterContent(false)) {
            throw new NotUnderstood("content after the root element");
        }
        requireOnlySpace();
    }

    /** Character data skipped (not kept) was white space only. */
    private void requireOnlySpace() throws NotUnderstood {
        if (textLength > 0) {
            throw new NotUnderstood("text outside the root element");
        }
    }

    private void sheetData() throws IOException, NotUnderstood {
        while (true) {
            if (!readTagAfterContent(false)) {
                throw new NotUnderstood("the sheet ends inside its data");
            }
            requireUnprefixed();
            if (endTag) {
                if (!nameIs(SHEET_DATA)) {
                    throw new NotUnderstood("mismatched end tag");
                }
                return;
            }
            if (!nameIs(ROW)) {
                throw new NotUnderstood("an element other than a row in the sheet's data");
            }
            int number = nextRow;
            int r = attribute(R);
            if (r >= 0) {
                number = number(r);
                if (number < 1) {
                    throw new NotUnderstood("row number");
                }
            }
            nextColumn = 0;
            cells.clear();
            if (!emptyTag) {
                row();
            }
            deliver(number);
            nextRow = number + 1;
        }
    }

    private void deliver(int number) {
        Row row = new Row(number, List.copyOf(cells));
        cells.clear();
        boolean more;
        try {
            more = sink.row(row);
        } catch (SheetParser.StopReading e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
        delivered++;
        if (!more) {
            throw new SheetParser.StopReading();
        }
    }

    private void row() throws IOException, NotUnderstood {
        while (true) {
            if (!readTagAfterContent(false)) {
                throw new NotUnderstood("the sheet ends inside a row");
            }
            requireUnprefixed();
            if (endTag) {
                if (!nameIs(ROW)) {
                    throw new NotUnderstood("mismatched end tag");
                }
                return;
            }
            if (!nameIs(C)) {
                throw new NotUnderstood("an element other than a cell in a row");
            }
            cell();
        }
    }

    private void cell() throws IOException, NotUnderstood {
        String ref = null;
        int r = attribute(R);
        if (r >= 0) {
            ref = asciiValue(r);
        }
        String type = type(attribute(T));
        int style = 0;
        int s = attribute(S);
        if (s >= 0) {
            style = number(s);
        }
        boolean formula = false;
        String formulaText = "";
        String value = null;
        String inline = null;
        if (!emptyTag) {
            while (true) {
                if (!readTagAfterContent(false)) {
                    throw new NotUnderstood("the sheet ends inside a cell");
                }
                requireUnprefixed();
                if (endTag) {
                    if (!nameIs(C)) {
                        throw new NotUnderstood("mismatched end tag");
                    }
                    break;
                }
                if (nameIs(F) && !formula && value == null && inline == null) {
                    formula = true;
                    formulaText = emptyTag ? "" : textOf(F);
                } else if (nameIs(V) && value == null && inline == null) {
                    value = emptyTag ? "" : textOf(V);
                } else if (nameIs(IS) && value == null && inline == null && "inlineStr".equals(type)) {
                    inline = emptyTag ? "" : inlineString();
                } else {
                    throw new NotUnderstood("an unexpected element in a cell");
                }
            }
        }
        if (value == null && inline == null && !formula) {
            return; // a cell with a style and no value: POI's handler reports none
        }
        if ("inlineStr".equals(type) && value != null) {
            throw new NotUnderstood("an inline string cell with a value element");
        }
        if ("b".equals(type) && (value == null || value.isEmpty())) {
            throw new NotUnderstood("a boolean without a value");
        }
        String formatted = null;
        if (inline != null) {
            formatted = inline.contains("_x") ? new XSSFRichTextString(inline).toString() : inline;
        } else if ("s".equals(type) && value != null) {
            formatted = shared(value);
        }
        int column = ref == null ? nextColumn : SheetParser.columnOf(ref);
        nextColumn = column + 1;
        cells.add(SheetParser.cell(column, ref, type, value == null ? "" : value, formatted, formula,
                value != null, formulaText, dates, style, date1904));
    }

    private String shared(String value) throws NotUnderstood {
        String index = value.trim();
        if (index.isEmpty()) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return null; // as POI's handler: an unreadable index is an empty cell
        }
        try {
            return strings.at(i);
        } catch (RuntimeException e) {
            throw new NotUnderstood("shared string " + i);
        }
    }

    /** The {@code t} attribute as one of the types the import knows; another type is not understood. */
    private String type(int value) throws NotUnderstood {
        if (value < 0) {
            return null;
        }
        int length = attributes[value + 1];
        int start = attributes[value];
        if (length == 1) {
            switch (tag[start]) {
            case 'n': return "n";
            case 's': return "s";
            case 'b': return "b";
            case 'e': return "e";
            case 'd': return "d";
            default: break;
            }
        } else if (length == 3 && tag[start] == 's' && tag[start + 1] == 't' && tag[start + 2] == 'r') {
            return "str";
        } else if (length == 9 && "inlineStr".equals(asciiValue(value))) {
            return "inlineStr";
        }
        throw new NotUnderstood("cell type");
    }

    /** The text content of a simple element ({@code <v>}, {@code <f>}, {@code <t>}) up to its end tag. */
    private String textOf(byte[] name) throws IOException, NotUnderstood {
        if (!readTagAfterContent(true) || !endTag || prefixed() || !nameIs(name)) {
            throw new NotUnderstood("an element inside a value");
        }
        return textString();
    }

    /** The text of an inline string: its {@code <t>} elements, also those of rich text runs, joined. */
    private String inlineString() throws IOException, NotUnderstood {
        StringBuilder joined = null;
        String single = null;
        int depth = 0;
        List<byte[]> open = new ArrayList<>();
        while (true) {
            if (!readTagAfterContent(false)) {
                throw new NotUnderstood("the sheet ends inside a string");
            }
            requireUnprefixed();
            if (endTag) {
                if (depth == 0) {
                    if (!nameIs(IS)) {
                        throw new NotUnderstood("mismatched end tag");
                    }
                    return joined != null ? joined.toString() : single == null ? "" : single;
                }
                depth--;
                if (!nameIs(open.remove(open.size() - 1))) {
                    throw new NotUnderstood("mismatched end tag");
                }
                continue;
            }
            if (nameIs(T)) {
                String part = emptyTag ? "" : textOf(T);
                if (single == null && joined == null) {
                    single = part;
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(single);
                    }
                    joined.append(part);
                }
                continue;
            }
            if (meaningful()) {
                throw new NotUnderstood("an unexpected element in a string");
            }
            if (!emptyTag) {
                depth++;
                open.add(Arrays.copyOf(tag, nameEnd));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Markup

    /**
     * Reads character data into {@link #text} (kept only if {@code keep}, checked in any case) up to the next tag,
     * which it reads into {@link #tag}; comments and processing instructions are skipped, CDATA sections are text.
     *
     * @return whether a tag was read ({@code false} at the end of the stream)
     */
    private boolean readTagAfterContent(boolean keep) throws IOException, NotUnderstood {
        textLength = 0;
        textAscii = true;
        pendingCr = false;
        while (true) {
            if (pos >= limit && !fill(1)) {
                return false;
            }
            if (keep) {
                plainText();
                if (pos >= limit) {
                    continue;
                }
            }
            int b = buffer[pos++] & 0xFF;
            if (b == '<') {
                if (pos >= limit && !fill(1)) {
                    throw new NotUnderstood("the sheet ends inside a tag");
                }
                byte next = buffer[pos];
                if (next == '!') {
                    pos++;
                    special(keep);
                } else if (next == '?') {
                    pos++;
                    readUntil('?', '>');
                    pendingCr = false;
                } else {
                    readTag();
                    return true;
                }
            } else if (b == '&') {
                reference(keep);
            } else {
                character(b, keep);
            }
        }
    }

    /** Copies a run of printable ASCII characters other than markup at once (what most values are). */
    private void plainText() {
        int start = pos;
        int i = pos;
        int end = limit;
        byte[] bytes = buffer;
        while (i < end) {
            byte b = bytes[i];
            if (b < 0x20 || b == '<' || b == '&' || b == '>') { // also bytes from 0x80, negative as bytes
                break;
            }
            i++;
        }
        int count = i - start;
        if (count == 0) {
            return;
        }
        if (textLength + count > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + count));
        }
        System.arraycopy(bytes, start, text, textLength, count);
        textLength += count;
        pos = i;
        pendingCr = false;
    }

    private void character(int b, boolean keep) throws NotUnderstood {
        if (b < 0x20) {
            if (b == '\r') {
                pendingCr = true;
                append('\n', keep);
                return;
            }
            if (b == '\n') {
                if (pendingCr) {
                    pendingCr = false;
                    return; // \r\n is one line break
                }
            } else if (b != '\t') {
                throw new NotUnderstood("a control character");
            }
        } else if (b >= 0x80) {
            textAscii = false;
        } else if (b == '>' && textLength >= 2 && keep && text[textLength - 1] == ']' && text[textLength - 2] == ']') {
            throw new NotUnderstood("]]> in text");
        }
        pendingCr = false;
        append(b, keep);
    }

    private void append(int b, boolean keep) {
        if (!keep) {
            if (b > ' ') {
                textLength = 1; // something that is not white space
            }
            return;
        }
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = (byte) b;
    }

    /** {@code <!--...-->} or {@code <![CDATA[...]]>}; a DOCTYPE is not understood. */
    private void special(boolean keep) throws IOException, NotUnderstood {
        fill(7);
        if (limit - pos >= 2 && buffer[pos] == '-' && buffer[pos + 1] == '-') {
            pos += 2;
            int dashes = 0;
            while (true) {
                int b = next();
                if (b == '>' && dashes >= 2) {
                    pendingCr = false;
                    return;
                }
                if (dashes >= 2) {
                    throw new NotUnderstood("-- in a comment");
                }
                dashes = b == '-' ? dashes + 1 : 0;
            }
        }
        if (limit - pos >= 7 && buffer[pos] == '[' && buffer[pos + 1] == 'C' && buffer[pos + 2] == 'D'
                && buffer[pos + 3] == 'A' && buffer[pos + 4] == 'T' && buffer[pos + 5] == 'A'
                && buffer[pos + 6] == '[') {
            pos += 7;
            int brackets = 0;
            while (true) {
                int b = next();
                if (b == '>' && brackets >= 2) {
                    if (keep) {
                        textLength -= 2; // the "]]" just appended
                    }
                    return;
                }
                brackets = b == ']' ? brackets + 1 : 0;
                if (b == '>') {
                    pendingCr = false;
                    append(b, keep);
                } else {
                    character(b, keep);
                }
            }
        }
        throw new NotUnderstood("a DOCTYPE or another declaration");
    }

    /** An entity or character reference, appended as UTF-8. */
    private void reference(boolean keep) throws IOException, NotUnderstood {
        pendingCr = false;
        StringBuilder name = new StringBuilder(8);
        while (true) {
            int b = next();
            if (b == ';') {
                break;
            }
            if (name.length() > 10) {
                throw new NotUnderstood("a reference");
            }
            name.append((char) b);
        }
        int code;
        String n = name.toString();
        switch (n) {
        case "lt" -> code = '<';
        case "gt" -> code = '>';
        case "amp" -> code = '&';
        case "quot" -> code = '"';
        case "apos" -> code = '\'';
        default -> code = characterReference(n);
        }
        if (code < 0x80) {
            append(code, keep);
            return;
        }
        textAscii = false;
        byte[] bytes = new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            append(b & 0xFF, keep);
        }
    }

    private static int characterReference(String name) throws NotUnderstood {
        int code;
        try {
            if (name.startsWith("#x")) {
                code = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                code = Integer.parseInt(name.substring(1));
            } else {
                throw new NotUnderstood("the entity &" + name + ";");
            }
        } catch (NumberFormatException e) {
            throw new NotUnderstood("a character reference");
        }
        boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
                || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
        if (!allowed || name.length() > 1 && (name.charAt(1) == '+' || name.charAt(1) == '-')
                || name.length() > 2 && name.startsWith("#x") && (name.charAt(2) == '+' || name.charAt(2) == '-')) {
            throw new NotUnderstood("a character reference");
        }
        return code;
    }

    /** The character data read, as a string. */
    private String textString() throws NotUnderstood {
        if (textAscii) {
            return new String(text, 0, textLength, StandardCharsets.ISO_8859_1);
        }
        String decoded;
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(text, 0, textLength));
            decoded = chars.toString();
        } catch (CharacterCodingException e) {
            throw new NotUnderstood("not UTF-8");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == 0xFFFE || c == 0xFFFF) {
                throw new NotUnderstood("a character XML does not allow");
            }
        }
        return decoded;
    }

    /** Reads a start or end tag after its {@code <} into {@link #tag} and parses its name and attributes. */
    private void readTag() throws IOException, NotUnderstood {
        readUntil('\0', '>');
        endTag = tagLength > 0 && tag[0] == '/';
        emptyTag = !endTag && tagLength > 0 && tag[tagLength - 1] == '/';
        int start = endTag ? 1 : 0;
        int end = emptyTag ? tagLength - 1 : tagLength;
        int i = start;
        prefixed = false;
        declaresDefaultNamespace = false;
        while (i < end && !isSpace(tag[i])) {
            if (tag[i] == ':') {
                prefixed = true;
            }
            i++;
        }
        if (i == start || !isNameStart(tag[start])) {
            throw new NotUnderstood("a tag without a name");
        }
        if (endTag) {
            // the name first, for nameIs
            System.arraycopy(tag, 1, tag, 0, tagLength - 1);
            tagLength--;
            nameEnd = i - 1;
            for (int j = nameEnd; j < tagLength; j++) {
                if (!isSpace(tag[j])) {
                    throw new NotUnderstood("an end tag with attributes");
                }
            }
            attributeCount = 0;
            return;
        }
        nameEnd = i;
        if (emptyTag) {
            tagLength--;
        }
        parseAttributes(nameEnd);
    }

    /**
     * Copies bytes up to the closing {@code >} into {@link #tag} (quoted values may hold {@code >}); with a
     * {@code before} byte, the {@code >} must follow it (processing instructions end with {@code ?>}).
     */
    private void readUntil(char before, char close) throws IOException, NotUnderstood {
        tagLength = 0;
        if (before == '\0') {
            readTag(close);
            return;
        }
        while (true) {
            if (pos >= limit && !fill(1)) {
                throw new NotUnderstood("the sheet ends inside a tag");
            }
            byte b = buffer[pos++];
            if (b == close && tagLength > 0 && tag[tagLength - 1] == before) {
                return;
            }
            if (tagLength == tag.length) {
                tag = Arrays.copyOf(tag, tag.length * 2);
            }
            tag[tagLength++] = b;
        }
    }

    /** Copies a tag up to its unquoted {@code close} into {@link #tag}, a buffer's worth at a time. */
    private void readTag(char close) throws IOException, NotUnderstood {
        byte quote = 0;
        while (true) {
            if (pos >= limit && !fill(1)) {
                throw new NotUnderstood("the sheet ends inside a tag");
            }
            int start = pos;
            int i = pos;
            int end = limit;
            byte[] bytes = buffer;
            boolean closed = false;
            for (; i < end; i++) {
                byte b = bytes[i];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    } else if (b == '<') {
                        throw new NotUnderstood("< in an attribute");
                    }
                } else if (b == close) {
                    closed = true;
                    break;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '<') {
                    throw new NotUnderstood("< in a tag");
                }
            }
            int count = i - start;
            if (tagLength + count > tag.length) {
                tag = Arrays.copyOf(tag, Math.max(tag.length * 2, tagLength + count));
            }
            System.arraycopy(bytes, start, tag, tagLength, count);
            tagLength += count;
            if (closed) {
                pos = i + 1;
                return;
            }
            pos = i;
        }
    }

    /** Parses {@code name="value"} pairs from {@code from} to the end of {@link #tag}. */
    private void parseAttributes(int from) throws NotUnderstood {
        attributeCount = 0;
        int i = from;
        while (true) {
            int spaces = i;
            while (i < tagLength && isSpace(tag[i])) {
                i++;
            }
            if (i >= tagLength) {
                return;
            }
            if (i == spaces) {
                throw new NotUnderstood("attributes without space between them");
            }
            int nameStart = i;
            while (i < tagLength && tag[i] != '=' && !isSpace(tag[i])) {
                i++;
            }
            int nameStop = i;
            while (i < tagLength && isSpace(tag[i])) {
                i++;
            }
            if (i >= tagLength || tag[i] != '=' || nameStop == nameStart || !isNameStart(tag[nameStart])) {
                throw new NotUnderstood("an attribute");
            }
            i++;
            while (i < tagLength && isSpace(tag[i])) {
                i++;
            }
            if (i >= tagLength || tag[i] != '"' && tag[i] != '\'') {
                throw new NotUnderstood("an attribute without quotes");
            }
            byte quote = tag[i++];
            int valueStart = i;
            while (i < tagLength && tag[i] != quote) {
                byte b = tag[i];
                if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw new NotUnderstood("a control character in an attribute");
                }
                if (b == '&') {
                    checkReference(i);
                }
                i++;
            }
            if (i >= tagLength) {
                throw new NotUnderstood("an attribute without its closing quote");
            }
            int index = attributeCount * 4;
            if (index + 4 > attributes.length) {
                throw new NotUnderstood("too many attributes");
            }
            attributes[index] = nameStart;
            attributes[index + 1] = nameStop - nameStart;
            if (nameStop - nameStart == XMLNS.length && equals(tag, nameStart, XMLNS)) {
                declaresDefaultNamespace = true;
            }
            attributes[index + 2] = valueStart;
            attributes[index + 3] = i - valueStart;
            attributeCount++;
            i++;
        }
    }

    private void checkReference(int at) throws NotUnderstood {
        int i = at + 1;
        StringBuilder name = new StringBuilder();
        while (i < tagLength && tag[i] != ';' && name.length() <= 10) {
            name.append((char) tag[i++]);
        }
        if (i >= tagLength || tag[i] != ';') {
            throw new NotUnderstood("a reference in an attribute");
        }
        String n = name.toString();
        if (!n.equals("lt") && !n.equals("gt") && !n.equals("amp") && !n.equals("quot") && !n.equals("apos")) {
            characterReference(n);
        }
    }

    /**
     * The position of the value of the attribute (index into {@link #attributes} of its value's start and length),
     * or -1. A value that XML would change (references, white space) is not understood.
     */
    private int attribute(byte[] name) throws NotUnderstood {
        for (int a = 0; a < attributeCount; a++) {
            int index = a * 4;
            if (attributes[index + 1] == name.length && equals(tag, attributes[index], name)) {
                int start = attributes[index + 2];
                int length = attributes[index + 3];
                for (int i = start; i < start + length; i++) {
                    byte b = tag[i];
                    if (b <= ' ' || b == '&') {
                        throw new NotUnderstood("an attribute value XML would change");
                    }
                }
                return index + 2;
            }
        }
        return -1;
    }

    private String attributeText(byte[] name) throws NotUnderstood {
        int value = attribute(name);
        return value < 0 ? null : new String(tag, attributes[value], attributes[value + 1], StandardCharsets.UTF_8);
    }

    private String asciiValue(int value) throws NotUnderstood {
        int start = attributes[value];
        int length = attributes[value + 1];
        for (int i = start; i < start + length; i++) {
            if (tag[i] < 0) {
                throw new NotUnderstood("a non-ASCII attribute");
            }
        }
        return new String(tag, start, length, StandardCharsets.ISO_8859_1);
    }

    /** A whole number of up to 9 digits. */
    private int number(int value) throws NotUnderstood {
        int start = attributes[value];
        int length = attributes[value + 1];
        if (length == 0 || length > 9) {
            throw new NotUnderstood("a number attribute");
        }
        int n = 0;
        for (int i = start; i < start + length; i++) {
            int d = tag[i] - '0';
            if (d < 0 || d > 9) {
                throw new NotUnderstood("a number attribute");
            }
            n = n * 10 + d;
        }
        return n;
    }

    private void requireNoDefaultNamespace() throws NotUnderstood {
        if (declaresDefaultNamespace) {
            throw new NotUnderstood("a default namespace declared inside the sheet");
        }
    }

    private void requireUnprefixed() throws NotUnderstood {
        if (prefixed()) {
            throw new NotUnderstood("a prefixed element in the sheet's data");
        }
        requireNoDefaultNamespace();
    }

    private boolean prefixed() {
        return prefixed;
    }

    /** Whether the tag's element, prefixed or not, has a name POI's handler or the parser act on. */
    private boolean meaningful() {
        int start = 0;
        for (int i = 0; i < nameEnd; i++) {
            if (tag[i] == ':') {
                start = i + 1;
            }
        }
        for (byte[] name : MEANINGFUL) {
            if (nameEnd - start == name.length && equals(tag, start, name)) {
                return true;
            }
        }
        return false;
    }

    private boolean nameIs(byte[] name) {
        return nameEnd == name.length && equals(tag, 0, name);
    }

    private static boolean equals(byte[] bytes, int start, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (bytes[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private static boolean isNameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':' || b < 0;
    }

    private int next() throws IOException, NotUnderstood {
        if (pos >= limit && !fill(1)) {
            throw new NotUnderstood("the sheet ends unexpectedly");
        }
        return buffer[pos++] & 0xFF;
    }

    /** Makes at least {@code wanted} bytes available if the stream has them; {@code false} if none is left. */
    private boolean fill(int wanted) throws IOException {
        if (limit - pos >= wanted) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < wanted) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                break;
            }
            limit += read;
        }
        return limit > pos;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
