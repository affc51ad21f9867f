package tandem.excel.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * Writes a document as a workbook with POI's streaming writer (SXSSF): only a window of rows is kept in memory, the
 * rest goes to temporary files, so a million-row sheet needs no more memory than a small one. Strings are
 * written inline (no shared-strings table to hold in memory).
 */
public final class WorkbookWriter {

    private static final int WINDOW = 200;
    private static final int MAX_CELL_TEXT = 32_767;
    private static final double LARGEST_EXACT_NUMBER = 9_007_199_254_740_992d;

    private final WorkbookLayout layout;
    private final ReferenceNames references;
    private final SXSSFWorkbook workbook;
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle dateTime;
    private final CellStyle timeWithSeconds;
    private final CellStyle dateTimeWithSeconds;

    private WorkbookWriter(WorkbookLayout layout, EObject root, ReferenceScope scope) {
        this.layout = layout;
        this.references = new ReferenceNames(root, scope);
        // Temporary files uncompressed: a few times larger on disk, but compressing them costs as much as writing.
        this.workbook = new FastDeflating(WINDOW);
        DataFormat formats = workbook.createDataFormat();
        // Every cell gets a style: asking a cell without one for its style (POI does, per cell) builds the default.
        plain = workbook.getCellStyleAt(0);
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

    private CellStyle style(DataFormat formats, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(pattern));
        return style;
    }

    /**
     * Writes the document to the stream as an .xlsx workbook.
     *
     * @return the number of rows written per sheet, in sheet order
     * @throws WorkbookException when a value cannot be written (text longer than a cell holds)
     * @throws IOException       when writing fails
     */
    public static Map<String, Integer> write(EObject root, WorkbookLayout layout, ReferenceScope scope,
            OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter(layout, root, scope);
        try {
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (SheetLayout sheet : layout.sheets()) {
                rows.put(sheet.name(), writer.sheet(sheet, root));
            }
            writer.workbook.write(out);
            return rows;
        } finally {
            writer.workbook.close(); // also deletes the temporary files
        }
    }

    private int sheet(SheetLayout layoutSheet, EObject root) throws IOException {
        SXSSFSheet sheet = workbook.createSheet(layoutSheet.name());
        sheet.createFreezePane(0, 1);
        List<Column> columns = layoutSheet.columns();
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(column.name());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 256 * width(column));
        }
        int[] next = {1};
        List<WorkbookProblem> problems = new ArrayList<>();
        Elements.forEach(layoutSheet, root, element -> {
            Row row = sheet.createRow(next[0]++);
            for (int i = 0; i < columns.size(); i++) {
                String problem = cell(row, i, columns.get(i), layoutSheet, element);
                if (problem != null && problems.size() < 20) {
                    problems.add(new WorkbookProblem(layoutSheet.name(),
                            new CellReference(row.getRowNum(), i).formatAsString(false), problem));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new WorkbookException(problems);
        }
        return next[0] - 1;
    }

    private String cell(Row row, int index, Column column, SheetLayout sheet, EObject element) {
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

    private String value(Row row, int index, Object value, EDataType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            cell(row, index).setCellValue(((Number) value).doubleValue());
        } else if (value instanceof Long || value instanceof BigInteger) {
            double d = ((Number) value).doubleValue();
            if (Math.abs(d) <= LARGEST_EXACT_NUMBER) {
                cell(row, index).setCellValue(d);
            } else {
                return text(row, index, value.toString());
            }
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return text(row, index, Double.toString(d));
            }
            cell(row, index).setCellValue(d);
        } else if (value instanceof BigDecimal d) {
            if (BigDecimal.valueOf(d.doubleValue()).compareTo(d) == 0) {
                cell(row, index).setCellValue(d.doubleValue());
            } else {
                return text(row, index, d.toPlainString());
            }
        } else if (value instanceof Boolean b) {
            cell(row, index).setCellValue(b);
        } else if (value instanceof LocalDate d) {
            dated(row, index, ExcelDates.of(d), date);
        } else if (value instanceof LocalTime t) {
            dated(row, index, ExcelDates.of(t), t.getSecond() == 0 && t.getNano() == 0 ? time : timeWithSeconds);
        } else if (value instanceof LocalDateTime t) {
            dated(row, index, ExcelDates.of(t), t.getSecond() == 0 && t.getNano() == 0 ? dateTime
                    : dateTimeWithSeconds);
        } else if (type instanceof EEnum || value instanceof String) {
            return text(row, index, ValueText.format(value, type));
        } else {
            return text(row, index, EcoreUtil.convertToString(type, value));
        }
        return null;
    }

    private static void dated(Row row, int index, double serial, CellStyle style) {
        Cell cell = row.createCell(index);
        cell.setCellValue(serial);
        cell.setCellStyle(style);
    }

    private Cell cell(Row row, int index) {
        Cell cell = row.createCell(index);
        cell.setCellStyle(plain);
        return cell;
    }

    private String text(Row row, int index, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_CELL_TEXT) {
            return "the text is " + text.length() + " characters long; an Excel cell holds at most " + MAX_CELL_TEXT;
        }
        cell(row, index).setCellValue(text);
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

    /**
     * The streaming workbook, with its entries deflated at the fastest level: deflating the sheets' XML at zlib's
     * default level was the largest single cost of exporting a large plan (about a third of the export's CPU). The
     * workbook holds the same entries and the same XML; it is larger (about 1.5x) but still a fraction of its XML.
     */
    private static final class FastDeflating extends SXSSFWorkbook {
        FastDeflating(int window) {
            super(null, window, false, false);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
