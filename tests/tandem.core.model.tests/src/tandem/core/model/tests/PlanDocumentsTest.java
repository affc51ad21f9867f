package tandem.core.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.AtomicFiles;
import tandem.core.documents.LoadProblem;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.HoursException;
import tandem.core.model.Queue;
import tandem.core.model.Team;

/** Loading and saving plan documents: readable files, stable ids, clear problems, atomic saves. */
class PlanDocumentsTest {

    @TempDir
    Path folder;

    private static ContactCenter acme() {
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        center.setTimeZone("Europe/Berlin");
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        billing.setChannel(Channel.PHONE);
        center.getQueues().add(billing);
        var hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Business hours");
        HoursException newYear = CoreFactory.eINSTANCE.createHoursException();
        newYear.setDate(LocalDate.of(2027, 1, 1));
        newYear.setName("New Year");
        newYear.setOpens(LocalTime.of(10, 30));
        hours.getExceptions().add(newYear);
        center.getOpeningHours().add(hours);
        billing.setOpeningHours(hours);
        return center;
    }

    private Resource newDocument(ResourceSet set, String name) {
        return set.createResource(URI.createFileURI(folder.resolve(name).toString()));
    }

    @Test
    void aSavedDocumentLoadsBackEqualWithDatesAndIds() throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = newDocument(set, "acme.center");
        ContactCenter center = acme();
        resource.getContents().add(center);
        PlanDocuments.save(resource);

        String text = Files.readString(folder.resolve("acme.center"));
        String queueId = center.getQueues().get(0).getId();
        assertTrue(queueId.matches("queue-[0-9a-f]{8}"), queueId);
        assertTrue(text.contains("date=\"2027-01-01\""), text);
        assertTrue(text.contains("opens=\"10:30\""), text);
        assertTrue(text.contains("openingHours=\"#" + center.getOpeningHours().get(0).getId() + "\""),
                "references use ids: " + text);

        Resource reread = PlanDocuments.load(PlanDocuments.createResourceSet(), resource.getURI());
        assertTrue(EcoreUtil.equals(center, reread.getContents().get(0)));
    }

    @Test
    void referencesAcrossFilesSurviveARename() throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource setup = newDocument(set, "setup.center");
        ContactCenter center = acme();
        setup.getContents().add(center);
        Resource other = newDocument(set, "branch.center");
        ContactCenter branch = CoreFactory.eINSTANCE.createContactCenter();
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName("Night shift");
        team.getQueues().add(center.getQueues().get(0));
        branch.getTeams().add(team);
        other.getContents().add(branch);
        PlanDocuments.save(setup);
        PlanDocuments.save(other);

        center.getQueues().get(0).setName("Billing and payments");
        PlanDocuments.save(setup);

        ResourceSet fresh = PlanDocuments.createResourceSet();
        Resource branchAgain = PlanDocuments.load(fresh, other.getURI());
        Team teamAgain = ((ContactCenter) branchAgain.getContents().get(0)).getTeams().get(0);
        assertEquals("Billing and payments", teamAgain.getQueues().get(0).getName());
        assertTrue(PlanDocuments.unresolvedReferences(branchAgain).isEmpty());
    }

    @Test
    void aReferenceToAMissingQueueIsReportedWithTheElement() throws IOException {
        Files.writeString(folder.resolve("branch.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" name="Branch">
                  <teams id="team-1" name="Night shift" queues="setup.center#queue-gone"/>
                </core:ContactCenter>
                """);
        Resource resource = PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(folder.resolve("branch.center").toString()));
        List<LoadProblem> problems = PlanDocuments.unresolvedReferences(resource);
        assertEquals(1, problems.size());
        assertEquals(LoadProblem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).reason().contains("Team 'Night shift': queues refers to"), problems.toString());
        assertTrue(problems.get(0).reason().contains("queue-gone"), problems.toString());
    }

    @Test
    void anUnknownAttributeIsReportedWithFileLineAndName() throws IOException {
        Path file = folder.resolve("broken.center");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<core:ContactCenter xmlns:core=\"http://tandem.dev/core/1.0\">\n"
                + "  <queues name=\"Billing\" colour=\"red\"/>\n</core:ContactCenter>\n");
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocumentException failure = assertThrows(PlanDocumentException.class,
                () -> PlanDocuments.load(set, URI.createFileURI(file.toString())));
        LoadProblem problem = failure.problems().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.reason().contains("'colour'"), problem.reason());
        assertTrue(set.getResources().isEmpty(), "a failed load leaves nothing behind");
    }

    @Test
    void malformedXmlAndAMissingFileGetPlainReasons() throws IOException {
        Path file = folder.resolve("truncated.center");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<core:ContactCenter xmlns:core=\"http://tandem.dev/core/1.0\"\n");
        PlanDocumentException truncated = assertThrows(PlanDocumentException.class,
                () -> PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString())));
        assertTrue(truncated.problems().get(0).reason().startsWith("not well-formed XML"),
                truncated.problems().toString());
        assertTrue(truncated.problems().get(0).line() >= 2);

        PlanDocumentException missing = assertThrows(PlanDocumentException.class, () -> PlanDocuments
                .load(PlanDocuments.createResourceSet(), URI.createFileURI(folder.resolve("none.center").toString())));
        assertEquals("file not found", missing.problems().get(0).reason());
    }

    @Test
    void anInvalidDateNamesTheValue() throws IOException {
        Path file = folder.resolve("dates.center");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<core:ContactCenter xmlns:core=\"http://tandem.dev/core/1.0\">\n"
                + "  <openingHours name=\"Hours\">\n    <exceptions date=\"2027-02-30\"/>\n  </openingHours>\n"
                + "</core:ContactCenter>\n");
        PlanDocumentException failure = assertThrows(PlanDocumentException.class,
                () -> PlanDocuments.load(PlanDocuments.createResourceSet(), URI.createFileURI(file.toString())));
        assertEquals(4, failure.problems().get(0).line(), failure.problems().toString());
        assertTrue(failure.problems().get(0).reason().contains("2027-02-30"), failure.problems().toString());
    }

    @Test
    void anUnreadableDocumentIsNeverOverwrittenUnasked() throws IOException {
        Path file = folder.resolve("broken.center");
        String garbage = "this is not a plan";
        Files.writeString(file, garbage);
        PlanDocuments.Opened opened = PlanDocuments.open(PlanDocuments.createResourceSet(),
                URI.createFileURI(file.toString()));
        assertFalse(opened.readable());
        assertTrue(PlanDocuments.isUnreadable(opened.resource()));
        opened.resource().getContents().add(acme());

        IOException refused = assertThrows(IOException.class, () -> PlanDocuments.save(opened.resource()));
        assertTrue(refused.getMessage().contains("not overwritten unless you confirm"), refused.getMessage());
        assertEquals(garbage, Files.readString(file));

        PlanDocuments.saveReplacingUnreadable(opened.resource());
        assertTrue(Files.readString(file).contains("Acme"));
        assertFalse(PlanDocuments.isUnreadable(opened.resource()));
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheFileAsItWas() throws IOException {
        Path file = folder.resolve("acme.center");
        Files.writeString(file, "original content");
        Resource failing = new XMIResourceImpl(URI.createFileURI(file.toString())) {
            @Override
            public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
                out.write("<?xml version=\"1.0\"?><half a docu".getBytes(StandardCharsets.UTF_8));
                throw new IOException("No space left on device");
            }
        };
        failing.getContents().add(acme());
        IOException failure = assertThrows(IOException.class, () -> PlanDocuments.save(failing));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals("original content", Files.readString(file));
        assertEquals(List.of(file), listFolder(), "no temporary file is left behind");
    }

    @Test
    void atomicWritesReplaceTheWholeFileOrNothing() throws IOException {
        Path file = folder.resolve("plan.txt");
        AtomicFiles.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write("sec".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("crash");
        }));
        assertEquals("first", Files.readString(file));
        AtomicFiles.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file), listFolder());
    }

    @Test
    void openingAReadableDocumentReportsNoProblems() throws IOException {
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = newDocument(set, "acme.center");
        resource.getContents().add(acme());
        PlanDocuments.save(resource);
        PlanDocuments.Opened opened = PlanDocuments.open(PlanDocuments.createResourceSet(), resource.getURI());
        assertTrue(opened.readable());
        assertSame(opened.resource(), opened.resource().getContents().get(0).eResource());
    }

    private List<Path> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
