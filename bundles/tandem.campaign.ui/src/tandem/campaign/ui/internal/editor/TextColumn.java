package tandem.campaign.ui.internal.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

import tandem.core.ui.editors.PlanEditor;
import tandem.core.ui.emf.DataTypes;
import tandem.core.ui.forms.FeatureTable;

/**
 * A column of a {@link FeatureTable} that shows a value as text the planner edits in place: values that are no
 * single attribute (a share profile like {@code 50/30/20}, a channel split), and dates and numbers. Text that does
 * not parse is explained in the status line and not applied; text that does becomes one command on the editor's
 * stack.
 *
 * @param <T> the parsed value
 */
final class TextColumn<T> {

    private final PlanEditor editor;
    private final Function<Object, T> value;
    private final Function<T, String> format;
    private final Function<String, T> parse;
    private final BiFunction<Object, T, Command> change;

    private TextColumn(PlanEditor editor, Function<Object, T> value, Function<T, String> format,
            Function<String, T> parse, BiFunction<Object, T, Command> change) {
        this.editor = editor;
        this.value = value;
        this.format = format;
        this.parse = parse;
        this.change = change;
    }

    /**
     * Adds a text column to the table.
     *
     * @param value  the row's value
     * @param format a value as text
     * @param parse  text to a value; throws {@link IllegalArgumentException} with a message for the planner
     * @param change the command that gives the row a value
     */
    static <T> void add(PlanEditor editor, FeatureTable table, String header, int weight, Function<Object, T> value,
            Function<T, String> format, Function<String, T> parse, BiFunction<Object, T, Command> change) {
        new TextColumn<>(editor, value, format, parse, change).addTo(table.getViewer(), header, weight);
    }

    /**
     * Adds a column that edits one attribute as text in its data type's notation (a date as {@code 2026-03-02}, a
     * rate as {@code 2%}), with the data type's own messages for text that is no value.
     */
    static void attribute(PlanEditor editor, FeatureTable table, String header, int weight, EAttribute attribute) {
        add(editor, table, header, weight, row -> ((EObject) row).eGet(attribute),
                value -> DataTypes.textOf(attribute, value),
                text -> {
                    try {
                        return DataTypes.parse(attribute, text);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(DataTypes.problemOf(attribute, text, e), e);
                    }
                },
                (row, value) -> SetCommand.create(editor.getEditingDomain(), row, attribute,
                        value == null ? SetCommand.UNSET_VALUE : value));
    }

    private String textOf(Object row) {
        return format.apply(value.apply(row));
    }

    private void addTo(TableViewer viewer, String header, int weight) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        // FeatureTable lays its columns out with a TableColumnLayout on the table's parent.
        if (viewer.getTable().getParent().getLayout() instanceof TableColumnLayout layout) {
            layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        }
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return textOf(row);
            }

            /** The whole text, for a cell the default window is too narrow for (a long channel split). */
            @Override
            public String getToolTipText(Object row) {
                String text = textOf(row);
                return text == null || text.isEmpty() ? null : text;
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            private TextCellEditor cellEditor;

            @Override
            protected CellEditor getCellEditor(Object row) {
                if (cellEditor == null || cellEditor.getControl() == null || cellEditor.getControl().isDisposed()) {
                    cellEditor = createCellEditor(viewer);
                }
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object row) {
                return true;
            }

            @Override
            protected Object getValue(Object row) {
                return textOf(row);
            }

            @Override
            protected void setValue(Object row, Object typed) {
                // A cell editor hands over null for text its validator refused (explained in the status line).
                if (typed == null || problemOf(typed.toString()) != null) {
                    return;
                }
                String text = typed.toString();
                T parsed = parse.apply(text);
                if (!format.apply(parsed).equals(textOf(row))) {
                    editor.execute(change.apply(row, parsed));
                }
            }
        });
    }

    private TextCellEditor createCellEditor(TableViewer viewer) {
        TextCellEditor cellEditor = new TextCellEditor(viewer.getTable());
        cellEditor.setValidator(text -> problemOf((String) text));
        cellEditor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                showProblem(cellEditor.getErrorMessage());
            }

            @Override
            public void applyEditorValue() {
                showProblem(null);
            }

            @Override
            public void cancelEditor() {
                showProblem(null);
            }
        });
        return cellEditor;
    }

    private String problemOf(String text) {
        try {
            parse.apply(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void showProblem(String message) {
        IStatusLineManager status = editor.getEditorSite().getActionBars().getStatusLineManager();
        status.setErrorMessage(message);
    }
}
