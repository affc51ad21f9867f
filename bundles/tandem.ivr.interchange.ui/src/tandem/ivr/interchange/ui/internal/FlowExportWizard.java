package tandem.ivr.interchange.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
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
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.ui.wizards.StatusLine;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFiles;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.model.IvrScript;

/**
 * File &gt; Export &gt; Tandem &gt; IVR Script as Amazon Connect or Twilio Studio Flow: writes the saved script as a
 * flow file, atomically; nothing is written when the script cannot be a flow of the format.
 */
public class FlowExportWizard extends Wizard implements IExportWizard {

    private IWorkbench workbench;
    private IFile initialScript;
    private ExportPage page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        setWindowTitle("Export IVR Script as a Flow");
        if (selection != null) {
            for (Object element : selection.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && "ivr".equals(file.getFileExtension())) {
                    initialScript = file;
                    break;
                }
            }
        }
    }

    @Override
    public void addPages() {
        page = new ExportPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        return page.finish();
    }

    final class ExportPage extends WizardPage {
        Text script;
        Combo format;
        Text flow;

        ExportPage() {
            super("export");
            setTitle("Export an IVR Script as a Flow");
            setDescription("Steps nobody changed are written exactly as they were imported.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            script = field(body, "IVR script:");
            new Label(body, SWT.NONE);
            new Label(body, SWT.NONE).setText("Format:");
            format = new Combo(body, SWT.READ_ONLY);
            format.setItems("Amazon Connect", "Twilio Studio");
            format.select(0);
            format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            flow = field(body, "Flow (.json):");
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] { "*.json", "*.*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    flow.setText(chosen);
                }
            });
            if (initialScript != null) {
                script.setText(initialScript.getFullPath().makeRelative().toString());
                if (initialScript.getLocation() != null) {
                    flow.setText(initialScript.getLocation().removeFileExtension().addFileExtension("json")
                            .toOSString());
                }
            }
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

        IFile file() {
            IPath path = IPath.fromPortableString(script.getText().trim());
            return path.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        }

        private void update() {
            String problem = null;
            IFile file = file();
            Path target = flow.getText().isBlank() ? null : Path.of(flow.getText().trim()).toAbsolutePath();
            if (file == null || !file.exists() || !"ivr".equals(file.getFileExtension())) {
                problem = "Choose the IVR script (.ivr) to export.";
            } else if (target == null || target.getParent() == null || !Files.isDirectory(target.getParent())) {
                problem = "Choose the flow file to write, in an existing folder.";
            }
            setErrorMessage(problem);
            setMessage(problem == null && target != null && Files.exists(target)
                    ? "The flow file exists; finishing replaces it." : null, WARNING);
            setPageComplete(problem == null);
        }

        boolean finish() {
            IFile file = file();
            Path target = Path.of(flow.getText().trim());
            if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "Replace Flow?",
                    target.getFileName() + " exists. Replace it?")) {
                return false;
            }
            ResourceSet set = PlanDocuments.createResourceSet();
            ProjectSetups.load(set, file.getProject());
            try {
                Object root = PlanDocuments.load(set, ProjectSetups.uri(file)).getContents().get(0);
                if (!(root instanceof IvrScript ivr)) {
                    setErrorMessage(file.getName() + " holds no IVR script.");
                    return false;
                }
                FlowFiles.write(ivr, format.getSelectionIndex() == 1 ? FlowFormat.TWILIO : FlowFormat.CONNECT,
                        target);
                StatusLine.tell(workbench, "Exported " + file.getFullPath().makeRelative() + " as a "
                        + format.getText() + " flow to " + target.toAbsolutePath());
                return true;
            } catch (PlanDocumentException e) {
                setErrorMessage(file.getName() + " cannot be read: " + e.problems().get(0).reason());
            } catch (FlowException e) {
                setErrorMessage(e.getMessage());
            }
            return false;
        }
    }
}
