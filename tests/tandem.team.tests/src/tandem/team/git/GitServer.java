package tandem.team.git;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Git server for tests: {@code git daemon} on a free localhost port, serving the bare repositories of a
 * folder, with pushes enabled. It can be stopped in the middle of a test (a network failure) and started again.
 */
final class GitServer implements AutoCloseable {

    private final Path repositories;
    private final int port;
    private Process daemon;

    GitServer(Path repositories) throws IOException, InterruptedException {
        this.repositories = repositories;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        start();
    }

    /** Creates an empty bare repository and returns its URL. */
    String create(String name) throws IOException, InterruptedException {
        Process init = new ProcessBuilder("git", "init", "-q", "--bare", "-b", "main",
                repositories.resolve(name).toString()).redirectErrorStream(true).start();
        String output = new String(init.getInputStream().readAllBytes());
        if (init.waitFor() != 0) {
            throw new IOException("git init --bare failed: " + output);
        }
        return url(name);
    }

    String url(String name) {
        return "git://127.0.0.1:" + port + "/" + name;
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(repositories);
        daemon = new ProcessBuilder(List.of("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
                "--export-all", "--enable=receive-pack", "--base-path=" + repositories, repositories.toString()))
                .redirectErrorStream(true).redirectOutput(repositories.resolveSibling("git-daemon.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!daemon.isAlive()) {
                    throw new IOException("git daemon exited: " + Files.readString(
                            repositories.resolveSibling("git-daemon.log")));
                }
                Thread.sleep(50);
            }
        }
        throw new IOException("git daemon did not listen on port " + port);
    }

    /** Kills the server and the connections it serves, as a network failure would. */
    void stop() throws InterruptedException {
        daemon.descendants().forEach(ProcessHandle::destroyForcibly);
        daemon.destroyForcibly();
        daemon.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
