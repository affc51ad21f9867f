package tandem.core.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import tandem.core.documents.Ids;
import tandem.core.ui.editors.ElementProblems;
import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.emf.ItemContentProvider;
import tandem.core.ui.emf.ItemLabelProvider;
import tandem.core.ui.emf.PropertyCellEditors;
import tandem.core.ui.emf.PropertyValues;

/**
 * A form section with a table over one containment list of a model element (the queues of a contact center, the
 * drops of a campaign), with Add and Remove buttons and in-place editing of every column. All changes are
 * commands on the editor's command stack, and the table follows the model, including Undo.
 */
public class FeatureTable {

    /** Room a column heading needs beside its text: the cell margins and the sort arrow. */
    private static final int HEADING_PADDING = 24;

    private final PlanEditor editor;
    private final EReference list;
    private final EClass newType;
    private final TableViewer viewer;
    private final TableColumnLayout columnLayout = new TableColumnLayout();
    private final List<EStructuralFeature> columns = new ArrayList<>();
    private final Section section;
    private Consumer<EObject> initializer = e -> {
    };
    private EObject owner;

    /**
     * @param list    the containment reference whose elements the table shows
     * @param newType the type Add creates
     */
    public FeatureTable(PlanEditor editor, FormToolkit toolkit, Composite parent, String title, String description,
            EReference list, EClass newType) {
        this.editor = editor;
        this.list = list;
        this.newType = newType;
        section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        Composite tableHolder = toolkit.createComposite(client);
        tableHolder.setLayout(columnLayout);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 140;
        tableHolder.setLayoutData(tableData);
        // H_SCROLL: where the columns' minimum widths add up to more than the window gives, the table scrolls
        // sideways instead of cutting its last columns off (or widening the form past its buttons).
        viewer = new TableViewer(tableHolder,
                SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData("name", title);
        viewer.setContentProvider(new ItemContentProvider(editor.getAdapterFactory()) {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof EObject element ? ((List<?>) element.eGet(FeatureTable.this.list)).toArray()
                        : new Object[0];
            }
        });
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        editor.getSelectionRelay().track(viewer);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        editor.addProblemListener(this::showProblems);
        editor.addRevealer(new PlanEditor.Revealer() {
            @Override
            public boolean reveal(EObject element) {
                if (owner == null || !((List<?>) owner.eGet(FeatureTable.this.list)).contains(element)) {
                    return false;
                }
                viewer.setSelection(new StructuredSelection(element), true);
                return true;
            }

            @Override
            public org.eclipse.swt.widgets.Control control() {
                return viewer.getControl();
            }
        });

        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(new GridLayout(1, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        add.addListener(SWT.Selection, e -> add());
        Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        remove.addListener(SWT.Selection, e -> removeSelected());
        remove.setEnabled(false);
        viewer.addSelectionChangedListener(e -> remove.setEnabled(!e.getSelection().isEmpty()));
        section.setClient(client);
    }

    /** Adds a column showing and editing one feature of the rows. */
    public FeatureTable column(String header, EStructuralFeature feature, int weight) {
        columns.add(feature);
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        // never narrower than its heading: where the window is too narrow the table scrolls sideways instead
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
        int heading;
        try {
            heading = gc.textExtent(header).x + HEADING_PADDING;
        } finally {
            gc.dispose();
        }
        columnLayout.setColumnData(column.getColumn(), new ColumnWeightData(weight, Math.max(60, heading)));
        ItemLabelProvider icons = new ItemLabelProvider(editor.getAdapterFactory());
        boolean first = columns.size() == 1;
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                IItemPropertyDescriptor descriptor = descriptorOf(row, feature);
                return descriptor == null ? "" : PropertyValues.textOf(descriptor, row);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object row) {
                if (!first) {
                    return null;
                }
                ElementProblems.Problem problem = editor.problemOf((EObject) row);
                if (problem != null && problem.severity() > org.eclipse.core.resources.IMarker.SEVERITY_INFO) {
                    return org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImage(
                            problem.severity() == org.eclipse.core.resources.IMarker.SEVERITY_ERROR
                                    ? org.eclipse.ui.ISharedImages.IMG_OBJS_ERROR_TSK
                                    : org.eclipse.ui.ISharedImages.IMG_OBJS_WARN_TSK);
                }
                return icons.getImage(row);
            }

            @Override
            public String getToolTipText(Object row) {
                ElementProblems.Problem problem = first ? editor.problemOf((EObject) row) : null;
                if (problem != null) {
                    return problem.message();
                }
                String text = getText(row); // whole, for a column narrower than a long name
                return text == null || text.isEmpty() ? null : text;
            }

            @Override
            public void dispose() {
                icons.dispose();
                super.dispose();
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object row) {
                IItemPropertyDescriptor descriptor = descriptorOf(row, feature);
                return descriptor == null ? null
                        : PropertyCellEditors.create(viewer.getTable(), row, descriptor);
            }

            @Override
            protected boolean canEdit(Object row) {
                IItemPropertyDescriptor descriptor = descriptorOf(row, feature);
                return descriptor != null && descriptor.canSetProperty(row);
            }

            @Override
            protected Object getValue(Object row) {
                return PropertyValues.valueOf(descriptorOf(row, feature), row);
            }

            @Override
            protected void setValue(Object row, Object value) {
                IItemPropertyDescriptor descriptor = descriptorOf(row, feature);
                Object current = PropertyValues.valueOf(descriptor, row);
                if (value == null ? current != null : !value.equals(current)) {
                    // The descriptor executes a SetCommand on the editing domain's stack: undoable.
                    descriptor.setPropertyValue(row, value);
                }
            }
        });
        return this;
    }

    /** Sets up elements created by Add (for example a default name) before they are added. */
    public FeatureTable initializeNewWith(Consumer<EObject> newElementInitializer) {
        this.initializer = newElementInitializer;
        return this;
    }

    private IItemPropertyDescriptor descriptorOf(Object row, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) editor.getAdapterFactory().adapt(row,
                IItemPropertySource.class);
        return source == null ? null : source.getPropertyDescriptor(row, feature);
    }

    /** Shows the list of another element (master/details), or none. */
    public void setOwner(EObject newOwner) {
        owner = newOwner;
        viewer.setInput(newOwner);
        section.setEnabled(newOwner != null);
    }

    public EObject getOwner() {
        return owner;
    }

    /** Adds a new element at the end and starts editing its first column. */
    public EObject add() {
        if (owner == null) {
            return null;
        }
        EObject created = EcoreUtil.create(newType);
        initializer.accept(created);
        Ids.assignIfMissing(created);
        Command command = AddCommand.create(editor.getEditingDomain(), owner, list, created);
        editor.execute(command);
        viewer.setSelection(new StructuredSelection(created), true);
        if (!columns.isEmpty()) {
            viewer.editElement(created, 0);
        }
        return created;
    }

    /** Removes the selected elements and any references to them. */
    public void removeSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (!selection.isEmpty()) {
            editor.execute(DeleteCommand.create(editor.getEditingDomain(), selection.toList()));
        }
    }

    public TableViewer getViewer() {
        return viewer;
    }

    public Section getSection() {
        return section;
    }

    /**
     * Shows the rows' problems again. The checks run after every change, so their markers change while the planner
     * may be typing in a cell: a refresh then would throw the edit away, so it waits until the edit is over.
     */
    private void showProblems() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (viewer.isCellEditorActive()) {
            viewer.getControl().getDisplay().timerExec(300, this::showProblems);
            return;
        }
        viewer.refresh(true);
    }
}
