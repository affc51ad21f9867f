package tandem.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import tandem.team.git.SshKey;

/**
 * The user names and tokens (https) or private key files and passphrases (ssh) for shared repositories, kept in Eclipse secure storage (the token encrypted), one node
 * per repository URL; never in the project. The storage is handed in, so that tests use their own.
 */
public final class TeamCredentials {

    private static final String ROOT = "tandem.team";
    private static final String USER = "user";
    private static final String TOKEN = "token";
    private static final String KEY_FILE = "keyFile";
    private static final String PASSPHRASE = "passphrase";

    private final ISecurePreferences storage;
    private final Path knownHosts;

    /** Credentials in the storage; ssh host keys in {@code ~/.tandem/ssh/known_hosts}. */
    public TeamCredentials(ISecurePreferences storage) {
        this(storage, Path.of(System.getProperty("user.home"), ".tandem", "ssh", "known_hosts"));
    }

    /**
     * @param knownHosts the known_hosts file Tandem keeps for ssh repositories (the user's own ~/.ssh is not used)
     */
    public TeamCredentials(ISecurePreferences storage, Path knownHosts) {
        this.storage = storage;
        this.knownHosts = knownHosts;
    }

    /**
     * Remembers the private key file for an ssh repository and its passphrase (encrypted); an empty key file
     * forgets them. The key file itself stays where it is.
     */
    public void storeKey(String url, String keyFile, String passphrase) throws IOException {
        ISecurePreferences node = node(url);
        try {
            if (keyFile == null || keyFile.isBlank()) {
                node.removeNode();
            } else {
                node.put(KEY_FILE, keyFile.trim(), false);
                node.put(PASSPHRASE, passphrase == null ? "" : passphrase, true);
            }
            storage.flush();
        } catch (StorageException e) {
            throw new IOException("the secure storage refused the ssh key for " + url + ": " + e.getMessage(), e);
        }
    }

    /** The private key file stored for an ssh repository, or {@code null}. */
    public String keyFile(String url) {
        if (!storage.nodeExists(ROOT + "/" + EncodingUtils.encodeSlashes(url))) {
            return null;
        }
        try {
            return node(url).get(KEY_FILE, null);
        } catch (StorageException e) {
            return null;
        }
    }

    /** The ssh key for an ssh repository, or {@code null} when none is stored for it. */
    public SshKey sshKey(String url) throws IOException {
        String keyFile = keyFile(url);
        if (keyFile == null) {
            return null;
        }
        try {
            String passphrase = node(url).get(PASSPHRASE, "");
            return new SshKey(Path.of(keyFile), passphrase.isEmpty() ? null : passphrase.toCharArray(), knownHosts);
        } catch (StorageException e) {
            throw new IOException("the secure storage cannot give the key passphrase for " + url + ": "
                    + e.getMessage(), e);
        }
    }

    private ISecurePreferences node(String url) {
        return storage.node(ROOT).node(EncodingUtils.encodeSlashes(url));
    }

    /** Remembers the user and token for a repository; an empty user forgets them. */
    public void store(String url, String user, String token) throws IOException {
        ISecurePreferences node = node(url);
        try {
            if (user == null || user.isBlank()) {
                node.removeNode();
            } else {
                node.put(USER, user.trim(), false);
                node.put(TOKEN, token == null ? "" : token, true);
            }
            storage.flush();
        } catch (StorageException e) {
            throw new IOException("the secure storage refused the credentials for " + url + ": " + e.getMessage(), e);
        }
    }

    /** The user stored for a repository, or {@code null}. */
    public String user(String url) {
        if (!storage.nodeExists(ROOT + "/" + EncodingUtils.encodeSlashes(url))) {
            return null;
        }
        try {
            return node(url).get(USER, null);
        } catch (StorageException e) {
            return null;
        }
    }

    /** What JGit asks for https (user and token), or {@code null} when none are stored for the repository. */
    public CredentialsProvider provider(String url) throws IOException {
        String user = user(url);
        if (user == null) {
            return null;
        }
        try {
            return new UsernamePasswordCredentialsProvider(user, node(url).get(TOKEN, ""));
        } catch (StorageException e) {
            throw new IOException("the secure storage cannot give the token for " + url + ": " + e.getMessage(), e);
        }
    }
}
