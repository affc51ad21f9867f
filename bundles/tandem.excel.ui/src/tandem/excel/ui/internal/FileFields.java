package tandem.excel.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;

/** The rows "label, text field, Browse..." of the wizard pages. */
final class FileFields {

    private FileFields() {
    }

    /** A field for a workbook on the file system, with a file dialog. */
    static Text workbook(Composite parent, String label, int dialogStyle, Runnable changed) {
        Text text = field(parent, label, changed);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), dialogStyle);
            dialog.setFilterExtensions(new String[] {"*.xlsx", "*.*"});
            dialog.setFilterNames(new String[] {"Excel workbooks (*.xlsx)", "All files"});
            dialog.setOverwrite(false);
            if (!text.getText().isBlank()) {
                dialog.setFileName(text.getText().trim());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    /** A field for a plan file in the workspace (a path like {@code project/plan.campaigns}). */
    static Text plan(Composite parent, String label, Runnable changed) {
        Text text = field(parent, label, changed);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            ResourceListSelectionDialog dialog = new ResourceListSelectionDialog(parent.getShell(),
                    ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
            dialog.setTitle("Choose a Plan");
            if (dialog.open() == ResourceListSelectionDialog.OK && dialog.getResult().length == 1
                    && dialog.getResult()[0] instanceof IFile file) {
                text.setText(file.getFullPath().makeRelative().toString());
            }
        });
        return text;
    }

    private static Text field(Composite parent, String label, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> changed.run());
        return text;
    }
}
