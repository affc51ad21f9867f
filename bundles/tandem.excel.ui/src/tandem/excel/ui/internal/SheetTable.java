package tandem.excel.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only table with a header, named for tests ({@code setData("name", ...)}), filled row by row. */
final class SheetTable {

    private final Table table;

    SheetTable(Composite parent, String name, int heightHint, String... headers) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData("name", name);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        layout.heightHint = heightHint;
        table.setLayoutData(layout);
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(headers[i]);
            column.setWidth(headers.length == 1 ? 560 : i == 0 ? 200 : 90);
        }
    }

    void show(List<String[]> rows) {
        table.setRedraw(false);
        table.removeAll();
        for (String[] row : rows) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        table.setRedraw(true);
    }

    Table control() {
        return table;
    }
}
