package tandem.checks.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tandem.checks.CheckRunner;
import tandem.checks.CheckSettings;
import tandem.cli.CliContext;
import tandem.cli.CommandFailedException;

/** tandem-cli check says what it could not read, in every format, and never passes what it did not check. */
class CheckHonestyTest {

    private static final String SETUP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
              <queues id="queue-1" name="Billing" channel="phone" skill="billing"/>
              <teams id="team-1" name="Day shift" headcount="12" queues="queue-1"/>
            </core:ContactCenter>
            """;

    @TempDir
    Path root;

    private Path project;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(root.resolve("project"));
        Files.writeString(project.resolve("setup.center"), SETUP);
        // Only the reading of the plans is judged here: the Quick Fix Checklist finds nothing in a lone setup.
    }

    private int check(String... args) throws Exception {
        out.reset();
        err.reset();
        CheckCommand command = new CheckCommand();
        CommandLine line = new DefaultParser().parse(command.options(), args);
        return command.run(line, CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aProjectFolderThatIsALinkIsFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("linked"), project);
        assertEquals(0, check("linked", "--checklist", "quickfix"), this::out);
        assertTrue(out().contains("1 plan document(s) checked: 0 error(s)"), out());
    }

    @Test
    void aFolderWithoutPlansIsNotAPass() throws Exception {
        Files.createDirectories(root.resolve("empty"));
        CommandFailedException failed = assertThrows(CommandFailedException.class,
                () -> check("empty", "--checklist", "quickfix"));
        assertTrue(failed.getMessage().contains("no plan documents"), failed.getMessage());
        assertFalse(out().contains("passed"), "nothing passed when nothing was read: " + out());
    }

    @Test
    void anUnreadablePlanIsAnErrorResultInEveryFormatAndNotCountedAsChecked() throws Exception {
        Files.writeString(project.resolve("broken.center"), "<?xml version=\"1.0\"?>\n<core:ContactCenter\n");
        assertEquals(1, check("project", "--checklist", "quickfix"));
        assertTrue(out().contains("broken.center: error: [" + CheckRunner.UNREADABLE_PLAN + "]"), out());
        assertTrue(out().contains("1 plan document(s) checked: 1 error(s)"), out());
        assertTrue(out().contains("Incomplete"), out());
        assertTrue(out().contains("checks passed on the plans read"), out());

        assertEquals(1, check("project", "--checklist", "quickfix", "--format", "json"));
        assertTrue(out().contains("\"ruleId\": \"" + CheckRunner.UNREADABLE_PLAN + "\""), out());
        assertTrue(out().contains("broken.center\""), out());
        assertTrue(out().contains("\"severity\": \"error\""), out());

        assertEquals(1, check("project", "--checklist", "quickfix", "--format", "sarif"));
        assertTrue(out().contains("\"ruleId\": \"" + CheckRunner.UNREADABLE_PLAN + "\",\n          \"level\": \"error\""),
                out());
        assertTrue(out().contains("broken.center"), out());
    }

    @Test
    void aQueueThatDoesNotExistOrIsInAnUnreadablePlanIsAnError() throws Exception {
        Files.writeString(project.resolve("branch.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-2" name="Branch">
                  <teams id="team-9" name="Night shift" headcount="3" queues="setup.center#queue-gone"/>
                </core:ContactCenter>
                """);
        assertEquals(1, check("project", "--checklist", "quickfix", "--format", "json"));
        assertTrue(out().contains("\"ruleId\": \"" + CheckRunner.UNRESOLVED_REFERENCE + "\""), out());
        assertTrue(out().contains("queue-gone"), out());
        assertTrue(out().contains("\"element\": \"Contact center 'Branch' / Team 'Night shift'\""), out());
    }

    @Test
    void duplicateIdsAreNamedByIdAndFile() throws Exception {
        Files.writeString(project.resolve("setup.center"), SETUP.replace("<teams ",
                "<queues id=\"queue-1\" name=\"Sales\"/>\n  <teams "));
        assertEquals(1, check("project", "--checklist", "quickfix"));
        String text = out();
        assertTrue(text.contains("setup.center: error: [" + CheckRunner.DUPLICATE_ID + "]"), text);
        assertTrue(text.contains("duplicate id 'queue-1'"), text);
        assertTrue(text.contains("Queue 'Sales'") && text.contains("Queue 'Billing'"), text);
        assertFalse(text.contains("Impl@"), text);
    }

    @Test
    void aReferenceToAServerIsAnErrorAndTheServerIsNeverContacted() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = SETUP.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String served = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.center#queue-1";
            Files.writeString(project.resolve("branch.center"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-2" name="Branch">
                      <teams id="team-9" name="Night shift" headcount="3" queues="%s"/>
                    </core:ContactCenter>
                    """.formatted(served));
            assertEquals(1, check("project", "--checklist", "quickfix", "--format", "sarif"));
            assertTrue(out().contains(served + "' outside the project; not loaded"), out());
            assertEquals(0, requests.get(), "the server was contacted");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSettingsFileThatIsNotUtf8OrHasABadEscapeIsNamedWithItsLine() throws Exception {
        Path settings = project.resolve(CheckSettings.FILE_NAME);
        Files.write(settings, "quickfix.ivr-menu-depth.enabled=false\n# r\u00e9glages\n".getBytes(StandardCharsets.ISO_8859_1));
        CommandFailedException latin1 = assertThrows(CommandFailedException.class,
                () -> check("project", "--checklist", "quickfix"));
        assertTrue(latin1.getMessage().contains(CheckSettings.FILE_NAME + ":2: not UTF-8 text"), latin1.getMessage());

        Files.writeString(settings, "quickfix.ivr-menu-depth.enabled=false\nquickfix.ivr-menu-depth.maxDepth=\\u12\n");
        CommandFailedException escape = assertThrows(CommandFailedException.class,
                () -> check("project", "--checklist", "quickfix"));
        assertTrue(escape.getMessage().contains(CheckSettings.FILE_NAME + ":2: "), escape.getMessage());
    }
}
