package tandem.excel.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.ui.wizards.StatusLine;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookException;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;

/**
 * File &gt; Export &gt; Tandem &gt; Plan as Excel Workbook. Exports what the planner sees: the open editor's document
 * with its unsaved changes, or else the file. The workbook is written atomically.
 */
public class ExcelExportWizard extends Wizard implements IExportWizard {

    private IWorkbench workbench;
    private IFile initialPlan;
    private ExportPage page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        initialPlan = WorkspacePlans.initialPlan(newWorkbench, selection);
        setWindowTitle("Export Plan as Excel Workbook");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ExportPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        return page.export();
    }

    /** The plan, the workbook and the sheets that will be written. */
    final class ExportPage extends WizardPage {
        private Text plan;
        private Text workbook;
        private SheetTable sheets;
        private Label note;
        private EObject document;
        private WorkbookLayout layout;
        private ResourceSet scope;
        private IFile loaded;

        ExportPage() {
            super("export");
            setTitle("Export a Plan as an Excel Workbook");
            setDescription("One sheet per table of the plan, with real Excel dates and numbers.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            plan = FileFields.plan(body, "Plan:", this::update);
            workbook = FileFields.workbook(body, "Workbook:", SWT.SAVE, this::update);
            note = new Label(body, SWT.WRAP);
            note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            new Label(body, SWT.NONE).setText("Sheets:");
            new Label(body, SWT.NONE);
            new Label(body, SWT.NONE);
            sheets = new SheetTable(body, "Sheets", 180, "Sheet", "Rows");
            setControl(body);
            if (initialPlan != null) {
                plan.setText(initialPlan.getFullPath().makeRelative().toString());
                if (initialPlan.getLocation() != null) {
                    workbook.setText(initialPlan.getLocation().removeFileExtension().addFileExtension("xlsx")
                            .toOSString());
                }
            }
            update();
        }

        private void update() {
            IFile file = WorkspacePlans.file(plan.getText());
            if (file == null || !file.equals(loaded)) {
                document = null;
                loaded = null;
                note.setText("");
            }
            sheets.show(List.of());
            if (file == null) {
                incomplete("Choose the plan to export.", false);
                return;
            }
            layout = WorkbookLayouts.forFileExtension(file.getFileExtension()).orElse(null);
            if (layout == null || !file.exists()) {
                incomplete(layout == null ? "'" + file.getName() + "' is not a plan Tandem can export."
                        : plan.getText().trim() + " does not exist.", true);
                return;
            }
            if (document == null && !load(file)) {
                return;
            }
            loaded = file;
            List<String[]> rows = new ArrayList<>();
            for (SheetCounts count : WorkbookExport.rows(document, layout)) {
                rows.add(new String[] {count.sheet(), Integer.toString(count.rows())});
            }
            sheets.show(rows);
            String target = workbook.getText().trim();
            if (target.isEmpty()) {
                incomplete("Choose the workbook to write.", false);
                return;
            }
            if (!target.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                incomplete("The workbook must be an .xlsx file.", true);
                return;
            }
            Path folder = Path.of(target).toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                incomplete("The folder " + folder + " does not exist.", true);
                return;
            }
            if (Files.exists(Path.of(target))) {
                setMessage("The workbook exists; finishing replaces it.", WARNING);
            } else {
                setMessage(null);
            }
            setErrorMessage(null);
            setPageComplete(true);
        }

        private boolean load(IFile file) {
            java.util.Optional<Resource> open = WorkspacePlans.editorOf(workbench, file)
                    .flatMap(editor -> WorkspacePlans.documentOf(editor, file));
            if (open.isPresent()) {
                document = open.get().getContents().get(0);
                scope = open.get().getResourceSet();
                note.setText("Exports the open editor's document, with its unsaved changes.");
            } else {
                scope = PlanDocuments.createResourceSet();
                try {
                    document = PlanDocuments.load(scope, WorkspacePlans.uri(file)).getContents().get(0);
                } catch (PlanDocumentException e) {
                    incomplete(file.getName() + " cannot be read: " + e.problems().get(0).reason(), true);
                    return false;
                } catch (RuntimeException e) {
                    incomplete(file.getName() + " cannot be read.", true);
                    return false;
                }
            }
            if (!layout.rootType().isInstance(document)) {
                incomplete(file.getName() + " holds no " + layout.documentName() + ".", true);
                document = null;
                return false;
            }
            WorkspacePlans.loadProject(scope, file);
            return true;
        }

        private void incomplete(String message, boolean error) {
            if (error) {
                setErrorMessage(message);
            } else {
                setErrorMessage(null);
                setMessage(message);
            }
            setPageComplete(false);
        }

        boolean export() {
            Path target = Path.of(workbook.getText().trim());
            if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "Replace Workbook?",
                    target.getFileName() + " exists. Replace it?")) {
                return false;
            }
            try {
                WorkbookExport.write(document, layout, ReferenceScope.of(scope), target);
                StatusLine.tell(workbench, "Exported " + plan.getText().trim() + " to the workbook "
                        + target.toAbsolutePath());
                return true;
            } catch (WorkbookException e) {
                MessageDialog.openError(getShell(), "Could not export", e.getMessage());
            } catch (IOException e) {
                MessageDialog.openError(getShell(), "Could not export", "Could not write " + target + ": "
                        + e.getMessage());
            }
            return false;
        }
    }
}
