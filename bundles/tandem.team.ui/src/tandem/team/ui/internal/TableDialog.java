package tandem.team.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only list in a dialog: a plan's history, or its changes since it was published. */
class TableDialog extends Dialog {

    private final String title;
    private final String intro;
    private final String[] columns;
    private final int[] widths;
    private final List<String[]> rows;

    TableDialog(Shell shell, String title, String intro, String[] columns, int[] widths, List<String[]> rows) {
        super(shell);
        this.title = title;
        this.intro = intro;
        this.columns = columns;
        this.widths = widths;
        this.rows = rows;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(intro);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData("name", "rows");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        for (String[] row : rows) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(sum(widths) + 20, 260).applyTo(table);
        return area;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
