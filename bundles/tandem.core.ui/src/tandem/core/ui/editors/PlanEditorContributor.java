package tandem.core.ui.editors;

import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * The action bar contributor of every Tandem plan editor: points Undo, Redo and Delete at the active editor's
 * command stack. Declare it as {@code contributorClass} of a {@link PlanEditor}.
 */
public class PlanEditorContributor extends EditorActionBarContributor {

    private final CommandStackActions actions = new CommandStackActions();
    private final ISelectionChangedListener selectionListener = (SelectionChangedEvent e) -> actions.update();
    private PlanEditor editor;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        actions.installIn(bars);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.getSelectionRelay().removeSelectionChangedListener(selectionListener);
        }
        editor = part instanceof PlanEditor plan ? plan : null;
        if (editor != null) {
            editor.getSelectionRelay().addSelectionChangedListener(selectionListener);
            actions.bind(editor.getEditingDomain(), editor.getSelectionRelay());
        } else {
            actions.bind(null, null);
        }
    }

    @Override
    public void dispose() {
        setActiveEditor(null);
        actions.dispose();
        super.dispose();
    }
}
