package tandem.history.model.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;
import tandem.core.rows.RowTable;
import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.HistoryImport;
import tandem.history.model.rows.HistoryRows;

/**
 * Imports ACD interval exports into a contact history. Several files append: a row whose queue and start the
 * history (or an earlier file of the same import) already has is skipped and reported, never added twice. An
 * import either succeeds for every file or changes nothing: {@link #read} computes the new rows without touching
 * the history, {@link #apply} (or an EMF command setting the same values) installs them.
 */
public final class HistoryImports {

    private HistoryImports() {
    }

    /**
     * The columns of an interval export as Tandem writes them (CSV, the History sheet of a workbook) and as the
     * import expects them at least: the first three are required. The import also understands common ACD names
     * for each (matched without regard to case, spaces or punctuation).
     */
    public static final java.util.List<String> HEADER = java.util.List.of("queue", "start", "offered", "handled",
            "abandoned", "aht_seconds");

    /** What an import produces: the history's new rows, one record per file, and notes on what was done. */
    public record Result(RowTable rows, List<HistoryImport> imports, List<String> notes) {
    }

    /** The settings a history's linked setup implies: interval, time zone and queue names. */
    public static ImportSettings settingsOf(ContactHistory history, String defaultQueue) {
        ContactCenter center = history.getContactCenter();
        ZoneId zone = null;
        Set<String> queues = null;
        if (center != null && !center.eIsProxy()) {
            try {
                zone = ZoneId.of(center.getTimeZone());
            } catch (RuntimeException e) {
                zone = null;
            }
            queues = new HashSet<>();
            for (Queue queue : center.getQueues()) {
                queues.add(queue.getName());
            }
        }
        return new ImportSettings(history.getIntervalMinutes(), zone, queues, defaultQueue);
    }

    /** Reads CSV exports into the history's rows (without changing the history). */
    public static Result read(ContactHistory history, List<Path> csvFiles, ImportSettings settings)
            throws HistoryImportException {
        return read(history, csvFiles, settings, CsvSource::open);
    }

    /** Opens an export file as rows of cells (a CSV file, a workbook's sheet). */
    @FunctionalInterface
    public interface SourceOpener {
        /** @throws IOException with a message naming the file and why it cannot be read */
        HistorySource open(Path file) throws IOException;
    }

    /**
     * Reads export files, each opened by {@code opener}, into the history's rows (without changing the history).
     *
     * @throws HistoryImportException with every problem found (file, row, column); nothing is returned then
     */
    public static Result read(ContactHistory history, List<Path> files, ImportSettings settings, SourceOpener opener)
            throws HistoryImportException {
        List<HistorySource> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (Path file : files) {
                try {
                    sources.add(opener.open(file));
                } catch (IOException e) {
                    String message = e.getMessage();
                    String name = file.getFileName().toString();
                    problems.add(message != null && message.contains(name) ? message
                            : name + ": cannot be read (" + message + ")");
                }
            }
            if (!problems.isEmpty()) {
                throw new HistoryImportException(problems);
            }
            return read(HistoryRows.of(history).table(), sources, settings);
        } finally {
            for (HistorySource source : sources) {
                try {
                    source.close();
                } catch (IOException e) {
                    // read already; nothing to lose
                }
            }
        }
    }

    /**
     * Reads exports and merges them into existing rows (with the history columns, sorted by queue and start).
     *
     * @throws HistoryImportException with every problem found (file, row, column); nothing is returned then
     */
    public static Result read(RowTable existing, List<HistorySource> sources, ImportSettings settings)
            throws HistoryImportException {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<HistoryImport> imports = new ArrayList<>();
        RowTable rows = existing == null ? RowTable.empty(HistoryRows.COLUMNS) : existing;
        for (HistorySource source : sources) {
            ExportReader reader = new ExportReader(source, settings, problems);
            RowTable read;
            try {
                read = reader.read();
            } catch (IOException e) {
                problems.add(e.getMessage() == null || !e.getMessage().contains(source.name())
                        ? source.name() + ": cannot be read (" + e.getMessage() + ")"
                        : e.getMessage());
                continue;
            }
            if (read == null) {
                continue;
            }
            notes.addAll(reader.notes());
            Merge merge = Merge.of(rows, read);
            rows = merge.rows();
            if (merge.skipped() > 0) {
                notes.add(source.name() + ": " + merge.skipped() + " rows are already in the history ("
                        + merge.overlaps() + "): the history's rows were kept, the file's skipped");
            }
            HistoryImport record = HistoryFactory.eINSTANCE.createHistoryImport();
            record.setFile(source.name());
            record.setImportedAt(LocalDateTime.now().withSecond(0).withNano(0));
            record.setRowsAdded(read.rowCount() - merge.skipped());
            record.setRowsSkipped(merge.skipped());
            imports.add(record);
        }
        if (!problems.isEmpty()) {
            throw new HistoryImportException(problems);
        }
        return new Result(rows, imports, notes);
    }

    /** Installs an import's result into the history (outside a command stack: the command line, tests). */
    public static void apply(ContactHistory history, Result result) {
        history.setRows(result.rows());
        history.getImports().addAll(result.imports());
    }
}
