package tandem.team.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A real ssh Git server for tests: Apache MINA sshd on a free localhost port, accepting only the public keys it is
 * given, running {@code git-upload-pack} and {@code git-receive-pack} on the bare repositories of a folder.
 */
final class SshGitServer implements AutoCloseable {

    private final Path repositories;
    private final SshServer server;
    private final List<PublicKey> authorized = new CopyOnWriteArrayList<>();

    SshGitServer(Path repositories) throws IOException {
        this.repositories = Files.createDirectories(repositories);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(repositories.resolveSibling("host-key.ser")));
        server.setPublickeyAuthenticator((user, key, session) -> authorized.stream()
                .anyMatch(k -> KeyUtils.compareKeys(k, key)));
        server.setCommandFactory((channel, command) -> new GitCommand(command));
        server.start();
    }

    void authorize(PublicKey key) {
        authorized.add(key);
    }

    /** The server's host key. */
    PublicKey hostKey() throws Exception {
        return server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
    }

    int port() {
        return server.getPort();
    }

    /** Creates an empty bare repository and returns its ssh URL for the user. */
    String create(String name, String user) throws Exception {
        Git.init().setBare(true).setInitialBranch("main").setDirectory(repositories.resolve(name).toFile()).call()
                .close();
        return "ssh://" + user + "@127.0.0.1:" + port() + "/" + name;
    }

    /** Generates an RSA key pair and writes its private key in OpenSSH format (encrypted when a passphrase is given). */
    static KeyPair writeKey(Path file, String passphrase) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
            encryption.setPassword(passphrase);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            new OpenSSHKeyPairResourceWriter().writePrivateKey(pair, "tandem-test", encryption, out);
        }
        return pair;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private final class GitCommand implements Command, Runnable {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread thread = new Thread(this, "ssh git " + command);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            int status = 0;
            try {
                String[] parts = command.split(" ", 2);
                String name = parts[1].replace("'", "").replace("\"", "");
                while (name.startsWith("/")) {
                    name = name.substring(1);
                }
                Path repository = repositories.resolve(name).normalize();
                if (!repository.startsWith(repositories) || !Files.isDirectory(repository)) {
                    throw new IOException("no repository " + name);
                }
                try (Git git = Git.open(repository.toFile())) {
                    Repository repo = git.getRepository();
                    if ("git-upload-pack".equals(parts[0])) {
                        new UploadPack(repo).upload(in, out, err);
                    } else if ("git-receive-pack".equals(parts[0])) {
                        new ReceivePack(repo).receive(in, out, err);
                    } else {
                        throw new IOException("unknown command " + parts[0]);
                    }
                }
            } catch (Exception e) {
                status = 1;
                try {
                    err.write((e.getMessage() + "\n").getBytes());
                    err.flush();
                } catch (IOException ignored) {
                    // the client is gone
                }
            } finally {
                try {
                    out.flush();
                } catch (IOException ignored) {
                    // the client is gone
                }
                exit.onExit(status);
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the thread ends with the streams
        }
    }
}
