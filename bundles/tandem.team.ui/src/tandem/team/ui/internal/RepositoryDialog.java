package tandem.team.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.team.git.SshKey;

/**
 * Asks for a shared repository: its URL or folder path, for https a user and token, for ssh a private key file and
 * its passphrase (kept in secure storage).
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
    private Text key;
    private Button browse;
    String repositoryValue;
    String keyValue;
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
        Label keyLabel = new Label(fields, SWT.NONE);
        keyLabel.setText("Key file:");
        Composite keyRow = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(keyRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(keyRow);
        key = new Text(keyRow, SWT.BORDER);
        key.setData("name", "Key file");
        key.setMessage("private key, e.g. ~/.ssh/id_ed25519");
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(key);
        browse = new Button(keyRow, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog files = new FileDialog(getShell(), SWT.OPEN);
            files.setText("Private ssh key");
            files.setFilterPath(System.getProperty("user.home") + "/.ssh");
            String chosen = files.open();
            if (chosen != null) {
                key.setText(chosen);
            }
        });
        Label note = new Label(fields, SWT.WRAP);
        note.setText("https: user and token. ssh (ssh://user@host/path or user@host:path): the private key file, "
                + "and its passphrase in Token. Both are kept in Eclipse secure storage, never in the project. "
                + "Leave them empty for a folder path.");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);
        repository.addListener(SWT.Modify, e -> {
            String url = TeamActions.normalize(repository.getText());
            String known = credentials.user(url);
            if (known != null && user.getText().isEmpty()) {
                user.setText(known);
            }
            String knownKey = credentials.keyFile(url);
            if (knownKey != null && key.getText().isEmpty()) {
                key.setText(knownKey);
            }
            boolean ssh = SshKey.isSsh(repository.getText());
            user.setEnabled(!ssh);
            key.setEnabled(ssh);
            browse.setEnabled(ssh);
            validate();
        });
        key.addListener(SWT.Modify, e -> validate());
        key.setEnabled(false);
        browse.setEnabled(false);
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
                : SshKey.isSsh(repository.getText()) && key.getText().isBlank()
                        ? "Choose the private key file for this ssh repository."
                : SshKey.isSsh(repository.getText()) && !Files.isRegularFile(keyPath())
                        ? key.getText().trim() + " is not a file: choose the private key file."
                : null;
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    private Path keyPath() {
        String text = key.getText().trim();
        if (text.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), text.substring(2));
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return Path.of("");
        }
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
        keyValue = SshKey.isSsh(repositoryValue) ? keyPath().toAbsolutePath().toString() : null;
        super.okPressed();
    }
}
