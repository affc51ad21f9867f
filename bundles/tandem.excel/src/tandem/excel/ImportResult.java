package tandem.excel;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import tandem.excel.internal.CellLocations;

/**
 * What reading a workbook gave: a new document, not yet in any resource, or every problem found. A failed read
 * changes nothing anywhere.
 */
public final class ImportResult {

    private final WorkbookLayout layout;
    private final EObject document;
    private final List<WorkbookProblem> problems;
    private final List<SheetCounts> counts;
    private final Map<String, Set<String>> columns;
    private final CellLocations locations;
    private final int maxProblems;

    ImportResult(WorkbookLayout layout, EObject document, List<WorkbookProblem> problems, List<SheetCounts> counts,
            Map<String, Set<String>> columns, CellLocations locations, int maxProblems) {
        this.layout = layout;
        this.locations = locations;
        this.maxProblems = maxProblems;
        this.document = document;
        this.problems = List.copyOf(problems);
        this.counts = List.copyOf(counts);
        this.columns = Map.copyOf(columns);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** Every problem, in sheet and row order; empty when the read succeeded. */
    public List<WorkbookProblem> problems() {
        return problems;
    }

    public WorkbookLayout layout() {
        return layout;
    }

    /**
     * The document read from the workbook: a new root with every element of the workbook, references resolved
     * against the workbook and the reference scope. Elements whose id cell was blank have no id yet.
     *
     * @throws IllegalStateException when the read failed
     */
    public EObject document() {
        if (!succeeded()) {
            throw new IllegalStateException("the workbook could not be read: " + problems);
        }
        return document;
    }

    /** Rows read per sheet of the layout (all counted as added: the document is new). */
    public List<SheetCounts> counts() {
        return counts;
    }

    /**
     * The columns the workbook has on a sheet of the layout; a merge changes only these, so that a column left out
     * of the workbook does not erase what the document holds.
     */
    public Set<String> columns(String sheet) {
        return columns.getOrDefault(sheet, Set.of());
    }

    /** Where the document's elements were read, to locate problems found later. */
    CellLocations locations() {
        return locations;
    }

    int maxProblems() {
        return maxProblems;
    }

    /** The document, or the problems as an exception, for callers that treat them as a failure. */
    public EObject documentOrThrow() throws WorkbookException {
        if (!succeeded()) {
            throw new WorkbookException(problems);
        }
        return document;
    }
}
