package tandem.core.ui.forms;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.model.NamedElement;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.emf.DisplayNames;
import tandem.core.ui.emf.ItemLabelProvider;

/**
 * A form section listing the values a many-valued feature can hold (every campaign of the project for a reference,
 * every literal for an enumeration), each with a check box that says whether the owner holds it. Checking and
 * unchecking are Add and Remove commands on the editor's command stack, so they can be undone; call
 * {@link #refresh()} after any change.
 */
public final class FeatureChecklist {

    private final PlanEditor editor;
    private final EStructuralFeature list;
    private final Supplier<List<?>> candidates;
    private final Section section;
    private final CheckboxTableViewer viewer;
    private EObject owner;

    /**
     * Creates the section; it lists nothing until an owner is set.
     *
     * @param editor the editor whose command stack receives the changes
     * @param toolkit the form toolkit that styles the controls
     * @param parent the composite the section goes in
     * @param title the section title, also the table's "name" for tests
     * @param description the line under the title
     * @param list the many-valued feature of the owner (a reference or an enumeration list)
     * @param candidates the values offered, read again on every {@link #refresh()}
     */
    public FeatureChecklist(PlanEditor editor, FormToolkit toolkit, Composite parent, String title,
            String description, EStructuralFeature list, Supplier<List<?>> candidates) {
        this.editor = editor;
        this.list = list;
        this.candidates = candidates;
        section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(1, false));
        viewer = CheckboxTableViewer.newCheckList(client, SWT.BORDER | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 90;
        viewer.getTable().setLayoutData(data);
        viewer.getTable().setData("name", title);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ItemLabelProvider items = new ItemLabelProvider(editor.getAdapterFactory());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
                    return named.getName();
                }
                if (element instanceof Enumerator literal) {
                    return DisplayNames.of(literal);
                }
                return items.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof EObject ? items.getImage(element) : null;
            }

            @Override
            public void dispose() {
                items.dispose();
                super.dispose();
            }
        });
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return owner != null && ((List<?>) owner.eGet(list)).contains(element);
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(event -> toggle(event.getElement(), event.getChecked()));
        editor.getSelectionRelay().track(viewer);
        section.setClient(client);
    }

    private void toggle(Object element, boolean checked) {
        if (owner == null) {
            return;
        }
        boolean present = ((List<?>) owner.eGet(list)).contains(element);
        Command command = null;
        if (checked && !present) {
            command = AddCommand.create(editor.getEditingDomain(), owner, list, element);
        } else if (!checked && present) {
            command = RemoveCommand.create(editor.getEditingDomain(), owner, list, element);
        }
        if (command != null) {
            // The pages refresh their checklists after every command, so the check follows Undo as well.
            editor.execute(command);
        }
    }

    /** Shows the references of another element, or none. */
    public void setOwner(EObject newOwner) {
        owner = newOwner;
        section.setEnabled(owner != null);
        refresh();
    }

    /** Reads the candidates and the checks again. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(owner == null ? List.of() : candidates.get());
        viewer.refresh();
    }

    /** The check-box table. */
    public CheckboxTableViewer getViewer() {
        return viewer;
    }

    /** The form section holding the table. */
    public Section getSection() {
        return section;
    }
}
