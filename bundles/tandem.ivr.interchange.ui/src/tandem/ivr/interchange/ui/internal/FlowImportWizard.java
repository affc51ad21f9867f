package tandem.ivr.interchange.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import tandem.core.documents.PlanDocuments;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFiles;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowImport;

/**
 * File &gt; Import &gt; Tandem &gt; IVR Script from Amazon Connect or Twilio Studio Flow: reads a flow into a new
 * .ivr file of a workspace folder. Nothing is written when the flow cannot be read.
 */
public class FlowImportWizard extends Wizard implements IImportWizard {

    static final String[] FORMATS = { "Detect from the file", "Amazon Connect", "Twilio Studio" };

    private IContainer initialFolder;
    private ImportPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Import IVR Script from a Flow");
        if (selection != null) {
            for (Object element : selection.toList()) {
                IResource resource = Adapters.adapt(element, IResource.class);
                if (resource != null) {
                    initialFolder = resource instanceof IContainer container ? container : resource.getParent();
                    break;
                }
            }
        }
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

    static FlowFormat format(int index) {
        return index == 1 ? FlowFormat.CONNECT : index == 2 ? FlowFormat.TWILIO : null;
    }

    final class ImportPage extends WizardPage {
        Text flow;
        Combo format;
        Text folder;
        Text script;

        ImportPage() {
            super("import");
            setTitle("Import an Amazon Connect or Twilio Studio Flow");
            setDescription("Every step becomes a node of a new IVR script; steps Tandem has no node for keep their"
                    + " JSON.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            flow = field(body, "Flow (.json):");
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.json", "*.*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    flow.setText(chosen);
                }
            });
            new Label(body, SWT.NONE).setText("Format:");
            format = new Combo(body, SWT.READ_ONLY);
            format.setItems(FORMATS);
            format.select(0);
            format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            folder = field(body, "Into folder:");
            new Label(body, SWT.NONE);
            script = field(body, "Script file:");
            new Label(body, SWT.NONE);
            if (initialFolder != null) {
                folder.setText(initialFolder.getFullPath().makeRelative().toString());
            }
            flow.addListener(SWT.Modify, e -> {
                String name = Path.of(flow.getText().trim()).getFileName() == null ? ""
                        : Path.of(flow.getText().trim()).getFileName().toString();
                script.setText(name.replaceFirst("\\.json$", "") + ".ivr");
            });
            setControl(body);
            update();
        }

        private Text field(Composite body, String label) {
            new Label(body, SWT.NONE).setText(label);
            Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.Modify, e -> update());
            return text;
        }

        private void update() {
            String problem = null;
            if (flow.getText().isBlank() || !Files.isRegularFile(Path.of(flow.getText().trim()))) {
                problem = "Choose the flow file to import.";
            } else if (container() == null || !container().exists()) {
                problem = "Choose an existing workspace folder for the script.";
            } else if (!script.getText().trim().endsWith(".ivr") || script.getText().trim().length() < 5) {
                problem = "The script file must end in .ivr.";
            } else if (target().exists()) {
                problem = target().getName() + " exists; choose another name.";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        IContainer container() {
            String path = folder.getText().trim();
            if (path.isEmpty()) {
                return null;
            }
            IPath workspacePath = IPath.fromPortableString(path);
            return workspacePath.segmentCount() == 1
                    ? ResourcesPlugin.getWorkspace().getRoot().getProject(workspacePath.segment(0))
                    : ResourcesPlugin.getWorkspace().getRoot().getFolder(workspacePath);
        }

        IFile target() {
            return container().getFile(IPath.fromPortableString(script.getText().trim()));
        }

        boolean finish() {
            IFile target = target();
            ResourceSet set = PlanDocuments.createResourceSet();
            FlowImport imported;
            try {
                imported = FlowFiles.read(Path.of(flow.getText().trim()), format(format.getSelectionIndex()),
                        ProjectSetups.load(set, target.getProject()));
            } catch (FlowException e) {
                setErrorMessage(e.getMessage());
                return false;
            }
            Resource resource = set.createResource(ProjectSetups.uri(target));
            resource.getContents().add(imported.script());
            try {
                PlanDocuments.save(resource);
                target.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            } catch (IOException | CoreException e) {
                setErrorMessage("Could not write " + target.getName() + ": " + e.getMessage());
                return false;
            }
            if (!imported.notes().isEmpty()) {
                MessageDialog.openInformation(getShell(), "Flow Imported",
                        "Imported with these references unresolved:\n" + String.join("\n", imported.notes()));
            }
            return true;
        }
    }
}
