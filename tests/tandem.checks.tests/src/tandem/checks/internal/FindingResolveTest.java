package tandem.checks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;

/** Quick fixes find the elements a finding's data names, or learn that the plans changed, without an exception. */
class FindingResolveTest {

    @TempDir
    Path folder;

    private final ResourceSet set = PlanDocuments.createResourceSet();

    /** Like an editor's resource set in the workbench, confined to the plans' folder (its project). */
    @org.junit.jupiter.api.BeforeEach
    void confine() {
        PlanDocuments.confineToFolders(set, java.util.List.of(folder));
    }

    private Finding finding(Map<String, String> data) {
        return new Finding("test.rule", "test", Severity.WARNING, "Something.",
                URI.createFileURI(folder.resolve("x.center").toString()).appendFragment("x"), "", data, null);
    }

    private String uriOf(String file, String fragment) {
        return URI.createFileURI(folder.resolve(file).toString()).appendFragment(fragment).toString();
    }

    @Test
    void theElementTheDataNamesIsLoadedFromItsDocument() throws Exception {
        Files.writeString(folder.resolve("setup.center"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:ContactCenter xmlns:core="http://tandem.dev/core/1.0" id="center-1" name="Acme">
                  <queues id="queue-1" name="Billing"/>
                </core:ContactCenter>
                """);
        Finding finding = finding(Map.of("queue", uriOf("setup.center", "queue-1")));
        assertEquals("Billing", finding.resolve("queue", set, Queue.class).orElseThrow().getName());
        assertTrue(finding.resolve("queue", set, ContactCenter.class).isEmpty(), "not of the type asked for");
        assertTrue(finding.resolve("campaign", set, Queue.class).isEmpty(), "no such key");
        assertTrue(finding(Map.of("queue", uriOf("setup.center", "queue-9"))).resolve("queue", set, Queue.class)
                .isEmpty(), "no longer there");
    }

    @Test
    void aDocumentGoneOrUnreadableOrABadUriResolvesToNothing() throws Exception {
        Files.writeString(folder.resolve("broken.center"), "<not a plan");
        assertTrue(finding(Map.of("queue", uriOf("gone.center", "queue-1"))).resolve("queue", set, Queue.class)
                .isEmpty());
        assertTrue(finding(Map.of("queue", uriOf("broken.center", "queue-1"))).resolve("queue", set, Queue.class)
                .isEmpty());
        assertTrue(finding(Map.of("queue", "::not a uri::#")).resolve("queue", set, Queue.class).isEmpty());
    }
}
