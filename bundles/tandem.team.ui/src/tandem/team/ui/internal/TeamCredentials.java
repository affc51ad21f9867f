package tandem.team.ui.internal;

import java.io.IOException;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The user names and tokens for shared repositories, kept in Eclipse secure storage (the token encrypted), one node
 * per repository URL; never in the project. The storage is handed in, so that tests use their own.
 */
public final class TeamCredentials {

    private static final String ROOT = "tandem.team";
    private static final String USER = "user";
    private static final String TOKEN = "token";

    private final ISecurePreferences storage;

    public TeamCredentials(ISecurePreferences storage) {
        this.storage = storage;
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
