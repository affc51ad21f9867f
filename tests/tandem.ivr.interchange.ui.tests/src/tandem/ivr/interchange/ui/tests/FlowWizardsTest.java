package tandem.ivr.interchange.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.PlanDocuments;
import tandem.ivr.interchange.FlowFiles;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.model.IvrScript;
import tandem.test.support.ui.Ui;

/** A planner imports a Twilio Studio flow through File > Import and writes it back through File > Export. */
class FlowWizardsTest {

    private static final String FLOW = "{\"description\":\"Hotline\",\"states\":[{\"name\":\"Trigger\",\"type\":"
            + "\"trigger\",\"transitions\":[{\"next\":\"hello\",\"event\":\"incomingCall\"}],\"properties\":"
            + "{\"offset\":{\"x\":0,\"y\":0}}},{\"name\":\"hello\",\"type\":\"say-play\",\"transitions\":[{\"event\":"
            + "\"audioComplete\"}],\"properties\":{\"say\":\"Hello\",\"offset\":{\"x\":0,\"y\":200}}}],"
            + "\"initial_state\":\"Trigger\",\"flags\":{\"allow_concurrent_calls\":true}}";

    @TempDir
    Path outside;

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("flows");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
    }

    @AfterEach
    void cleanUp() throws CoreException {
        for (Shell shell : Ui.display().getShells()) {
            if (shell.getData() instanceof WizardDialog dialog) {
                dialog.close();
            }
        }
        Ui.pump();
        project.delete(true, true, new NullProgressMonitor());
    }

    @Test
    void importWritesAScriptAndExportWritesTheSameFlow() throws Exception {
        Path flow = outside.resolve("hotline.json");
        Files.writeString(flow, FLOW);
        Shell shell = open("tandem.ivr.interchange.ui.import", new StructuredSelection(project),
                "Import IVR Script from a Flow");
        Ui.type(Ui.text(shell, "Flow (.json):"), flow.toString());
        assertEquals("flows", Ui.text(shell, "Into folder:").getText());
        assertEquals("hotline.ivr", Ui.text(shell, "Script file:").getText());
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the import wizard has closed", shell::isDisposed);

        IFile script = project.getFile("hotline.ivr");
        assertTrue(script.exists(), "the script is in the workspace");
        Resource resource = PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createPlatformResourceURI(script.getFullPath().toString(), true));
        assertEquals("Hotline", ((IvrScript) resource.getContents().get(0)).getName());

        Path out = outside.resolve("out.json");
        Shell export = open("tandem.ivr.interchange.ui.export", new StructuredSelection(script),
                "Export IVR Script as a Flow");
        Ui.choose(Ui.combo(export, "Format:"), "Twilio Studio");
        Ui.type(Ui.text(export, "Flow (.json):"), out.toString());
        Ui.click(Ui.button(export, "Finish"));
        Ui.waitUntil("the export wizard has closed", export::isDisposed);
        assertTrue(statusLineMentions(out.toAbsolutePath().toString()), "the status line says where it wrote");
        IvrScript again = FlowFiles.read(out, FlowFormat.TWILIO, List.of()).script();
        assertEquals("Hello", ((tandem.ivr.model.Prompt) again.getEntryPoints().get(0).getFirstNode()).getText());
    }

    @Test
    void aBadFlowKeepsTheWizardOpenWithTheMessageAndWritesNothing() throws Exception {
        Path flow = outside.resolve("broken.json");
        Files.writeString(flow, FLOW.replace("\"initial_state\":\"Trigger\"", "\"initial_state\":\"Nowhere\""));
        Shell shell = open("tandem.ivr.interchange.ui.import", new StructuredSelection(project),
                "Import IVR Script from a Flow");
        Ui.type(Ui.text(shell, "Flow (.json):"), flow.toString());
        Ui.click(Ui.button(shell, "Finish"));
        Ui.pump();
        assertFalse(shell.isDisposed(), "the wizard stays open");
        assertFalse(project.getFile("broken.ivr").exists(), "nothing was written");
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        assertFalse(project.getFile("broken.ivr").exists(), "nothing was written on disk either");
    }

    /** Whether the workbench window's status line shows a message with this text. */
    static boolean statusLineMentions(String text) {
        Shell window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        return !Ui.findAll(window, org.eclipse.swt.custom.CLabel.class,
                label -> label.getText() != null && label.getText().contains(text)).isEmpty();
    }

    private static Shell open(String wizardId, StructuredSelection selection, String title) throws CoreException {
        IWizardDescriptor descriptor = wizardId.endsWith("export")
                ? PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(wizardId)
                : PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(wizardId);
        assertNotNull(descriptor, wizardId + " is registered");
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), selection);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return Ui.shell(title);
    }
}
