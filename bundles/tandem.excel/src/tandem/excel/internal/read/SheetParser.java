package tandem.excel.internal.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Streams the rows of one sheet (SAX, so memory stays bounded whatever the sheet's size).
 * <p>
 * POI's {@link XSSFSheetXMLHandler} resolves shared and inline strings; this subclass also keeps what the import
 * needs and the handler reduces to formatted text: the cell's type, whether a number is formatted as a date, the
 * number as written, and whether the cell holds a formula. A formula cell is read as its cached result (what the
 * program that saved the file computed); only a formula without one is reported as a formula, for the import to
 * refuse.
 */
final class SheetParser extends XSSFSheetXMLHandler {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Thrown through the SAX parser when the sink wants no more rows; carries no stack trace. */
    static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("stopped", null, false, false);
        }
    }

    private final DateStyles dates;
    private final Collector collector;

    private String cellRef;
    private String cellType;
    private int cellStyle;
    private boolean formula;
    private boolean cached;
    private boolean delivered;
    private boolean inValue;
    private boolean inFormula;
    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder formulaText = new StringBuilder();
    private int nextColumn;

    /** Days from the 1904 date system's day 0 (1 January 1904) to the 1900 system's (30 December 1899). */
    static final int DAYS_1900_TO_1904 = 1462;

    /** Whether the workbook counts dates from 1904 (old Mac Excel), so that date numbers are shifted on reading. */
    private boolean date1904;

    SheetParser(StylesTable styles, SharedStrings strings, RowSink sink) {
        this(styles, strings, new Collector(sink));
    }

    /** A parser for a workbook in the 1904 date system ({@code date1904}), whose date numbers it shifts. */
    SheetParser(StylesTable styles, SharedStrings strings, RowSink sink, boolean date1904) {
        this(styles, strings, new Collector(sink));
        this.date1904 = date1904;
    }

    private SheetParser(StylesTable styles, SharedStrings strings, Collector collector) {
        // POI's handler looks up the style of every number to format it; this parser needs only whether it is a
        // date, cached per style, so the handler gets no styles.
        super(null, strings, collector, new RawFormatter(), false);
        this.dates = new DateStyles(styles);
        this.collector = collector;
        collector.parser = this;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (MAIN.equals(uri)) {
            switch (localName) {
            case "row" -> nextColumn = 0;
            case "c" -> {
                cellRef = attributes.getValue("r");
                cellType = attributes.getValue("t");
                String style = attributes.getValue("s");
                cellStyle = style == null ? 0 : Integer.parseInt(style.trim());
                formula = false;
                cached = false;
                delivered = false;
                raw.setLength(0);
                formulaText.setLength(0);
            }
            case "f" -> {
                formula = true;
                inFormula = true;
            }
            case "v" -> {
                inValue = true;
                cached = true;
            }
            default -> {
                // other elements are handled by POI's handler
            }
            }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue) {
            raw.append(ch, start, length);
        } else if (inFormula) {
            formulaText.append(ch, start, length);
        }
        super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (MAIN.equals(uri)) {
            if ("f".equals(localName)) {
                inFormula = false;
            } else if ("v".equals(localName)) {
                inValue = false;
            } else if ("c".equals(localName) && formula && !delivered) {
                // A formula without a cached value: POI's handler reports nothing for it.
                collector.add(cell(null));
            }
        }
        super.endElement(uri, localName, qName);
    }

    /**
     * A 1904-system date number as the 1900 system counts it. Times of day alone (below 1) are the same in both
     * systems.
     */
    static String to1900(String number) {
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(number);
            if (value.compareTo(java.math.BigDecimal.ONE) < 0) {
                return number;
            }
            return value.add(java.math.BigDecimal.valueOf(DAYS_1900_TO_1904)).toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** The cell just completed, from what POI's handler reported and what this parser saw. */
    private Cell cell(String formatted) {
        delivered = true;
        int column = cellRef == null ? nextColumn : columnOf(cellRef);
        nextColumn = column + 1;
        return cell(column, cellRef, cellType, raw.toString(), formatted, formula, cached, formulaText.toString(),
                dates, cellStyle, date1904);
    }

    /**
     * A cell as the import reads it, from what a sheet's XML says of it: this parser and {@link SheetScanner} build
     * their cells here, so that both read every cell alike.
     *
     * @param cellType    the cell's {@code t} attribute ({@code null} when it has none)
     * @param raw         the text of its {@code <v>} element ({@code ""} when it has none)
     * @param formatted   the text POI's handler reports for strings (shared and inline, resolved and decoded)
     * @param formula     whether it has an {@code <f>} element
     * @param cached      whether it has a {@code <v>} element (a formula's saved result)
     * @param formulaText the text of its {@code <f>} element
     */
    static Cell cell(int column, String ref, String cellType, String raw, String formatted, boolean formula,
            boolean cached, String formulaText, DateStyles dates, int cellStyle, boolean date1904) {
        if (formula && !cached) {
            return new Cell(column, ref, Cell.Kind.FORMULA, "=" + formulaText, false);
        }
        // A formula with a cached result is read as that result: other spreadsheet programs write booleans as
        // =TRUE() and =FALSE(), and a planner's sums are values the moment the file was saved.
        if (cellType == null || "n".equals(cellType)) {
            String number = raw.trim();
            if (number.isEmpty()) {
                return new Cell(column, ref, Cell.Kind.TEXT, null, false);
            }
            boolean date = dates.isDate(cellStyle);
            return new Cell(column, ref, Cell.Kind.NUMBER, date && date1904 ? to1900(number) : number, date);
        }
        return switch (cellType) {
        case "b" -> new Cell(column, ref, Cell.Kind.BOOLEAN, raw.trim(), false);
        case "e" -> new Cell(column, ref, Cell.Kind.ERROR, raw.trim(), false);
        case "d" -> new Cell(column, ref, Cell.Kind.TEXT, isoDate(raw.trim()), false);
        case "str" -> new Cell(column, ref, Cell.Kind.TEXT, raw, false);
        default -> new Cell(column, ref, Cell.Kind.TEXT, formatted, false);
        };
    }

    /**
     * A date cell ({@code t="d"}, an ISO 8601 value, as some programs write dates) as the text the import reads:
     * {@code 2026-03-01}, {@code 09:30} or {@code 2026-03-01 09:30}. A time of day alone is written on Excel's day
     * zero (1899-12-30 or 1899-12-31), which says no date.
     */
    static String isoDate(String value) {
        try {
            if (value.indexOf('T') < 0) {
                return value.indexOf(':') >= 0 ? LocalTime.parse(value).toString()
                        : LocalDate.parse(value).toString();
            }
            String local = value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
            LocalDateTime dateTime = LocalDateTime.parse(local);
            LocalDate date = dateTime.toLocalDate();
            if (date.getYear() < 1900) {
                return dateTime.toLocalTime().toString();
            }
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toString()
                    : date + " " + dateTime.toLocalTime();
        } catch (DateTimeParseException e) {
            return value; // the import says what is wrong with it
        }
    }

    /** {@code AB12} is column 27 (0-based). */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column - 1;
    }

    /** Turns POI's row and cell callbacks into {@link Row}s. */
    private static final class Collector implements SheetContentsHandler {
        private final RowSink sink;
        private SheetParser parser;
        private final List<Cell> cells = new ArrayList<>();

        Collector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            Row row = new Row(rowNum + 1, List.copyOf(cells));
            cells.clear();
            if (!sink.row(row)) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (parser.delivered) {
                return; // a comment on an empty cell, or a second report of the same cell
            }
            add(parser.cell(formattedValue));
        }

        void add(Cell cell) {
            cells.add(cell);
        }
    }

    /** The handler formats every number through a DataFormatter; the import reads the raw text instead. */
    private static final class RawFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return "";
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            return "";
        }
    }
}
