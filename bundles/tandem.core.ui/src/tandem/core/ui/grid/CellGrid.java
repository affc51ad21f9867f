package tandem.core.ui.grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Spreadsheet-like editing for a table of model rows: a current cell and a range of cells selected with the mouse
 * (drag, Shift+click) or the keyboard (arrows, Shift+arrows); typing starts editing the current cell, F2 or a double
 * click edits what it holds; Enter and Tab commit and move down or right (Shift: up or left); Ctrl+C copies the
 * range as tab-separated text, Ctrl+V pastes a range copied from a spreadsheet (a single value fills the whole
 * range), Ctrl+D fills the range down from its first row. A paste or fill is one command on the command stack,
 * labelled with what it changed ("Set baseline of 24 intervals"), so one Undo takes it back; text a cell cannot take
 * changes nothing and is reported, naming the row and column.
 * <p>
 * The table's own row selection follows the current cell, so that views listening to the viewer keep working. The
 * grid works with virtual tables: it asks {@link Cells} only for the cells it copies, pastes or paints.
 */
public final class CellGrid {

    /** What the grid shows and edits; row and column indexes are the table's. */
    public interface Cells {
        /** Number of rows. */
        int rowCount();

        /** The row index of a table element (as the viewer's content provider gives it). */
        int rowOf(Object element);

        /** Whether the column's cells can be changed. */
        boolean isEditable(int column);

        /** The cell's value as text, as it is copied (without units or markers). */
        String copyText(int row, int column);

        /**
         * The command that gives the cell the value the text says, or {@code null} when it has that value already.
         *
         * @throws IllegalArgumentException with a message for the planner when the text is no value of the cell
         */
        Command change(int row, int column, String text);

        /** The column's name in a sentence ("baseline"). */
        String columnName(int column);

        /** The row's name in a message ("Mon 2026-03-02 08:00"). */
        String rowName(int row);

        /** A number of rows in words ("24 intervals", "1 interval"). */
        String rows(int count);
    }

    private final TableViewer viewer;
    private final Table table;
    private final Cells cells;
    private final Consumer<Command> execute;
    private final Consumer<String> status;
    private int anchorRow;
    private int anchorColumn = 1;
    private int row;
    private int column = 1;
    private boolean dragging;
    /** Where to go when the cell editor closes after Enter or Tab: {row delta, column delta}, or null. */
    private int[] moveAfterEdit;
    /** Whether the last edit moved on already. */
    private boolean movedAfterEdit = true;

    /**
     * @param viewer  the table's viewer (its columns' editing supports start the editing)
     * @param cells   the rows' values and how to change them
     * @param execute runs a command on the editor's command stack
     * @param status  shows a message for the planner ({@code null} clears it)
     */
    public CellGrid(TableViewer viewer, Cells cells, Consumer<Command> execute, Consumer<String> status) {
        this.viewer = viewer;
        this.table = viewer.getTable();
        this.cells = cells;
        this.execute = execute;
        this.status = status;
        table.addListener(SWT.EraseItem, this::erase);
        table.addListener(SWT.PaintItem, this::paint);
        table.addListener(SWT.MouseDown, this::mouseDown);
        table.addListener(SWT.MouseMove, this::mouseMove);
        table.addListener(SWT.MouseUp, e -> dragging = false);
        table.addListener(SWT.MouseDoubleClick, e -> edit(null));
        table.addListener(SWT.MouseDown, e -> {
            if (viewer.isCellEditorActive()) {
                viewer.applyEditorValue();
            }
        });
        table.addListener(SWT.KeyDown, this::keyDown);
        table.addListener(SWT.Traverse, this::traverse);
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                movedAfterEdit = false;
                moveAfterEdit = null;
                if (event.getSource() instanceof ViewerCell cell && cells.rowOf(cell.getElement()) >= 0) {
                    // Editing started elsewhere (a test, a reveal) makes the edited cell the current one.
                    anchorRow = row = cells.rowOf(cell.getElement());
                    anchorColumn = column = cell.getColumnIndex();
                }
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                int[] move = moveAfterEdit;
                moveAfterEdit = null;
                if (move != null && !table.isDisposed()) {
                    performMove(move);
                }
            }
        });
    }

    /** Lets Enter and Tab in a column's cell editor commit and move on, as in a spreadsheet. */
    public void hook(CellEditor editor) {
        Control control = editor.getControl();
        if (control == null) {
            return;
        }
        control.addListener(SWT.Traverse, e -> {
            boolean shift = (e.stateMask & SWT.SHIFT) != 0;
            if (e.detail == SWT.TRAVERSE_RETURN) {
                requestMove(new int[] { shift ? -1 : 1, 0 });
            } else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                boolean back = shift || e.detail == SWT.TRAVERSE_TAB_PREVIOUS;
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                requestMove(new int[] { 0, back ? -1 : 1 });
                viewer.applyEditorValue();
            }
        });
        // Enter also arrives as default selection (after the cell editor applied the value, on some platforms only).
        control.addListener(SWT.DefaultSelection, e -> requestMove(new int[] { 1, 0 }));
    }

    /** Moves once per edit: when the cell editor closes, or at once if it is closed already. */
    private void requestMove(int[] move) {
        if (movedAfterEdit || moveAfterEdit != null) {
            return;
        }
        if (viewer.isCellEditorActive()) {
            moveAfterEdit = move;
        } else {
            performMove(move);
        }
    }

    private void performMove(int[] move) {
        movedAfterEdit = true;
        moveTo(row + move[0], column + move[1], true);
        table.setFocus();
    }

    /** The current cell: {row, column}. */
    public int[] current() {
        return new int[] { row, column };
    }

    /** The selected range: {first row, first column, last row, last column}. */
    public int[] range() {
        return new int[] { Math.min(row, anchorRow), Math.min(column, anchorColumn), Math.max(row, anchorRow),
                Math.max(column, anchorColumn) };
    }

    /** Selects the range between two cells; the second becomes the current cell, shown on screen. */
    public void select(int fromRow, int fromColumn, int toRow, int toColumn) {
        anchorRow = clampRow(fromRow);
        anchorColumn = clampColumn(fromColumn);
        moveTo(toRow, toColumn, false);
    }

    /** Copies the selected range to the clipboard as tab-separated text and answers it. */
    public String copy() {
        int[] r = range();
        List<List<String>> rows = new ArrayList<>();
        for (int i = r[0]; i <= r[2]; i++) {
            List<String> line = new ArrayList<>();
            for (int c = r[1]; c <= r[3]; c++) {
                line.add(cells.copyText(i, c));
            }
            rows.add(line);
        }
        String text = TabSeparated.format(rows);
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        status.accept(null);
        return text;
    }

    /** Pastes the clipboard's text, as {@link #paste(String)}. */
    public boolean paste() {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            Object text = clipboard.getContents(TextTransfer.getInstance());
            return text instanceof String s && paste(s);
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * Pastes tab-separated text from the current range's first cell on: one command for all its cells, or nothing
     * with a message when a cell cannot take its text or the range runs past the table. A single value fills the
     * whole selected range. Read-only columns in the way are skipped.
     *
     * @return whether the plan changed
     */
    public boolean paste(String text) {
        List<List<String>> rows = TabSeparated.parse(text);
        if (rows.isEmpty()) {
            return false;
        }
        int[] r = range();
        List<Change> changes = new ArrayList<>();
        if (rows.size() == 1 && rows.get(0).size() == 1) {
            for (int i = r[0]; i <= r[2]; i++) {
                for (int c = r[1]; c <= r[3]; c++) {
                    changes.add(new Change(i, c, rows.get(0).get(0)));
                }
            }
        } else {
            if (r[0] + rows.size() > cells.rowCount()) {
                status.accept("The " + rows.size() + " rows pasted run past the last row of the table: nothing"
                        + " was pasted");
                return false;
            }
            for (int i = 0; i < rows.size(); i++) {
                List<String> line = rows.get(i);
                for (int k = 0; k < line.size(); k++) {
                    int c = r[1] + k;
                    if (c >= table.getColumnCount()) {
                        status.accept("The " + line.size() + " columns pasted run past the last column of the table:"
                                + " nothing was pasted");
                        return false;
                    }
                    changes.add(new Change(r[0] + i, c, line.get(k)));
                }
            }
            anchorRow = r[0];
            anchorColumn = r[1];
            int lastRow = r[0] + rows.size() - 1;
            int lastColumn = r[1] + rows.stream().mapToInt(List::size).max().orElse(1) - 1;
            row = lastRow;
            column = lastColumn;
        }
        return apply(changes, "Paste");
    }

    /**
     * Fills the selected range down from its first row, column by column; with a single row selected, copies the
     * row above into it (as Ctrl+D does in a spreadsheet).
     *
     * @return whether the plan changed
     */
    public boolean fillDown() {
        int[] r = range();
        int source = r[0];
        int first = r[0] + 1;
        if (r[0] == r[2]) {
            if (r[0] == 0) {
                return false;
            }
            source = r[0] - 1;
            first = r[0];
        }
        List<Change> changes = new ArrayList<>();
        for (int c = r[1]; c <= r[3]; c++) {
            if (!cells.isEditable(c)) {
                continue;
            }
            String value = cells.copyText(source, c);
            for (int i = first; i <= r[2]; i++) {
                changes.add(new Change(i, c, value));
            }
        }
        return apply(changes, "Fill down");
    }

    private record Change(int row, int column, String text) {
    }

    /** Runs the changes as one command, or none with a message naming the first cell that cannot take its text. */
    private boolean apply(List<Change> changes, String verb) {
        CompoundCommand compound = new CompoundCommand();
        Set<Integer> columns = new LinkedHashSet<>();
        Set<Integer> rows = new LinkedHashSet<>();
        int skipped = 0;
        for (Change change : changes) {
            if (!cells.isEditable(change.column())) {
                skipped++;
                continue;
            }
            Command command;
            try {
                command = cells.change(change.row(), change.column(), change.text());
            } catch (IllegalArgumentException e) {
                status.accept(verb + ": " + cells.rowName(change.row()) + ", " + cells.columnName(change.column())
                        + ": " + e.getMessage() + "; nothing was changed");
                return false;
            }
            if (command != null) {
                compound.append(command);
                columns.add(change.column());
                rows.add(change.row());
            }
        }
        table.redraw();
        if (compound.isEmpty()) {
            status.accept(skipped > 0 ? verb + ": only read-only cells were in the way; nothing was changed" : null);
            return false;
        }
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(cells.columnName(c));
        }
        compound.setLabel("Set " + join(names) + " of " + cells.rows(rows.size()));
        execute.accept(compound);
        status.accept(skipped > 0 ? verb + ": " + skipped + " read-only cells were left as they are" : null);
        return true;
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Starts editing the current cell; with a typed character, replacing what it holds by that character. */
    private void edit(Character typed) {
        if (!cells.isEditable(column) || row >= cells.rowCount()) {
            return;
        }
        Object element = viewer.getElementAt(row);
        if (element == null) {
            return;
        }
        viewer.editElement(element, column);
        if (typed != null && viewer.isCellEditorActive()
                && table.getDisplay().getFocusControl() instanceof Text text) {
            text.setText(String.valueOf(typed));
            text.setSelection(1);
        }
    }

    private void keyDown(Event e) {
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (mod && (e.keyCode == 'c' || e.keyCode == 'C')) {
            copy();
            e.doit = false;
        } else if (mod && (e.keyCode == 'v' || e.keyCode == 'V')) {
            paste();
            e.doit = false;
        } else if (mod && (e.keyCode == 'd' || e.keyCode == 'D')) {
            fillDown();
            e.doit = false;
        } else if (mod && (e.keyCode == 'a' || e.keyCode == 'A')) {
            select(0, 1, cells.rowCount() - 1, table.getColumnCount() - 1);
            e.doit = false;
        } else if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_LEFT
                || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.PAGE_UP || e.keyCode == SWT.PAGE_DOWN) {
            int page = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()) - 1);
            int dr = switch (e.keyCode) {
            case SWT.ARROW_UP -> -1;
            case SWT.ARROW_DOWN -> 1;
            case SWT.PAGE_UP -> -page;
            case SWT.PAGE_DOWN -> page;
            default -> 0;
            };
            int dc = e.keyCode == SWT.ARROW_LEFT ? -1 : e.keyCode == SWT.ARROW_RIGHT ? 1 : 0;
            moveTo(row + dr, column + dc, !shift);
            e.doit = false;
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            moveTo(row + (shift ? -1 : 1), column, true);
            e.doit = false;
        } else if (e.keyCode == SWT.F2) {
            edit(null);
            e.doit = false;
        } else if (!mod && (e.stateMask & SWT.ALT) == 0 && e.character >= ' ' && e.character != 127) {
            edit(e.character);
            e.doit = false;
        }
    }

    private void traverse(Event e) {
        if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
            boolean back = e.detail == SWT.TRAVERSE_TAB_PREVIOUS || (e.stateMask & SWT.SHIFT) != 0;
            e.doit = false;
            e.detail = SWT.TRAVERSE_NONE;
            moveTo(row, column + (back ? -1 : 1), true);
        } else if (e.detail == SWT.TRAVERSE_RETURN) {
            e.doit = false;
            e.detail = SWT.TRAVERSE_NONE;
            moveTo(row + ((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1), column, true);
        }
    }

    private void mouseDown(Event e) {
        if (e.button != 1) {
            return;
        }
        int[] cell = cellAt(e.x, e.y);
        if (cell == null) {
            return;
        }
        if ((e.stateMask & SWT.SHIFT) == 0) {
            anchorRow = cell[0];
            anchorColumn = cell[1];
        }
        row = cell[0];
        column = cell[1];
        dragging = true;
        table.redraw();
    }

    private void mouseMove(Event e) {
        if (!dragging || (e.stateMask & SWT.BUTTON1) == 0) {
            dragging = false;
            return;
        }
        int[] cell = cellAt(e.x, e.y);
        if (cell != null && (cell[0] != row || cell[1] != column)) {
            row = cell[0];
            column = cell[1];
            table.redraw();
        }
    }

    private int[] cellAt(int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        if (item == null) {
            return null;
        }
        for (int c = 0; c < table.getColumnCount(); c++) {
            if (item.getBounds(c).contains(x, y)) {
                return new int[] { table.indexOf(item), c };
            }
        }
        return null;
    }

    /** Makes the cell current (clamped to the table); {@code collapse} also makes it the whole range. */
    private void moveTo(int newRow, int newColumn, boolean collapse) {
        row = clampRow(newRow);
        column = clampColumn(newColumn);
        if (collapse) {
            anchorRow = row;
            anchorColumn = column;
        }
        if (row < table.getItemCount()) {
            table.setSelection(row);
            table.showItem(table.getItem(row));
            table.showColumn(table.getColumn(column));
        }
        table.redraw();
    }

    private int clampRow(int value) {
        return Math.max(0, Math.min(value, Math.max(0, cells.rowCount() - 1)));
    }

    private int clampColumn(int value) {
        return Math.max(0, Math.min(value, table.getColumnCount() - 1));
    }

    private boolean inRange(int r, int c) {
        int[] range = range();
        return r >= range[0] && r <= range[2] && c >= range[1] && c <= range[3];
    }

    private int rowOf(Event e) {
        Object data = e.item == null ? null : e.item.getData();
        return data == null ? -1 : cells.rowOf(data);
    }

    private void erase(Event e) {
        e.detail &= ~SWT.HOT;
        int r = rowOf(e);
        boolean selected = r >= 0 && inRange(r, e.index);
        if ((e.detail & SWT.SELECTED) != 0 || selected) {
            e.detail &= ~(SWT.SELECTED | SWT.FOCUSED);
            if (selected) {
                GC gc = e.gc;
                Color before = gc.getBackground();
                gc.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.setAlpha(70);
                Rectangle bounds = ((TableItem) e.item).getBounds(e.index);
                gc.fillRectangle(bounds.x, e.y, bounds.width, e.height);
                gc.setAlpha(255);
                gc.setBackground(before);
            }
        }
    }

    private void paint(Event e) {
        if (rowOf(e) == row && e.index == column) {
            Rectangle bounds = ((TableItem) e.item).getBounds(e.index);
            GC gc = e.gc;
            Color before = gc.getForeground();
            gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(bounds.x + 1, bounds.y + 1, bounds.width - 2, bounds.height - 2);
            gc.setLineWidth(1);
            gc.setForeground(before);
        }
    }
}
