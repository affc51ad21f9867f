package tandem.core.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanResourceFactory;
import tandem.core.model.ContactCenter;

/**
 * A plan file is data: what its references name is read only when it is a plan file inside the project; anything
 * else (the network, files outside, FIFOs) is reported and never read.
 */
class PlanReferencesConfinedTest {

    private static final String SERVED_CENTER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" name="Served">
              <queues id="queue-1" name="From the network"/>
            </core:ContactCenter>
            """;

    @TempDir
    Path root;

    private Path project;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        project = Files.createDirectories(root.resolve("project"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = SERVED_CENTER.getBytes(StandardCharsets.UTF_8);
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

    private Path branchReferringTo(String reference) throws IOException {
        Path file = project.resolve("branch.center");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" name="Branch">
                  <teams id="team-1" name="Night shift" queues="%s"/>
                </core:ContactCenter>
                """.formatted(reference));
        return file;
    }

    private List<LoadProblem> problemsOfLoading(Path file) throws PlanDocumentException {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = PlanDocuments.load(set, URI.createFileURI(file.toString()));
        ContactCenter branch = (ContactCenter) resource.getContents().get(0);
        assertTrue(branch.getTeams().get(0).getQueues().get(0).eIsProxy(), "the reference is not followed");
        return PlanDocuments.unresolvedReferences(resource);
    }

    @Test
    void aReferenceToAnHttpServerIsReportedAndTheServerNeverContacted() throws IOException {
        String served = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.center#queue-1";
        List<LoadProblem> problems = problemsOfLoading(branchReferringTo(served));
        assertEquals(0, requests.get(), "the server was contacted");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(LoadProblem.Severity.ERROR, problems.get(0).severity());
        assertTrue(problems.get(0).reason().contains("refers to '" + served + "' outside the project; not loaded"),
                problems.toString());
    }

    @Test
    void aReferenceWithoutAFileExtensionIsNotSniffedOverTheNetwork() throws IOException {
        String served = "http://127.0.0.1:" + server.getAddress().getPort() + "/setup#queue-1";
        List<LoadProblem> problems = problemsOfLoading(branchReferringTo(served));
        assertEquals(0, requests.get(), "the server was contacted");
        assertTrue(problems.get(0).reason().contains("outside the project; not loaded"), problems.toString());
    }

    @Test
    void aServerThatNeverAnswersCannotHangLoading() throws IOException {
        // Accepts connections and never answers: following the reference would block forever.
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Path file = branchReferringTo("http://127.0.0.1:" + silent.getLocalPort() + "/x.center#queue-1");
            List<LoadProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> problemsOfLoading(file));
            assertTrue(problems.get(0).reason().contains("outside the project"), problems.toString());
        }
    }

    @Test
    void theXmlSchemaLocationOfAnUnknownModelIsNotFetched() throws IOException {
        Path file = project.resolve("strange.center");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:Thing xmlns:x=\"" + base
                + "/model.ecore\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                + base + "/model.ecore " + base + "/model.ecore\"/>\n");
        assertThrows(PlanDocumentException.class,
                () -> PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString())));
        assertEquals(0, requests.get(), "the server was contacted");
    }

    @Test
    void aPlanFileOutsideTheProjectIsNotRead() throws IOException {
        Files.writeString(root.resolve("secret.center"), SERVED_CENTER);
        List<LoadProblem> problems = problemsOfLoading(branchReferringTo("../secret.center#queue-1"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("secret.center#queue-1' outside the project; not loaded"),
                problems.toString());
    }

    @Test
    void aLinkInsideTheProjectToAFileOutsideIsNotFollowed() throws IOException {
        Files.writeString(root.resolve("secret.center"), SERVED_CENTER);
        Files.createSymbolicLink(project.resolve("inside.center"), root.resolve("secret.center"));
        List<LoadProblem> problems = problemsOfLoading(branchReferringTo("inside.center#queue-1"));
        assertTrue(problems.get(0).reason().contains("outside the project; not loaded"), problems.toString());
    }

    @Test
    void aFileThatIsNotAPlanIsNotRead() throws IOException {
        Files.writeString(project.resolve("notes.txt"), SERVED_CENTER);
        List<LoadProblem> problems = problemsOfLoading(branchReferringTo("notes.txt#queue-1"));
        assertTrue(problems.get(0).reason().contains("which is not a plan file; not loaded"), problems.toString());
    }

    @Test
    void aFifoIsNeitherReadNorWaitedFor() throws Exception {
        Path fifo = project.resolve("pipe.center");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Path file = branchReferringTo("pipe.center#queue-1");
        List<LoadProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> problemsOfLoading(file));
        assertTrue(problems.get(0).reason().contains("which is not a regular file; not loaded"), problems.toString());

        PlanDocumentException named = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                PlanDocumentException.class,
                () -> PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(fifo.toString()))));
        assertTrue(named.problems().get(0).reason().contains("not a regular file"), named.problems().toString());
    }

    @Test
    void referencesInsideTheProjectStillResolveAcrossFolders() throws IOException {
        Files.createDirectories(project.resolve("setup"));
        Files.writeString(project.resolve("setup/main.center"), SERVED_CENTER);
        Path branch = Files.createDirectories(project.resolve("branches")).resolve("branch.center");
        Files.writeString(branch, """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" name="Branch">
                  <teams id="team-1" name="Night shift" queues="../setup/main.center#queue-1"/>
                </core:ContactCenter>
                """);
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, List.of(project));
        Resource resource = PlanDocuments.load(set, URI.createFileURI(branch.toString()));
        ContactCenter center = (ContactCenter) resource.getContents().get(0);
        assertEquals("From the network", center.getTeams().get(0).getQueues().get(0).getName());
        assertTrue(PlanDocuments.unresolvedReferences(resource).isEmpty());

        ResourceSet narrow = PlanDocuments.createResourceSet();
        Resource alone = PlanDocuments.load(narrow, URI.createFileURI(branch.toString()));
        assertFalse(PlanDocuments.unresolvedReferences(alone).isEmpty(),
                "without the project folder, only the document's own folder is in reach");
    }

    @Test
    void aReferenceIntoAnUnreadablePlanSaysSo() throws IOException {
        Files.writeString(project.resolve("broken.center"), "<?xml version=\"1.0\"?>\n<core:ContactCenter\n");
        List<LoadProblem> problems = problemsOfLoading(branchReferringTo("broken.center#queue-1"));
        assertEquals(LoadProblem.Severity.ERROR, problems.get(0).severity());
        assertTrue(problems.get(0).reason().contains("which could not be read"), problems.toString());
    }

    @Test
    void deeplyNestedElementsAreRefusedQuicklyWithTheLine() throws IOException {
        int levels = 200_000;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<core:ContactCenter xmlns:core="
                + "\"http://tandem.dev/core/1.0\" xmlns:xmi=\"http://www.omg.org/XMI\" name=\"Deep\">\n");
        xml.append("<xmi:Extension>\n");
        xml.append("<a>".repeat(levels)).append("</a>".repeat(levels));
        xml.append("\n</xmi:Extension>\n</core:ContactCenter>\n");
        Path file = project.resolve("deep.center");
        Files.writeString(file, xml);
        PlanDocumentException failure = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                PlanDocumentException.class,
                () -> PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString()))));
        LoadProblem problem = failure.problems().get(0);
        assertTrue(problem.reason().contains("nested more than " + PlanResourceFactory.MAX_DEPTH + " levels"),
                problem.toString());
        assertEquals(4, problem.line(), problem.toString());
    }
}
