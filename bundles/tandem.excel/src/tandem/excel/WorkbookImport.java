package tandem.excel;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import tandem.excel.internal.CellLocations;
import tandem.excel.internal.ImportValidation;
import tandem.excel.internal.merge.Merger;
import tandem.excel.internal.read.DocumentReader;
import tandem.excel.internal.read.WorkbookFile;

/**
 * Reads Excel workbooks (.xlsx) into plan documents.
 * <p>
 * Reading is tolerant where planners are sloppy (extra columns, columns in any order, headers in any case, blank
 * rows, dates typed as ISO text, numbers stored as text) and strict where it matters: a value of the wrong type, a
 * missing required column, an unknown name or a duplicate id is a problem naming sheet, cell and reason, and every
 * problem is reported, not just the first. Rows are streamed, so memory does not grow with the workbook's size
 * beyond the document being built.
 * <p>
 * Reading never changes an existing document: it builds a new one. {@link #merge} then plans the changes into an
 * existing document as one undoable command.
 */
public final class WorkbookImport {

    private WorkbookImport() {
    }

    /** Reads a workbook with the default limits. */
    public static ImportResult read(Path workbook, WorkbookLayout layout, ReferenceScope scope) {
        return read(workbook, layout, scope, ImportOptions.DEFAULT);
    }

    /**
     * Reads a workbook into a new document of the layout's type.
     *
     * @param workbook the .xlsx file
     * @param layout   the layout of the document type to read
     * @param scope    the other documents that references may name (the project's contact-center setup...)
     * @param options  limits
     * @return the new document, or every problem found
     */
    public static ImportResult read(Path workbook, WorkbookLayout layout, ReferenceScope scope,
            ImportOptions options) {
        try (WorkbookFile file = WorkbookFile.open(workbook, options.maxSharedStringsBytes())) {
            DocumentReader.Outcome outcome = new DocumentReader(layout, scope, options).read(file);
            List<SheetCounts> counts = outcome.rows().entrySet().stream()
                    .map(e -> new SheetCounts(e.getKey(), e.getValue(), 0, 0)).toList();
            return new ImportResult(layout, outcome.problems().isEmpty() ? outcome.document() : null,
                    outcome.problems(), counts, outcome.columns(), outcome.locations(), options.maxProblems());
        } catch (WorkbookException e) {
            return new ImportResult(layout, null, e.problems(), List.of(), java.util.Map.of(), new CellLocations(),
                    options.maxProblems());
        }
    }

    /**
     * What the models' own validation rejects in a document read from a workbook, taken as a new document (for
     * example a negative headcount, a rate of 7.5, an unknown time zone, an end before the start): each error names
     * the sheet and cell it comes from. A new document is written only when this is empty; {@link #merge} checks
     * the merged document the same way.
     *
     * @param imported a successful result of {@link #read}
     */
    public static List<WorkbookProblem> validate(ImportResult imported) {
        return ImportValidation.errors(imported.document(), element -> true, element -> element,
                imported.locations(), imported.layout().rootSheet().name(), imported.maxProblems());
    }

    /**
     * Plans merging a document read from a workbook into an existing document of the same type: elements are
     * matched by id (rows without id by their key columns, or by position), matched elements take the workbook's
     * values, unmatched rows become new elements. Elements the workbook does not mention stay as they are.
     * <p>
     * Planning changes nothing; {@link MergePlan#command(String)} does, as one undoable command. The imported
     * document is used up by the merge: its elements move into the existing document.
     *
     * Only the columns the workbook has are compared and changed. The merged document must pass the models' own
     * validation: every error in an element the workbook adds or changes is one of the plan's
     * {@link MergePlan#problems()}, at the sheet and cell the value comes from.
     *
     * @param imported a successful result of {@link #read}
     * @param existing the root of the document to merge into, of the layout's type
     */
    public static MergePlan merge(ImportResult imported, EObject existing) {
        if (!imported.layout().rootType().isInstance(existing)) {
            throw new IllegalArgumentException("A " + tandem.core.documents.ElementPaths.typeName(existing.eClass())
                    + " is not a "
                    + imported.layout().documentName());
        }
        return Merger.plan(imported.document(), existing, imported.layout(), imported::columns,
                imported.locations(), imported.maxProblems());
    }
}
