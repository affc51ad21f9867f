package tandem.excel.internal.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.excel.Column;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetLayout;
import tandem.excel.WorkbookException;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookProblem;
import tandem.excel.internal.Elements;
import tandem.excel.internal.ExcelDates;
import tandem.excel.internal.ReferenceNames;
import tandem.excel.internal.ValueKind;
import tandem.excel.internal.ValueText;

/**
 * Writes a document as a workbook. POI's user model (XSSF) writes the workbook's frame: styles, sheets with their
 * header rows, frozen panes and column widths; the data rows are written by {@link SheetRows} straight into each
 * sheet's zip entry while the frame is copied into the output, so that a million-row sheet needs no more memory
 * than a small one and no temporary file. Strings are written inline (no shared-strings table to hold in memory).
 * The entries are deflated at the fastest level and dated 1980-01-01, so that two exports of the same document
 * differ only in the creation time in {@code docProps/core.xml}.
 */
public final class WorkbookWriter {

    private static final int MAX_CELL_TEXT = 32_767;
    private static final double LARGEST_EXACT_NUMBER = 9_007_199_254_740_992d;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ReferenceNames references;
    private final XSSFWorkbook workbook;
    private final int plain;
    private final CellStyle header;
    private final int date;
    private final int time;
    private final int dateTime;
    private final int timeWithSeconds;
    private final int dateTimeWithSeconds;

    private WorkbookWriter(EObject root, ReferenceScope scope) {
        this.references = new ReferenceNames(root, scope);
        this.workbook = new XSSFWorkbook();
        DataFormat formats = workbook.createDataFormat();
        plain = 0;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = style(formats, "yyyy-mm-dd");
        time = style(formats, "hh:mm");
        timeWithSeconds = style(formats, "hh:mm:ss");
        dateTime = style(formats, "yyyy-mm-dd hh:mm");
        dateTimeWithSeconds = style(formats, "yyyy-mm-dd hh:mm:ss");
    }

    private int style(DataFormat formats, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(pattern));
        return style.getIndex() & 0xFFFF;
    }

    /**
     * Writes the document to the stream as an .xlsx workbook (the stream is not closed).
     *
     * @return the number of rows written per sheet, in sheet order
     * @throws WorkbookException when a value cannot be written (text longer than a cell holds)
     * @throws IOException       when writing fails
     */
    public static Map<String, Integer> write(EObject root, WorkbookLayout layout, ReferenceScope scope,
            OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter(root, scope);
        Map<String, SheetLayout> parts = new HashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        byte[] frame;
        try {
            for (SheetLayout sheet : layout.sheets()) {
                parts.put(writer.frame(sheet), sheet);
                rows.put(sheet.name(), 0);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.workbook.write(bytes);
            frame = bytes.toByteArray();
        } finally {
            writer.workbook.close();
        }
        ZipOutputStream zip = new ZipOutputStream(out); // finished, not closed: the caller closes its stream
        zip.setLevel(Deflater.BEST_SPEED);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(frame))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy);
                SheetLayout sheet = parts.get(entry.getName());
                if (sheet == null) {
                    entries.transferTo(zip);
                } else {
                    String xml = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                    // The frame's dimension names the header row only; it is optional, so it is left out.
                    xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
                    int end = xml.lastIndexOf("</sheetData>");
                    if (end < 0) {
                        throw new IOException("no sheet data in the frame of sheet " + sheet.name());
                    }
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    if (HandOffStream.worthIt()) {
                        // the rows' XML made here, deflated on a second core
                        try (HandOffStream deflating = new HandOffStream(zip, "Tandem Excel export: deflate")) {
                            rows.put(sheet.name(), writer.sheet(sheet, root, deflating));
                        }
                    } else {
                        rows.put(sheet.name(), writer.sheet(sheet, root, zip));
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
        return rows;
    }

    /** Adds the sheet with its header row to the frame; the name of its part in the package. */
    private String frame(SheetLayout layoutSheet) {
        XSSFSheet sheet = workbook.createSheet(layoutSheet.name());
        sheet.createFreezePane(0, 1);
        List<Column> columns = layoutSheet.columns();
        XSSFRow headerRow = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            XSSFCell cell = headerRow.createCell(i);
            cell.setCellValue(column.name());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 256 * width(column));
        }
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    /** Writes the sheet's rows below its header. */
    private int sheet(SheetLayout layoutSheet, EObject root, OutputStream out) throws IOException {
        SheetRows rows = new SheetRows(out);
        List<Column> columns = layoutSheet.columns();
        int[] next = {1};
        List<WorkbookProblem> problems = new ArrayList<>();
        IOException[] failure = {null};
        Elements.forEach(layoutSheet, root, element -> {
            if (failure[0] != null) {
                return;
            }
            int number = ++next[0];
            try {
                rows.startRow(number);
                for (int i = 0; i < columns.size(); i++) {
                    String problem = cell(rows, i, columns.get(i), layoutSheet, element);
                    if (problem != null && problems.size() < 20) {
                        problems.add(new WorkbookProblem(layoutSheet.name(),
                                new CellReference(number - 1, i).formatAsString(false), problem));
                    }
                }
                rows.endRow();
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        rows.flush();
        if (!problems.isEmpty()) {
            throw new WorkbookException(problems);
        }
        return next[0] - 1;
    }

    private String cell(SheetRows row, int index, Column column, SheetLayout sheet, EObject element)
            throws IOException {
        switch (column.role()) {
        case ID:
            return text(row, index, Elements.id(element));
        case TYPE:
            return text(row, index, SheetLayout.typeName(element.eClass()));
        case PARENT:
            EObject anchor = Elements.anchorOf(sheet, element);
            return anchor == null ? null
                    : text(row, index, references.documentText(anchor, sheet.anchor().elementType()));
        default:
            EStructuralFeature feature = column.feature(element.eClass());
            if (feature == null || feature.isUnsettable() && !element.eIsSet(feature)) {
                return null; // not set is an empty cell, apart from a stated default (a shrinkage of 0)
            }
            Object value = element.eGet(feature);
            if (feature instanceof EReference reference) {
                return text(row, index, referenceText(value, reference));
            }
            EAttribute attribute = (EAttribute) feature;
            if (attribute.isMany()) {
                List<?> values = (List<?>) value;
                return values.isEmpty() ? null : text(row, index, values.stream()
                        .map(v -> ValueText.format(v, attribute.getEAttributeType()))
                        .collect(Collectors.joining("; ")));
            }
            return value(row, index, value, attribute.getEAttributeType());
        }
    }

    private String referenceText(Object value, EReference reference) {
        if (value == null) {
            return null;
        }
        if (reference.isMany()) {
            List<?> targets = (List<?>) value;
            return targets.isEmpty() ? null : targets.stream()
                    .map(t -> references.text((EObject) t, reference.getEReferenceType()))
                    .collect(Collectors.joining("; "));
        }
        return references.text((EObject) value, reference.getEReferenceType());
    }

    private String value(SheetRows row, int index, Object value, EDataType type) throws IOException {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            row.number(index, ((Number) value).doubleValue(), plain);
        } else if (value instanceof Long || value instanceof BigInteger) {
            double d = ((Number) value).doubleValue();
            if (Math.abs(d) <= LARGEST_EXACT_NUMBER) {
                row.number(index, d, plain);
            } else {
                return text(row, index, value.toString());
            }
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return text(row, index, Double.toString(d));
            }
            row.number(index, d, plain);
        } else if (value instanceof BigDecimal d) {
            if (BigDecimal.valueOf(d.doubleValue()).compareTo(d) == 0) {
                row.number(index, d.doubleValue(), plain);
            } else {
                return text(row, index, d.toPlainString());
            }
        } else if (value instanceof Boolean b) {
            row.bool(index, b, plain);
        } else if (value instanceof LocalDate d) {
            row.number(index, ExcelDates.of(d), date);
        } else if (value instanceof LocalTime t) {
            row.number(index, ExcelDates.of(t), t.getSecond() == 0 && t.getNano() == 0 ? time : timeWithSeconds);
        } else if (value instanceof LocalDateTime t) {
            row.number(index, ExcelDates.of(t), t.getSecond() == 0 && t.getNano() == 0 ? dateTime
                    : dateTimeWithSeconds);
        } else if (type instanceof EEnum || value instanceof String) {
            return text(row, index, ValueText.format(value, type));
        } else {
            return text(row, index, EcoreUtil.convertToString(type, value));
        }
        return null;
    }

    private String text(SheetRows row, int index, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_CELL_TEXT) {
            return "the text is " + text.length() + " characters long; an Excel cell holds at most " + MAX_CELL_TEXT;
        }
        row.text(index, text, plain);
        return null;
    }

    private static int width(Column column) {
        int width = Math.max(column.name().length() + 2, 10);
        if (column.role() == Column.Role.VALUE) {
            ValueKind kind = ValueKind.of(column.anyFeature());
            if (kind == ValueKind.DATE_TIME) {
                width = Math.max(width, 18);
            } else if (kind == ValueKind.DATE) {
                width = Math.max(width, 12);
            } else if (kind == ValueKind.TEXT || kind == ValueKind.REFERENCE) {
                width = Math.max(width, 20);
            }
        } else {
            width = Math.max(width, 18);
        }
        return Math.min(width, 60);
    }
}
