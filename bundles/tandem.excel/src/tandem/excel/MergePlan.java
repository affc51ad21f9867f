package tandem.excel;

import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * The changes an import makes to an existing document, planned but not yet made: counts per sheet for a preview,
 * problems that keep it from being applied, and the command that applies it.
 */
public interface MergePlan {

    /** Added, changed and unchanged rows per sheet of the layout, in sheet order. */
    List<SheetCounts> counts();

    /**
     * What keeps the plan from being applied (for example a row that changes the type of an existing element);
     * empty when it can be applied.
     */
    List<WorkbookProblem> problems();

    /** Whether applying the plan changes the document at all. */
    boolean changesAnything();

    /**
     * The whole merge as one EMF command, to execute on the document's command stack: one Undo takes the whole
     * import back, one Redo makes it again.
     *
     * @param label the command's label, e.g. {@code Import forecast.xlsx}
     * @throws IllegalStateException when the plan has problems
     */
    Command command(String label);
}
