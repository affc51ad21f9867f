package tandem.core.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.documents.AtomicFiles;
import tandem.core.documents.FileChangedException;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;

/** Atomic saves replace the content only: permissions and links stay, leftovers of killed saves go. */
class AtomicSavesTest {

    @TempDir
    Path folder;

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSaveKeepsTheFilesPermissions() throws IOException {
        Path plan = folder.resolve("shared.center");
        Files.writeString(plan, "old");
        Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-rw-r--"));
        write(plan, "new");
        assertEquals("new", Files.readString(plan));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(plan)));
    }

    @Test
    void aNewFileIsNotMadeOwnerOnly() throws IOException {
        Path plan = folder.resolve("new.center");
        write(plan, "new");
        assertTrue(Files.getPosixFilePermissions(plan).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
        Path reference = Files.createFile(folder.resolve("reference.txt"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(plan),
                "a new plan gets the permissions any new file gets");
    }

    @Test
    void aSaveThroughALinkWritesTheLinkedFileAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectories(folder.resolve("shared")).resolve("real.center");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.center"), real);
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        assertEquals(List.of(real), list(real.getParent()), "no temporary file is left beside the target");
    }

    @Test
    void leftoversOfAKilledSaveAreRemovedByTheNextSaveAndNamedRecognisably() throws IOException {
        Path plan = folder.resolve("plan.center");
        Files.writeString(plan, "old");
        Path leftover = Files.writeString(folder.resolve(".plan.center.tandem-saving-1234567890.tmp"), "half");
        Path olderStyle = Files.writeString(folder.resolve(".plan.center4711.saving"), "half");
        Path recent = Files.writeString(folder.resolve(".plan.center.tandem-saving-2222222222.tmp"), "in progress");
        Path otherPlan = Files.writeString(folder.resolve(".other.center.tandem-saving-1.tmp"), "keep");
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        for (Path old : List.of(leftover, olderStyle, otherPlan)) {
            Files.setLastModifiedTime(old, hourAgo);
        }
        List<String> during = new java.util.ArrayList<>();
        AtomicFiles.write(plan, out -> {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).forEach(during::add);
            }
            out.write("new".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(during.stream().anyMatch(n -> n.startsWith(".plan.center.tandem-saving-") && n.endsWith(".tmp")
                && !n.equals(recent.getFileName().toString()) && !n.equals(leftover.getFileName().toString())),
                during::toString);
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(olderStyle));
        assertTrue(Files.exists(recent), "a recent one may belong to a save in progress");
        assertTrue(Files.exists(otherPlan), "another plan's files are left alone");
        assertEquals("new", Files.readString(plan));
    }

    @Test
    void sameFileSeesThroughLinks() throws IOException {
        Path input = Files.writeString(folder.resolve("in.csv"), "a");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), input);
        assertTrue(AtomicFiles.sameFile(link, input));
        assertFalse(AtomicFiles.sameFile(input, folder.resolve("out.csv")));
    }

    /**
     * Two saves whose checks would both pass when run at the same moment: the second checks only once the first has
     * replaced the file, so it sees the first one's content and refuses, instead of overwriting it.
     */
    @Test
    void twoSavesAtOnceCheckOneAfterTheOtherSoTheSecondSeesTheFirstsChange() throws Exception {
        Path plan = folder.resolve("acme.center");
        Files.writeString(plan, "read by both");
        java.util.concurrent.CountDownLatch firstChecked = new java.util.concurrent.CountDownLatch(1);
        AtomicFiles.Precondition unchanged = file -> {
            if (!Files.readString(file).equals("read by both")) {
                throw new FileChangedException(file.getFileName() + " changed on disk since it was read");
            }
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<?> first = pool.submit(() -> {
                AtomicFiles.write(plan, out -> out.write("first".getBytes(StandardCharsets.UTF_8)), file -> {
                    unchanged.check(file);
                    firstChecked.countDown();
                    try {
                        Thread.sleep(400); // the second save comes in between the first one's check and its rename
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertTrue(firstChecked.await(10, java.util.concurrent.TimeUnit.SECONDS));
            IOException refused = assertThrows(FileChangedException.class, () -> AtomicFiles.write(plan,
                    out -> out.write("second".getBytes(StandardCharsets.UTF_8)), unchanged));
            assertTrue(refused.getMessage().contains("changed on disk"), refused.getMessage());
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("first", Files.readString(plan), "the first save is kept, not overwritten by the second");
        assertEquals(List.of(plan), list(folder), "no temporary file is left behind");
    }

    @Test
    void aSaveOverAFileSomeoneElseSavedMeanwhileIsRefusedAndTheirChangeKept() throws IOException {
        Path plan = folder.resolve("acme.center");
        Resource original = PlanDocuments.createResourceSet().createResource(URI.createFileURI(plan.toString()));
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        original.getContents().add(center);
        PlanDocuments.save(original);

        Resource first = PlanDocuments.load(PlanDocuments.createResourceSet(), original.getURI());
        Resource second = PlanDocuments.load(PlanDocuments.createResourceSet(), original.getURI());
        ((ContactCenter) first.getContents().get(0)).setName("First import");
        ((ContactCenter) second.getContents().get(0)).setName("Second import");

        PlanDocuments.saveIfUnchanged(first);
        IOException refused = assertThrows(FileChangedException.class, () -> PlanDocuments.saveIfUnchanged(second));
        assertTrue(refused.getMessage().contains("changed on disk since it was read"), refused.getMessage());
        assertTrue(Files.readString(plan).contains("First import"), "the first change is kept");
        assertEquals(List.of(plan), list(folder), "no temporary file is left behind");

        ((ContactCenter) first.getContents().get(0)).setName("First again");
        PlanDocuments.saveIfUnchanged(first);
        assertTrue(Files.readString(plan).contains("First again"), "whoever saved last may save again");

        second.setURI(URI.createFileURI(folder.resolve("copy.center").toString()));
        PlanDocuments.saveIfUnchanged(second);
        assertTrue(Files.readString(folder.resolve("copy.center")).contains("Second import"),
                "saved under another name, there is nothing to compare with");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
