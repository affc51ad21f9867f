package tandem.team.git;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * Credentials for an ssh remote ({@code ssh://user@host/path} or {@code user@host:path}): a private key file, its
 * passphrase (or {@code null}) and a Tandem-owned known_hosts file. Nothing of the user's {@code ~/.ssh} (config,
 * agent, keys, known hosts) is read. An unknown host's key is accepted and recorded in the known_hosts file on first
 * contact; a host whose key differs from the recorded one is refused with its fingerprint. Never prompts, so a
 * team job cannot hang on a question.
 */
public final class SshKey extends CredentialsProvider {

    private static final Pattern SCP_LIKE = Pattern.compile("^[^/\\\\:@]+@[^/\\\\:]+:.*");

    private final Path keyFile;
    private final char[] passphrase;
    private final Path knownHosts;
    private volatile String refusedHostKey;
    private volatile int passphraseAsked;
    private Factory factory;

    /**
     * @param keyFile    the private key (OpenSSH or PEM format)
     * @param passphrase the key's passphrase, or {@code null} for a key without one
     * @param knownHosts the known_hosts file Tandem keeps (created on first contact)
     */
    public SshKey(Path keyFile, char[] passphrase, Path knownHosts) {
        this.keyFile = keyFile;
        this.passphrase = passphrase == null ? null : passphrase.clone();
        this.knownHosts = knownHosts;
    }

    /** Whether a remote location is reached through ssh (and so needs a key). */
    public static boolean isSsh(String remote) {
        if (remote == null) {
            return false;
        }
        String r = remote.trim();
        return r.startsWith("ssh://") || r.startsWith("git+ssh://") || r.startsWith("ssh+git://")
                || SCP_LIKE.matcher(r).matches();
    }

    public Path keyFile() {
        return keyFile;
    }

    public Path knownHosts() {
        return knownHosts;
    }

    /** Sets these credentials and the ssh session factory on a command that reaches a remote. */
    <C extends TransportCommand<C, ?>> C applyTo(C command) throws TeamException {
        if (!Files.isRegularFile(keyFile) || !Files.isReadable(keyFile)) {
            throw new TeamException(keyFile + ": the ssh key file does not exist or cannot be read");
        }
        try {
            // An existing (possibly empty) Tandem known_hosts file: JGit would otherwise ask before creating it.
            Files.createDirectories(knownHosts.toAbsolutePath().getParent());
            if (!Files.exists(knownHosts)) {
                Files.createFile(knownHosts);
            }
        } catch (IOException e) {
            throw new TeamException(knownHosts + ": cannot create the known hosts file: " + e.getMessage(), e);
        }
        refusedHostKey = null;
        passphraseAsked = 0;
        command.setCredentialsProvider(this);
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(factory());
            }
        });
        return command;
    }

    private synchronized Factory factory() {
        if (factory == null) {
            factory = new Factory();
        }
        return factory;
    }

    /** A clear message for a failed ssh connection, or {@code null} when nothing ssh-specific is known. */
    String explain(String remote, Exception e) {
        if (refusedHostKey != null) {
            return remote + ": the server's host key " + refusedHostKey + " differs from the one recorded in "
                    + knownHosts + "; refused (remove that host's line there if its key really changed)";
        }
        if (passphraseAsked > 1 || (passphraseAsked > 0 && passphrase == null)) {
            return keyFile + ": the passphrase does not open this ssh key";
        }
        String reason = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        if (reason.contains("Cannot log in") || reason.contains("server refused") || reason.contains("uthentication")
                || reason.contains("not authorized") || reason.contains("denied")) {
            return remote + ": the server refused the ssh key " + keyFile;
        }
        if (reason.contains("key") && (reason.contains("invalid") || reason.contains("format")
                || reason.contains("load") || reason.contains("parse"))) {
            return keyFile + ": not a private ssh key Tandem can read";
        }
        return null;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Password) && !(item instanceof CredentialItem.InformationalMessage)
                    && !(item instanceof CredentialItem.YesNoType)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Password password) {
                // Asked for the key's passphrase; a second question means the first answer did not open the key.
                passphraseAsked++;
                if (passphrase == null || passphraseAsked > 1) {
                    return false;
                }
                password.setValue(passphrase.clone());
            } else if (item instanceof CredentialItem.YesNoType yesNo) {
                yesNo.setValue(false); // never accept a changed host key on a question
            } else if (!(item instanceof CredentialItem.InformationalMessage)) {
                throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName() + ":" + item.getPromptText());
            }
        }
        return true;
    }

    /** JGit's Apache MINA sshd session factory confined to this key and the Tandem known_hosts file. */
    private final class Factory extends SshdSessionFactory {

        Factory() {
            File sshDir = knownHosts.toAbsolutePath().getParent().toFile();
            setHomeDirectory(sshDir);
            setSshDirectory(sshDir);
        }

        @Override
        protected File getSshConfig(File sshDir) {
            return new File(sshDir, "tandem-no-ssh-config"); // never the user's ~/.ssh/config
        }

        @Override
        protected List<Path> getDefaultKnownHostsFiles(File sshDir) {
            return List.of(knownHosts);
        }

        @Override
        protected List<Path> getDefaultIdentities(File sshDir) {
            return List.of(keyFile);
        }

        @Override
        protected ConnectorFactory getConnectorFactory() {
            return null; // no ssh agent: only the chosen key
        }

        @Override
        protected String getDefaultPreferredAuthentications() {
            return "publickey";
        }

        @Override
        protected ServerKeyDatabase getServerKeyDatabase(File homeDir, File sshDir) {
            ServerKeyDatabase recorded = super.getServerKeyDatabase(homeDir, sshDir);
            return new ServerKeyDatabase() {
                @Override
                public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress,
                        Configuration config) {
                    return recorded.lookup(connectAddress, remoteAddress, acceptNew(config));
                }

                @Override
                public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                        Configuration config, CredentialsProvider provider) {
                    boolean accepted = recorded.accept(connectAddress, remoteAddress, serverKey, acceptNew(config),
                            provider);
                    if (!accepted) {
                        refusedHostKey = KeyUtils.getFingerPrint(serverKey) + " of " + connectAddress;
                    }
                    return accepted;
                }
            };
        }

        private ServerKeyDatabase.Configuration acceptNew(ServerKeyDatabase.Configuration config) {
            return new ServerKeyDatabase.Configuration() {
                @Override
                public List<String> getUserKnownHostsFiles() {
                    return List.of(knownHosts.toAbsolutePath().toString());
                }

                @Override
                public List<String> getGlobalKnownHostsFiles() {
                    return List.of();
                }

                @Override
                public StrictHostKeyChecking getStrictHostKeyChecking() {
                    return StrictHostKeyChecking.ACCEPT_NEW;
                }

                @Override
                public boolean getHashKnownHosts() {
                    return false;
                }

                @Override
                public String getUsername() {
                    return config.getUsername();
                }
            };
        }
    }
}
