package tandem.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tandem.core.documents.AtomicFiles;
import tandem.core.rows.RowTable;
import tandem.excel.internal.ExcelDates;
import tandem.excel.internal.read.CellValues;
import tandem.excel.internal.read.WorkbookFile;
import tandem.history.model.importer.HistoryImports;
import tandem.history.model.importer.HistorySource;
import tandem.history.model.rows.HistoryRows;

/**
 * Contact history in workbooks: an ACD interval export saved as .xlsx is read row by row as a {@link HistorySource}
 * (the same header matching, checks and summing as a CSV export: {@code HistoryImports} decides), and a history's
 * rows are written as a workbook of the same layout. The layout: one sheet, {@value #SHEET} (or, when no sheet has
 * that name, the first sheet), header row {@code queue, start, offered, handled, abandoned, aht_seconds}, one row
 * per queue and interval; starts are date-time cells (or text such as {@code 2027-03-01 08:15}), or a date and a
 * time column. Problems name the file and the cell, e.g. {@code calls.xlsx, row 7, cell History!C7 ('offered')}.
 */
public final class HistoryWorkbooks {

    /** The sheet a history is written to and read from first. */
    public static final String SHEET = "History";

    private HistoryWorkbooks() {
    }

    /**
     * Opens a workbook's history sheet for reading.
     *
     * @throws IOException saying in plain words, with the file name, why the workbook cannot be read
     */
    public static HistorySource open(Path workbook) throws IOException {
        WorkbookFile file;
        try {
            file = WorkbookFile.open(workbook);
        } catch (WorkbookException e) {
            throw new IOException(e.getMessage(), e);
        }
        String sheet = null;
        for (String name : file.sheetNames()) {
            if (sheet == null || name.equalsIgnoreCase(SHEET)) {
                sheet = name;
            }
            if (name.equalsIgnoreCase(SHEET)) {
                break;
            }
        }
        if (sheet == null) {
            file.close();
            throw new IOException(file.displayName() + " has no sheets");
        }
        return new SheetSource(file, sheet);
    }

    /**
     * Writes history rows as a workbook (atomically: on failure the target is unchanged).
     *
     * @return the number of rows written below the header
     * @throws IOException when the rows do not fit one sheet or the file cannot be written
     */
    public static int write(HistoryRows rows, Path target) throws IOException {
        RowTable table = rows.table();
        if (table.rowCount() > WorkbookExport.MAX_ROWS_PER_SHEET) {
            throw new IOException(target.getFileName() + ": " + table.rowCount() + " rows do not fit one sheet ("
                    + WorkbookExport.MAX_ROWS_PER_SHEET + " at most); export to CSV instead");
        }
        AtomicFiles.write(target, out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, false);
            try {
                CellStyle dateTime = workbook.createCellStyle();
                dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
                SXSSFSheet sheet = workbook.createSheet(SHEET);
                Row header = sheet.createRow(0);
                List<String> names = HistoryImports.HEADER;
                for (int c = 0; c < names.size(); c++) {
                    header.createCell(c).setCellValue(names.get(c));
                }
                for (int r = 0; r < table.rowCount(); r++) {
                    Row row = sheet.createRow(r + 1);
                    row.createCell(0).setCellValue(table.getString(HistoryRows.QUEUE, r));
                    Cell start = row.createCell(1);
                    start.setCellValue(ExcelDates.of(RowTable.dateTime(table.getInt(HistoryRows.START, r))));
                    start.setCellStyle(dateTime);
                    count(row, 2, table.getInt(HistoryRows.OFFERED, r));
                    count(row, 3, table.getInt(HistoryRows.HANDLED, r));
                    count(row, 4, table.getInt(HistoryRows.ABANDONED, r));
                    int aht = table.getInt(HistoryRows.AHT_TENTHS, r);
                    if (aht != RowTable.MISSING) {
                        row.createCell(5).setCellValue(aht / 10.0);
                    }
                }
                sheet.setColumnWidth(1, 18 * 256);
                workbook.write(out);
            } finally {
                workbook.close();
            }
        });
        return table.rowCount();
    }

    private static void count(Row row, int column, int value) {
        if (value != RowTable.MISSING) {
            row.createCell(column).setCellValue(value);
        }
    }

    /**
     * A sheet read as history rows: the workbook is streamed by a reader thread into a small queue, so that a sheet
     * of a million rows needs no more memory than a small one.
     */
    private static final class SheetSource implements HistorySource {

        private static final String[] END = new String[0];

        private final WorkbookFile file;
        private final String sheet;
        private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(1024);
        private final Thread reader;
        private volatile boolean closed;
        private int rowNumber;
        private boolean ended;

        SheetSource(WorkbookFile file, String sheet) {
            this.file = file;
            this.sheet = sheet;
            reader = new Thread(this::readAll, "history workbook " + file.displayName());
            reader.setDaemon(true);
            reader.start();
        }

        private void readAll() {
            Object last = END;
            try {
                file.readOnThisThread(sheet, row -> { // this is the reading thread already
                    if (closed) {
                        return false;
                    }
                    put(row);
                    return !closed;
                });
            } catch (WorkbookException | RuntimeException e) {
                last = new IOException(e.getMessage(), e);
            }
            put(last);
        }

        private void put(Object item) {
            try {
                while (!closed && !rows.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the importer is busy; wait for room unless closed
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String name() {
            return file.displayName();
        }

        @Override
        public String[] next() throws IOException {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = rows.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(name() + ": reading was interrupted");
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof IOException failure) {
                ended = true;
                throw failure;
            }
            tandem.excel.internal.read.Row row = (tandem.excel.internal.read.Row) item;
            rowNumber = row.number();
            int width = row.cells().isEmpty() ? 0 : row.cells().get(row.cells().size() - 1).column() + 1;
            String[] cells = new String[width];
            java.util.Arrays.fill(cells, "");
            for (tandem.excel.internal.read.Cell cell : row.cells()) {
                cells[cell.column()] = CellValues.isoText(cell);
            }
            return cells;
        }

        @Override
        public int rowNumber() {
            return rowNumber;
        }

        @Override
        public String columnName(int index, String header) {
            String sheetName = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
            String cell = sheetName + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(index)
                    + rowNumber;
            return "cell " + cell + (header == null || header.isBlank() ? "" : " ('" + header + "')");
        }

        @Override
        public void close() {
            closed = true;
            rows.clear();
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            file.close();
        }
    }
}
