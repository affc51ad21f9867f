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
        detachAdded();
        changes.forEach(Change::apply);
    }

    /**
     * New elements still sit in the lists of the imported document. Moving each out on its own shifts the rest of
     * its list every time (quadratic for a big sheet), so those lists are emptied first, in one go each: the
     * imported document is used up by the merge, and an added element's imported parent is always one that was
     * matched with an existing element and is itself discarded.
     */
    private void detachAdded() {
        java.util.Set<List<?>> emptied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Change change : changes) {
            if (change instanceof Change.Add) {
                EObject element = change.affected();
                EObject parent = element.eContainer();
                if (parent != null && element.eContainmentFeature().isMany()) {
                    List<?> siblings = (List<?>) parent.eGet(element.eContainmentFeature());
                    if (emptied.add(siblings)) {
                        siblings.clear();
                    }
                }
            }
        }
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
