package tandem.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;


import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;

/**
 * Whether a cell style formats numbers as dates or times, decided once per style of a workbook (a sheet of a million
 * dated cells uses a handful of styles).
 * <p>
 * Made either from POI's {@link StylesTable} or, by {@link #read}, from the styles part itself: only the cell
 * formats ({@code <cellXfs>}, each {@code <xf>}'s {@code numFmtId}) and the workbook's own number formats
 * ({@code <numFmts>}) matter here, and reading just those spares the import POI's XML object model of the whole
 * style sheet (XMLBeans and its type system: with the shared strings, 4 % of an import's CPU). Both give the same answers:
 * the format id as POI's {@link XSSFCellStyle#getDataFormat()} gives it (a 16-bit number), its pattern from the
 * workbook's formats or else Excel's built-in ones, judged by POI's {@link DateUtil#isADateFormat(int, String)}.
 */
final class DateStyles {


    private static final byte UNKNOWN = 0;
    private static final byte DATE = 1;
    private static final byte NOT_DATE = 2;

    private final StylesTable styles;
    /** Read from the styles part: each cell format's number format id, and the workbook's own formats. */
    private final short[] formatIds;
    private final Map<Short, String> formats;
    private final byte[] known;

    DateStyles(StylesTable styles) {
        this.styles = styles;
        this.formatIds = null;
        this.formats = null;
        this.known = new byte[styles == null ? 0 : Math.max(0, styles.getNumCellStyles())];
    }

    private DateStyles(short[] formatIds, Map<Short, String> formats) {
        this.styles = null;
        this.formatIds = formatIds;
        this.formats = formats;
        this.known = new byte[formatIds.length];
    }

    /**
     * Reads the cell formats of a workbook's styles part.
     *
     * @return the styles, or {@code null} when the part has something this reader does not read the way POI does
     *         (another namespace, repeated or unexpected elements, ids that are not plain numbers, malformed XML):
     *         the caller then uses POI's {@link StylesTable}, which reads it or says what is wrong with it
     */
    static DateStyles read(InputStream in) throws IOException {
        StylesReader reader = new StylesReader();
        if (!reader.parse(in)) {
            return null;
        }
        short[] ids = new short[reader.xfCount];
        System.arraycopy(reader.xfFormats, 0, ids, 0, reader.xfCount);
        return new DateStyles(ids, reader.numberFormats);
    }

    /** Whether the style with this index formats dates; {@code false} for an index the workbook does not have. */
    boolean isDate(int index) {
        if (index < 0 || index >= known.length) {
            return false;
        }
        byte state = known[index];
        if (state == UNKNOWN) {
            state = formatsDates(index) ? DATE : NOT_DATE;
            known[index] = state;
        }
        return state == DATE;
    }

    private boolean formatsDates(int index) {
        int format;
        String pattern;
        if (styles != null) {
            XSSFCellStyle style = styles.getStyleAt(index);
            if (style == null) {
                return false;
            }
            format = style.getDataFormat();
            pattern = style.getDataFormatString();
        } else {
            short id = formatIds[index];
            format = id;
            // as XSSFDataFormat.getFormat: the workbook's format, else the built-in one
            pattern = formats.get(id);
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(id);
            }
        }
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(format);
        }
        return pattern != null && DateUtil.isADateFormat(format, pattern);
    }

    /**
     * The SAX handler of {@link #read}: {@code <styleSheet>}'s first {@code <numFmts>} and {@code <cellXfs>}, as POI's
     * {@code StylesTable} takes them (a format id is a 32-bit unsigned number cut to 16 bits; a later format of the
     * same id replaces an earlier one).
     */
    private static final class StylesReader extends PartReader {
        private int depth;
        /** 1 inside {@code <numFmts>}, 2 inside {@code <cellXfs>}, 0 elsewhere. */
        private int section;
        private boolean numFmtsSeen;
        private boolean cellXfsSeen;
        final Map<Short, String> numberFormats = new HashMap<>();
        short[] xfFormats = new short[16];
        int xfCount;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (!understood) {
                return;
            }
            if (depth == 1) {
                rootSeen = true;
                understood = MAIN.equals(uri) && "styleSheet".equals(localName);
                return;
            }
            if (depth == 2) {
                if (!MAIN.equals(uri)) {
                    return; // other namespaces' elements of the style sheet: not numFmts or cellXfs to POI either
                }
                if ("numFmts".equals(localName)) {
                    understood = !numFmtsSeen;
                    numFmtsSeen = true;
                    section = 1;
                } else if ("cellXfs".equals(localName)) {
                    understood = !cellXfsSeen;
                    cellXfsSeen = true;
                    section = 2;
                }
                return;
            }
            if (depth == 3 && section != 0) {
                if (!MAIN.equals(uri)) {
                    understood = false; // e.g. markup compatibility wrappers: left to POI
                } else if (section == 1 && "numFmt".equals(localName)) {
                    long id = unsigned(attributes.getValue("numFmtId"));
                    if (id < 0) {
                        understood = false;
                    } else {
                        numberFormats.put((short) (int) id, attributes.getValue("formatCode"));
                    }
                } else if (section == 2 && "xf".equals(localName)) {
                    String value = attributes.getValue("numFmtId");
                    long id = value == null ? 0 : unsigned(value);
                    if (id < 0) {
                        understood = false;
                    } else {
                        if (xfCount == xfFormats.length) {
                            xfFormats = java.util.Arrays.copyOf(xfFormats, xfCount * 2);
                        }
                        xfFormats[xfCount++] = (short) (int) id;
                    }
                } else {
                    understood = false;
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth == 2) {
                section = 0;
            }
            depth--;
        }

        /** An xsd:unsignedInt (white space around it allowed), or -1 for anything else. */
        private static long unsigned(String value) {
            if (value == null) {
                return -1;
            }
            String digits = value.trim(); // attribute values have no control characters left: XML white space only
            if (digits.isEmpty() || digits.length() > 10) {
                return -1;
            }
            long n = 0;
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n <= 0xFFFFFFFFL ? n : -1;
        }
    }
}
