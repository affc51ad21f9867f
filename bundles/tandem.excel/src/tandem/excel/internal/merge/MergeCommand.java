package tandem.excel.internal.merge;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;

/** A whole import as one undoable command: its changes in order, undone in reverse order. */
final class MergeCommand extends AbstractCommand {

    private final List<Change> changes;

    MergeCommand(String label, List<Change> changes) {
        super(label, label);
        this.changes = List.copyOf(changes);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        changes.forEach(Change::apply);
    }

    @Override
    public void undo() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            changes.get(i).undo();
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        Collection<EObject> affected = new LinkedHashSet<>();
        for (Change change : changes) {
            affected.add(change.affected());
        }
        return affected;
    }

    @Override
    public Collection<?> getResult() {
        return getAffectedObjects();
    }
}
