package tandem.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import tandem.core.documents.AtomicFiles;
import tandem.excel.internal.write.WorkbookWriter;

/**
 * Writes plan documents as Excel workbooks (.xlsx): one sheet per table of the document's layout, real Excel dates
 * and numbers, enumerations as readable names, references as names (or ids where a name is not unique). Large
 * sheets are streamed, so memory does not grow with the number of rows.
 */
public final class WorkbookExport {

    private WorkbookExport() {
    }

    /**
     * Writes the document to a workbook file atomically: the file is either the complete new workbook or
     * unchanged; no partial .xlsx is ever left behind.
     *
     * @param root   the document's root
     * @param layout the layout of the document's type
     * @param scope  the other documents references may point into, to decide whether a name identifies its target
     * @return the rows written per sheet, in sheet order
     * @throws WorkbookException when a value cannot be written into a cell
     * @throws IOException       when the file cannot be written; it is then unchanged
     */
    public static List<SheetCounts> write(EObject root, WorkbookLayout layout, ReferenceScope scope, Path target)
            throws IOException {
        requireType(root, layout);
        requireRoom(root, layout);
        java.util.concurrent.atomic.AtomicReference<Map<String, Integer>> rows = new java.util.concurrent.atomic
                .AtomicReference<>();
        AtomicFiles.write(target, out -> rows.set(WorkbookWriter.write(root, layout, scope, out)));
        return counts(rows.get());
    }

    /** Writes the document as a workbook to a stream. */
    public static List<SheetCounts> write(EObject root, WorkbookLayout layout, ReferenceScope scope, OutputStream out)
            throws IOException {
        requireType(root, layout);
        requireRoom(root, layout);
        return counts(WorkbookWriter.write(root, layout, scope, out));
    }

    /** The rows an export of the document writes per sheet, without writing anything (for previews). */
    public static List<SheetCounts> rows(EObject root, WorkbookLayout layout) {
        requireType(root, layout);
        return layout.sheets().stream().map(sheet -> new SheetCounts(sheet.name(),
                tandem.excel.internal.Elements.count(sheet, root), 0, 0)).toList();
    }

    /** The most rows below the header a sheet can hold (Excel's limit). */
    public static final int MAX_ROWS_PER_SHEET = 1_048_575;

    private static void requireType(EObject root, WorkbookLayout layout) {
        if (!layout.rootType().isInstance(root)) {
            throw new IllegalArgumentException("A " + tandem.core.documents.ElementPaths.typeName(root.eClass())
                    + " cannot be written with the layout of "
                    + layout.documentName());
        }
    }

    /** Refuses, before any work, a document with more rows for a sheet than a sheet can hold. */
    private static void requireRoom(EObject root, WorkbookLayout layout) throws WorkbookException {
        List<WorkbookProblem> problems = new java.util.ArrayList<>();
        for (SheetCounts count : rows(root, layout)) {
            if (count.rows() > MAX_ROWS_PER_SHEET) {
                problems.add(new WorkbookProblem(count.sheet(), null, count.rows() + " rows do not fit in a sheet: "
                        + "Excel holds at most " + MAX_ROWS_PER_SHEET + " below the header; split the plan"));
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkbookException(problems);
        }
    }

    private static List<SheetCounts> counts(Map<String, Integer> rows) {
        return rows.entrySet().stream().map(e -> new SheetCounts(e.getKey(), e.getValue(), 0, 0)).toList();
    }
}
