package tandem.excel.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made the way planners make them, cell by cell, for tests. */
final class Workbooks {

    private Workbooks() {
    }

    /** Writes a new workbook built by the consumer. */
    static Path write(Path file, Consumer<XSSFWorkbook> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** Changes an existing workbook in place. */
    static void edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        }
    }

    /**
     * Adds a sheet with the given rows; a cell is a String, Number, Boolean, LocalDate, LocalTime or LocalDateTime
     * (written as real Excel dates and times), or null for no cell.
     */
    static Sheet sheet(XSSFWorkbook workbook, String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("h:mm AM/PM"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof String text) {
                    cell.setCellValue(text);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof java.time.LocalTime t) {
                    cell.setCellValue(t.toSecondOfDay() / 86_400d);
                    cell.setCellStyle(time);
                } else if (value instanceof LocalDateTime d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateTime);
                } else {
                    throw new IllegalArgumentException(value.toString());
                }
            }
        }
        return sheet;
    }

    /** Rewrites one part of a workbook file as text, for what POI cannot be asked to write. */
    static void patch(Path file, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        java.io.ByteArrayOutputStream patched = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(patched)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, patched.toByteArray());
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** The index of the header in the sheet's first row. */
    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }
}
