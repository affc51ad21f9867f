package tandem.team.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a shared repository: its URL or folder path, and for https a user and token (kept in secure storage).
 * For Open Shared Project also the new project's name.
 */
class RepositoryDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final boolean askName;
    private final TeamCredentials credentials;
    private Text repository;
    private Text name;
    private Text user;
    private Text token;
    String repositoryValue;
    String nameValue;
    String userValue;
    String tokenValue;

    RepositoryDialog(Shell shell, String title, String message, boolean askName, TeamCredentials credentials) {
        super(shell);
        this.title = title;
        this.message = message;
        this.askName = askName;
        this.credentials = credentials;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        setMessage(message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        repository = field(fields, "Repository:", SWT.NONE);
        repository.setMessage("https://server/team/plans.git or /shared/plans.git");
        if (askName) {
            name = field(fields, "Project name:", SWT.NONE);
        }
        user = field(fields, "User:", SWT.NONE);
        token = field(fields, "Token:", SWT.PASSWORD);
        Label note = new Label(fields, SWT.WRAP);
        note.setText("User and token are for https and are kept in Eclipse secure storage, never in the project. "
                + "Leave them empty for a folder path.");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);
        repository.addListener(SWT.Modify, e -> {
            String known = credentials.user(TeamActions.normalize(repository.getText()));
            if (known != null && user.getText().isEmpty()) {
                user.setText(known);
            }
            validate();
        });
        if (name != null) {
            name.addListener(SWT.Modify, e -> validate());
        }
        return area;
    }

    private static Text field(Composite parent, String label, int style) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setData("name", label.substring(0, label.length() - 1));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void validate() {
        String problem = repository.getText().isBlank() ? "Enter the repository's URL or folder path."
                : name != null && !name.getText().matches("[\\w.\\- ]+") ? "Enter a name for the new project."
                : null;
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected void okPressed() {
        repositoryValue = repository.getText().trim();
        nameValue = name == null ? null : name.getText().trim();
        userValue = user.getText().trim();
        tokenValue = token.getText();
        super.okPressed();
    }
}
