package tandem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tandem.cli.CliContext;

/** tandem-cli validate reads what the folder holds and nothing a plan file points at beyond it. */
class ValidateConfinementTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<?xml version=\"1.0\"?>\n<core:ContactCenter xmlns:core=\"http://tandem.dev/core/1.0\">"
                    + "<queues id=\"queue-1\" name=\"Served\"/></core:ContactCenter>\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private int run(String... args) {
        CliContext context = CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root);
        return new CliRunner(new CommandRegistry(), "9.9.9").run(args, context);
    }

    private void branch(Path folder, String reference) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("branch.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" name="Branch">
                  <teams id="team-1" name="Night shift" queues="%s"/>
                </core:ContactCenter>
                """.formatted(reference));
    }

    @Test
    void aReferenceToTheNetworkIsAnErrorAndNoRequestIsSent() throws IOException {
        String served = "http://127.0.0.1:" + server.getAddress().getPort() + "/setup.center#queue-1";
        branch(root.resolve("project"), served);
        assertEquals(1, run("validate", "project"));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("queues refers to '" + served + "' outside the project; not loaded"), messages);
        assertEquals(0, requests.get(), "the server was contacted");
    }

    @Test
    void aReferenceOutOfTheFolderIsAnErrorButOneAcrossItsSubfoldersIsRead() throws IOException {
        Files.writeString(root.resolve("secret.center"), "<?xml version=\"1.0\"?>\n<core:ContactCenter "
                + "xmlns:core=\"http://tandem.dev/core/1.0\"><queues id=\"queue-1\" name=\"Secret\"/>"
                + "</core:ContactCenter>\n");
        branch(root.resolve("project/branches"), "../../secret.center#queue-1");
        assertEquals(1, run("validate", "project"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("outside the project; not loaded"), err::toString);

        Files.createDirectories(root.resolve("project/setup"));
        Files.copy(root.resolve("secret.center"), root.resolve("project/setup/main.center"));
        branch(root.resolve("project/branches"), "../setup/main.center#queue-1");
        err.reset();
        out.reset();
        assertEquals(0, run("validate", "project"), err::toString);
    }
}
