package tandem.excel.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.excel.ImportResult;
import tandem.excel.MergePlan;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;

/**
 * File &gt; Import &gt; Tandem &gt; Plan from Excel Workbook. Shows what the import would change (rows added and
 * changed per sheet) or every problem of the workbook before anything happens. Into a plan open in an editor the
 * import is one command on the editor's command stack (Undo takes it back); into a plan that is not open it is
 * merged and saved; a plan file that does not exist yet is created.
 */
public class ExcelImportWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private IFile initialPlan;
    private ImportPage page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        initialPlan = WorkspacePlans.initialPlan(newWorkbench, selection);
        setWindowTitle("Import Plan from Excel Workbook");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ImportPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        return page.finish();
    }

    /** Where the import goes: an open editor's document, an existing file, or a new file. */
    private record Target(IFile file, Resource resource, EditingDomain domain) {
        boolean isNew() {
            return resource == null;
        }
    }

    /** The workbook, the plan, and the preview of the import. */
    final class ImportPage extends WizardPage {
        private Text workbook;
        private Text plan;
        private Label what;
        private SheetTable changes;
        private SheetTable problems;
        private Target target;
        private ImportResult result;
        private MergePlan merge;

        ImportPage() {
            super("import");
            setTitle("Import a Plan from an Excel Workbook");
            setDescription("Choose the workbook and the plan it goes into; nothing changes before Finish.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            workbook = FileFields.workbook(body, "Workbook:", SWT.OPEN, this::update);
            plan = FileFields.plan(body, "Plan:", this::update);
            what = new Label(body, SWT.WRAP);
            what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            label(body, "Changes:");
            changes = new SheetTable(body, "Changes", 150, "Sheet", "Added", "Changed", "Unchanged");
            label(body, "Problems:");
            problems = new SheetTable(body, "Problems", 120, "Problem");
            setControl(body);
            if (initialPlan != null) {
                plan.setText(initialPlan.getFullPath().makeRelative().toString());
            }
            update();
        }

        private void label(Composite body, String text) {
            Label label = new Label(body, SWT.NONE);
            label.setText(text);
            label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        }

        private void update() {
            result = null;
            merge = null;
            target = null;
            what.setText("");
            changes.show(List.of());
            problems.show(List.of());
            String workbookPath = workbook.getText().trim();
            if (workbookPath.isEmpty()) {
                incomplete("Choose the workbook to import.", false);
                return;
            }
            Path file = Path.of(workbookPath);
            if (!Files.isRegularFile(file)) {
                incomplete(workbookPath + " does not exist.", true);
                return;
            }
            IFile planFile = WorkspacePlans.file(plan.getText());
            if (planFile == null) {
                incomplete("Choose the plan to import into (project/file).", false);
                return;
            }
            Optional<WorkbookLayout> layout = WorkbookLayouts.forFileExtension(planFile.getFileExtension());
            if (layout.isEmpty()) {
                incomplete("'" + planFile.getName() + "' is not a plan Tandem can import into (plan files end in ."
                        + String.join(", .", WorkbookLayouts.fileExtensions()) + ").", true);
                return;
            }
            if (!planFile.getParent().exists()) {
                incomplete(planFile.getParent().getFullPath().makeRelative() + " does not exist.", true);
                return;
            }
            BusyIndicator.showWhile(getShell().getDisplay(), () -> preview(file, planFile, layout.get()));
        }

        private void preview(Path file, IFile planFile, WorkbookLayout layout) {
            ResourceSet scope;
            Optional<IEditorPart> editor = WorkspacePlans.editorOf(workbench, planFile);
            Optional<Resource> open = editor.flatMap(e -> WorkspacePlans.documentOf(e, planFile));
            if (open.isPresent()) {
                target = new Target(planFile, open.get(), editor.get().getAdapter(EditingDomain.class));
                scope = open.get().getResourceSet();
            } else if (editor.isPresent()) {
                incomplete(planFile.getName() + " is open in an editor but could not be read; repair it first.",
                        true);
                return;
            } else if (planFile.exists()) {
                scope = PlanDocuments.createResourceSet();
                try {
                    target = new Target(planFile, PlanDocuments.load(scope, WorkspacePlans.uri(planFile)), null);
                } catch (PlanDocumentException e) {
                    incomplete(planFile.getName() + " cannot be read: " + e.problems().get(0).reason(), true);
                    return;
                }
            } else {
                scope = PlanDocuments.createResourceSet();
                target = new Target(planFile, null, null);
            }
            if (!target.isNew() && (target.resource().getContents().isEmpty()
                    || !layout.rootType().isInstance(target.resource().getContents().get(0)))) {
                incomplete(planFile.getName() + " holds no " + layout.documentName() + ".", true);
                return;
            }
            WorkspacePlans.loadProject(scope, planFile);
            result = WorkbookImport.read(file, layout, ReferenceScope.of(scope));
            if (!result.succeeded()) {
                showProblems(result.problems());
                return;
            }
            List<SheetCounts> counts;
            if (target.isNew()) {
                List<WorkbookProblem> invalid = WorkbookImport.validate(result);
                if (!invalid.isEmpty()) {
                    showProblems(invalid);
                    return;
                }
                counts = result.counts();
                what.setText("Creates " + planFile.getFullPath().makeRelative() + ".");
            } else {
                merge = WorkbookImport.merge(result, target.resource().getContents().get(0));
                if (!merge.problems().isEmpty()) {
                    showProblems(merge.problems());
                    return;
                }
                counts = merge.counts();
                what.setText(target.domain() != null
                        ? "Changes the plan open in the editor, as one change you can undo."
                        : "Changes " + planFile.getFullPath().makeRelative() + " and saves it.");
            }
            List<String[]> rows = new ArrayList<>();
            for (SheetCounts count : counts) {
                if (count.rows() > 0) {
                    rows.add(new String[] {count.sheet(), Integer.toString(count.added()),
                            Integer.toString(count.changed()), Integer.toString(count.unchanged())});
                }
            }
            changes.show(rows);
            setErrorMessage(null);
            setMessage(merge != null && !merge.changesAnything() ? "The plan already holds what the workbook says."
                    : null);
            setPageComplete(true);
        }

        private void showProblems(List<WorkbookProblem> found) {
            List<String[]> rows = new ArrayList<>();
            for (WorkbookProblem problem : found) {
                rows.add(new String[] {problem.toString()});
            }
            problems.show(rows);
            incomplete("The workbook has " + found.size() + " problem(s); nothing will be imported.", true);
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

        boolean finish() {
            if (target == null || result == null || !result.succeeded()) {
                return false;
            }
            String label = "Import " + Path.of(workbook.getText().trim()).getFileName();
            try {
                if (target.domain() != null) {
                    target.domain().getCommandStack().execute(merge.command(label));
                } else if (!target.isNew()) {
                    Command command = merge.command(label);
                    command.execute();
                    PlanDocuments.saveIfUnchanged(target.resource());
                    WorkspacePlans.refresh(target.file());
                } else {
                    create();
                }
                return true;
            } catch (IOException e) {
                MessageDialog.openError(getShell(), "Could not import", e.getMessage()
                        + "\n\nThe plan file is unchanged.");
                return false;
            }
        }

        private void create() throws IOException {
            ResourceSet set = PlanDocuments.createResourceSet();
            Resource resource = set.createResource(WorkspacePlans.uri(target.file()));
            EObject document = result.document();
            resource.getContents().add(document);
            Ids.assignMissing(resource);
            PlanDocuments.save(resource);
            WorkspacePlans.refresh(target.file());
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), target.file(), true);
            } catch (PartInitException e) {
                // the plan is written; the planner opens it from the navigator
            }
        }
    }
}
