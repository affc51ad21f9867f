package tandem.excel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.ui.internal.center.ContactCenterEditor;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayouts;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/** A planner exports a plan to Excel and imports workbooks through File > Export and File > Import. */
class ExcelWizardsTest {

    @TempDir
    Path outside;

    private IProject project;
    private IFile plan;

    @BeforeEach
    void createProjectWithASetup() throws CoreException, IOException {
        project = PlanProjects.open("excel");
        plan = project.getFile("acme.center");
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createPlatformResourceURI(plan.getFullPath().toString(), true));
        resource.getContents().add(center());
        PlanDocuments.save(resource);
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
    }

    @AfterEach
    void cleanUp() throws CoreException {
        for (Shell shell : Ui.display().getShells()) {
            if (shell.getData() instanceof WizardDialog dialog) {
                dialog.close();
            }
        }
        PlanProjects.delete(project);
    }

    @Test
    void exportWizardWritesTheSelectedPlanAsAWorkbook() throws Exception {
        Shell shell = open("tandem.excel.ui.export", new StructuredSelection(plan), "Export Plan as Excel Workbook");
        Path workbook = outside.resolve("acme.xlsx");

        Ui.type(Ui.text(shell, "Workbook:"), workbook.toString());

        assertEquals(List.of("Center 1", "Queues 2", "Opening hours 0", "Weekly hours 0", "Hours exceptions 0",
                "Teams 1"), Ui.rows(Ui.table(shell, "Sheets")));
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the wizard has closed", shell::isDisposed);
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        assertFalse(Ui.findAll(window, org.eclipse.swt.custom.CLabel.class, label -> label.getText() != null
                && label.getText().contains(workbook.toAbsolutePath().toString())).isEmpty(),
                "the status line says where the export wrote");

        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("center").orElseThrow(),
                ReferenceScope.EMPTY);
        EObject saved = load();
        assertTrue(EcoreUtil.equals(saved, read.document()), "the workbook holds the plan");
    }

    @Test
    void importWizardListsEveryProblemOfABadWorkbookAndChangesNothing() throws Exception {
        ContactCenterEditor editor = (ContactCenterEditor) IDE.openEditor(Ui.page(), plan);
        EObject before = EcoreUtil.copy(editor.getContactCenter());
        Path bad = outside.resolve("bad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(bad)) {
            Sheet queues = workbook.createSheet("Queues");
            cells(queues.createRow(0), "name", "channel");
            cells(queues.createRow(1), "Billing", "fax");
            Sheet teams = workbook.createSheet("Teams");
            cells(teams.createRow(0), "name", "headcount", "queues");
            cells(teams.createRow(1), "Blue", "lots", "Complaints");
            workbook.write(out);
        }
        Shell shell = open("tandem.excel.ui.import", StructuredSelection.EMPTY, "Import Plan from Excel Workbook");

        Ui.type(Ui.text(shell, "Workbook:"), bad.toString());

        assertEquals("excel/acme.center", Ui.text(shell, "Plan:").getText(), "the open editor's plan");
        assertEquals(List.of(
                "Queues!B2: 'fax' is not a channel (one of phone, chat, email, social, sms)",
                "Teams!B2: 'lots' is not a number",
                "Teams!C2: unknown queue 'Complaints'"), Ui.rows(Ui.table(shell, "Problems")));
        assertFalse(Ui.button(shell, "Finish").isEnabled(), "a workbook with problems cannot be imported");
        Ui.click(Ui.button(shell, "Cancel"));

        assertFalse(editor.isDirty());
        assertTrue(EcoreUtil.equals(before, editor.getContactCenter()), "the plan is unchanged");
    }

    @Test
    void importWizardMergesIntoTheOpenEditorAsOneUndoableChange() throws Exception {
        Path workbook = outside.resolve("acme.xlsx");
        WorkbookExport.write(load(), WorkbookLayouts.forFileExtension("center").orElseThrow(), ReferenceScope.EMPTY,
                workbook);
        XSSFWorkbook excel;
        try (InputStream in = Files.newInputStream(workbook)) {
            excel = new XSSFWorkbook(in);
        }
        try (excel; OutputStream out = Files.newOutputStream(workbook)) {
            Sheet queues = excel.getSheet("Queues");
            int skill = column(queues, "skill");
            queues.getRow(2).getCell(skill).setCellValue("upselling");
            cells(queues.createRow(3), "", "Complaints");
            excel.write(out);
        }
        ContactCenterEditor editor = (ContactCenterEditor) IDE.openEditor(Ui.page(), plan);
        ContactCenter center = editor.getContactCenter();
        Queue sales = center.getQueues().get(1);
        Shell shell = open("tandem.excel.ui.import", StructuredSelection.EMPTY, "Import Plan from Excel Workbook");

        Ui.type(Ui.text(shell, "Workbook:"), workbook.toString());

        assertEquals(List.of("Center 0 0 1", "Queues 1 1 1", "Teams 0 0 1"), Ui.rows(Ui.table(shell, "Changes")));
        assertEquals(List.of(), Ui.rows(Ui.table(shell, "Problems")));
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the wizard has closed", shell::isDisposed);

        assertEquals("upselling", sales.getSkill());
        assertEquals("Complaints", center.getQueues().get(2).getName());
        assertNotNull(center.getQueues().get(2).getId(), "the new queue has its id at once");
        assertTrue(editor.isDirty(), "the editor holds the import until it is saved");
        Ui.page().activate(editor);
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals("sales", sales.getSkill(), "one Undo takes the whole import back");
        assertEquals(2, center.getQueues().size());
        assertFalse(editor.isDirty());
    }

    private static ContactCenter center() {
        CoreFactory f = CoreFactory.eINSTANCE;
        ContactCenter center = f.createContactCenter();
        center.setId("center-acme");
        center.setName("Acme");
        for (String name : new String[] {"Billing", "Sales"}) {
            Queue queue = f.createQueue();
            queue.setId("queue-" + name.toLowerCase());
            queue.setName(name);
            queue.setChannel(Channel.PHONE);
            queue.setSkill(name.toLowerCase());
            center.getQueues().add(queue);
        }
        Team team = f.createTeam();
        team.setId("team-blue");
        team.setName("Blue");
        team.setHeadcount(8);
        team.getQueues().addAll(center.getQueues());
        center.getTeams().add(team);
        return center;
    }

    private EObject load() throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        return PlanDocuments.load(set, URI.createPlatformResourceURI(plan.getFullPath().toString(), true))
                .getContents().get(0);
    }

    private static Shell open(String wizardId, StructuredSelection selection, String title) throws CoreException {
        IWizardDescriptor descriptor = wizardId.endsWith("export")
                ? PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(wizardId)
                : PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(wizardId);
        assertNotNull(descriptor, wizardId + " is registered");
        assertEquals("tandem", descriptor.getCategory().getId());
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), selection);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return Ui.shell(title);
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static int column(Sheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
