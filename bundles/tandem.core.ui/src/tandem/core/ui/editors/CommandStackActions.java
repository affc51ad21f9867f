package tandem.core.ui.editors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, Redo and Delete bound to one editing domain's command stack, installed as the workbench's global action
 * handlers so that Edit &gt; Undo (Ctrl+Z) undoes the last change in whichever Tandem editor is active. The labels
 * name the command ("Undo Set Name").
 */
public final class CommandStackActions implements CommandStackListener {

    private final Action undo = new Action() {
        @Override
        public void run() {
            if (domain != null) {
                domain.getCommandStack().undo();
            }
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            if (domain != null) {
                domain.getCommandStack().redo();
            }
        }
    };
    private final Action delete = new Action() {
        @Override
        public void run() {
            Command command = deleteCommand();
            if (command != null) {
                domain.getCommandStack().execute(command);
            }
        }
    };

    private EditingDomain domain;
    private ISelectionProvider selectionProvider;

    public CommandStackActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setText("&Delete");
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        update();
    }

    /** Binds the actions to another domain (or none) and a selection that Delete acts on. */
    public void bind(EditingDomain newDomain, ISelectionProvider newSelectionProvider) {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(this);
        }
        domain = newDomain;
        selectionProvider = newSelectionProvider;
        if (domain != null) {
            domain.getCommandStack().addCommandStackListener(this);
        }
        update();
    }

    /** Installs the actions as global handlers in the given action bars. */
    public void installIn(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.updateActionBars();
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        update();
    }

    /** Updates enablement and labels from the command stack and the selection. */
    public void update() {
        CommandStack stack = domain == null ? null : domain.getCommandStack();
        undo.setEnabled(stack != null && stack.canUndo());
        undo.setText(label("&Undo", stack == null ? null : stack.getUndoCommand()) + "@Ctrl+Z");
        redo.setEnabled(stack != null && stack.canRedo());
        redo.setText(label("&Redo", stack == null ? null : stack.getRedoCommand()) + "@Ctrl+Y");
        delete.setEnabled(deleteCommand() != null);
    }

    private static String label(String verb, Command command) {
        return command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
    }

    private Command deleteCommand() {
        if (domain == null || selectionProvider == null) {
            return null;
        }
        ISelection selection = selectionProvider.getSelection();
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return null;
        }
        Command command = DeleteCommand.create(domain, structured.toList());
        return command.canExecute() ? command : null;
    }

    public void dispose() {
        bind(null, null);
    }
}
