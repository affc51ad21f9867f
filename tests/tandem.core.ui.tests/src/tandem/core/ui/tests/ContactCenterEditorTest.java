package tandem.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;
import tandem.core.ui.editors.LoadProblemsPage;
import tandem.core.ui.internal.center.ContactCenterEditor;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/** A planner creates, edits, undoes, saves and reopens a contact-center setup in the running workbench. */
class ContactCenterEditorTest {

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("plans");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void createEditUndoSaveAndReopenASetup() throws Exception {
        ContactCenterEditor editor = createWithWizard("acme.center");
        ContactCenter center = editor.getContactCenter();
        assertEquals("acme", center.getName());
        assertEquals(1, center.getOpeningHours().size(), "a new setup starts with business hours");

        Table queues = Ui.table(editor.getPageContainer(), "Queues");
        Ui.click(Ui.button(Ui.section(editor.getPageContainer(), "Queues"), "Add"));
        assertEquals(1, center.getQueues().size());
        Queue queue = center.getQueues().get(0);
        assertEquals("New queue", queue.getName());
        assertNotNull(queue.getId(), "a new queue gets its stable id at once");

        Ui.type(Ui.cellEditor(queues), "Billing");
        Ui.waitUntil("the queue is renamed", () -> "Billing".equals(queue.getName()));
        assertEquals("Billing", queues.getItem(0).getText(0));
        assertTrue(editor.isDirty());

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals("New queue", queue.getName(), "Undo reverts the rename");
        Ui.waitUntil("the table shows the old name", () -> "New queue".equals(queues.getItem(0).getText(0)));
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertTrue(center.getQueues().isEmpty(), "Undo removes the added queue");
        Ui.executeCommand("org.eclipse.ui.edit.redo");
        Ui.executeCommand("org.eclipse.ui.edit.redo");
        assertEquals("Billing", center.getQueues().get(0).getName(), "Redo brings both changes back");

        Table teams = Ui.table(editor.getPageContainer(), "Teams");
        Ui.click(Ui.button(Ui.section(editor.getPageContainer(), "Teams"), "Add"));
        Ui.type(Ui.cellEditor(teams), "Night shift");
        Ui.type(Ui.cellEditor(Ui.editCell(teams, 0, 1)), "12");
        Ui.waitUntil("the headcount is set", () -> center.getTeams().get(0).getHeadcount() == 12);
        assertEquals("12", teams.getItem(0).getText(1), "numbers are edited in place");
        Ui.type(Ui.cellEditor(Ui.editCell(teams, 0, 1)), "a dozen");
        assertEquals(12, center.getTeams().get(0).getHeadcount(), "text that is not a number is not committed");

        Ui.executeCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        IFile file = project.getFile("acme.center");
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("name=\"Billing\""), saved);
        assertTrue(saved.contains("id=\"" + queue.getId() + "\""), "the id is saved: " + saved);

        Ui.page().closeEditor(editor, false);
        Ui.pump();
        ContactCenterEditor reopened = (ContactCenterEditor) IDE.openEditor(Ui.page(), file);
        Ui.pump();
        Queue reread = reopened.getContactCenter().getQueues().get(0);
        assertEquals("Billing", reread.getName());
        assertEquals(queue.getId(), reread.getId());
        assertEquals("Billing", Ui.table(reopened.getPageContainer(), "Queues").getItem(0).getText(0));
    }

    @Test
    void anUnreadableFileIsReportedAndNeverOverwrittenUnasked() throws Exception {
        IFile file = project.getFile("broken.center");
        String garbage = "<?xml version=\"1.0\"?>\n<core:ContactCenter xmlns:core=\"http://tandem.dev/core/1.0\">\n"
                + "  <queues name=\"Billing\" colour=\"red\"/>\n</core:ContactCenter>\n";
        file.create(new ByteArrayInputStream(garbage.getBytes(StandardCharsets.UTF_8)), true, null);

        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.pump();
        ContactCenterEditor editor = assertInstanceOf(ContactCenterEditor.class, part);
        assertFalse(editor.isReadable());
        assertInstanceOf(LoadProblemsPage.class, editor.getActivePageInstance());
        org.eclipse.swt.widgets.List problems = Ui.findOne(editor.getPageContainer(), org.eclipse.swt.widgets.List.class,
                l -> true, "problem list");
        String problem = problems.getItem(0);
        assertTrue(problem.startsWith("plans/broken.center:3:"), problem);
        assertTrue(problem.contains("colour"), problem);
        assertFalse(editor.isDirty());

        boolean[] confirmed = Ui.answerDialog("Start over", "OK");
        Ui.click(Ui.button(editor.getPageContainer(), "Start over with an empty document..."));
        assertTrue(confirmed[0]);
        assertTrue(editor.isDirty());

        boolean[] declined = Ui.answerDialog("Replace unreadable file?", "No");
        editor.doSave(new NullProgressMonitor());
        assertTrue(declined[0]);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        assertEquals(garbage, Files.readString(file.getLocation().toFile().toPath()), "declined: file untouched");

        boolean[] accepted = Ui.answerDialog("Replace unreadable file?", "Yes");
        editor.doSave(new NullProgressMonitor());
        assertTrue(accepted[0]);
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(file.getLocation().toFile().toPath()).contains("ContactCenter"));
    }

    @Test
    void pagesHearOfChangesOncePerBurstUndoIncludedUntilTheyStopListening() throws Exception {
        ContactCenterEditor editor = createWithWizard("acme.center");
        ContactCenter center = editor.getContactCenter();
        int[] heard = { 0 };
        Runnable stop = editor.onModelChange(() -> heard[0]++);
        long before = editor.modelChangeCount();

        editor.execute(SetCommand.create(editor.getEditingDomain(), center, CorePackage.Literals.NAMED_ELEMENT__NAME,
                "North"));
        editor.execute(AddCommand.create(editor.getEditingDomain(), center,
                CorePackage.Literals.CONTACT_CENTER__QUEUES, CoreFactory.eINSTANCE.createQueue()));
        assertEquals(0, heard[0], "listeners run when the display gets to them");
        assertTrue(editor.modelChangeCount() >= before + 2, "the count moves at once");
        Ui.pump();
        assertEquals(1, heard[0], "once for the two commands");

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.pump();
        assertEquals(2, heard[0], "Undo is a change too");

        long counted = editor.modelChangeCount();
        editor.getResource().setModified(!editor.getResource().isModified());
        Ui.pump();
        assertEquals(counted, editor.modelChangeCount(), "the document's modified flag is not a model change");

        stop.run();
        editor.execute(SetCommand.create(editor.getEditingDomain(), center, CorePackage.Literals.NAMED_ELEMENT__NAME,
                "South"));
        Ui.pump();
        assertEquals(2, heard[0], "a listener removed hears nothing more");
    }

    private ContactCenterEditor createWithWizard(String fileName) {
        return PlanProjects.createWithWizard("tandem.core.ui.newContactCenter", project, fileName,
                ContactCenterEditor.class);
    }
}
