package tandem.ivr.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.checks.Finding;
import tandem.checks.PlanSets;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/** Flow files load as IVR scripts where plans are loaded, so that {@code tandem-cli check} takes them directly. */
class CheckFlowFilesTest {

    @TempDir
    Path folder;

    @Test
    void aConnectFlowNamedAfterItsSetupIsCheckedWithItsQueuesResolved() throws Exception {
        Plans plans = new Plans();
        Path center = folder.resolve("acme.center");
        plans.center.eResource().setURI(URI.createFileURI(center.toString()));
        PlanDocuments.save(plans.center.eResource());
        Path flow = folder.resolve("main.json");
        Files.writeString(flow, Plans.data("acme-main.connect.json"));

        PlanSets.Loaded loaded = PlanSets.load(List.of(center, flow));
        assertTrue(loaded.problems().isEmpty(), loaded.problems()::toString);
        IvrScript script = loaded.plans().all(IvrScript.class).get(0);
        Route billing = (Route) script.getNodes().stream().filter(n -> "a05-transfer-billing".equals(n.getName()))
                .findFirst().orElseThrow();
        assertEquals("Billing", billing.getQueue().getName());
        List<Finding> findings = new CheckOracle(script.eResource().getResourceSet())
                .run("quickfix.ivr-no-disconnect");
        assertEquals(2, findings.size(), findings::toString);
    }

    @Test
    void aBadFlowIsALoadProblemNamingTheFileAndActionAndItIsNeverOverwritten() throws Exception {
        Path flow = folder.resolve("broken.json");
        String text = "{\"Version\":\"2019-10-30\",\"StartAction\":\"a\",\"Actions\":[{\"Identifier\":\"a\","
                + "\"Type\":\"MessageParticipant\",\"Transitions\":{\"NextAction\":\"b\"}}]}";
        Files.writeString(flow, text);
        PlanSets.Loaded loaded = PlanSets.load(List.of(flow));
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).toString().contains(
                "broken.json: action 'a': NextAction 'b' names no action of the flow"), loaded.problems()::toString);

        Path good = folder.resolve("good.json");
        Files.writeString(good, Plans.data("acme-support.twilio.json"));
        var resource = PlanDocuments.load(PlanDocuments.createResourceSet(),
                URI.createFileURI(good.toString()));
        assertThrows(IOException.class, () -> resource.save(null));
        assertEquals(Plans.data("acme-support.twilio.json"), Files.readString(good));
    }

    @Test
    void foldersAreNotSearchedForJsonFiles() throws Exception {
        Files.writeString(folder.resolve("package.json"), "{\"name\":\"not a flow\"}");
        assertEquals(List.of(), PlanFiles.find(List.of(folder)));
    }

    @Test
    void onlyJsonFilesThatAreFlowsAreRecognisedAsPlans() throws Exception {
        Files.writeString(folder.resolve("connect.json"), Plans.data("acme-main.connect.json"));
        Files.writeString(folder.resolve("twilio.json"), Plans.data("acme-support.twilio.json"));
        Files.writeString(folder.resolve("api.json"), "{\"sid\":\"FW1\",\"friendly_name\":\"x\",\"definition\":"
                + "{\"description\":\"d\",\"states\":[],\"initial_state\":\"Trigger\"}}");
        Files.writeString(folder.resolve("described.json"), "{\"ContactFlow\":{\"Id\":\"1\",\"Content\":\"{}\"}}");
        Files.writeString(folder.resolve("bom.json"), "\uFEFF{\"Version\":\"2019-10-30\",\"StartAction\":\"a\","
                + "\"Actions\":[]}");
        Files.writeString(folder.resolve("broken-flow.json"), "{\"Version\":\"2019-10-30\",\"Actions\":[{\"Ide");
        Files.writeString(folder.resolve("package.json"), "{\"name\":\"x\",\"version\":\"1.0.0\",\"scripts\":"
                + "{\"states\":\"a\",\"initial_state\":\"b\"}}");
        Files.writeString(folder.resolve("broken.json"), "{\"name\": ");
        Files.writeString(folder.resolve("list.json"), "[{\"states\":[],\"initial_state\":\"x\"}]");
        Files.writeString(folder.resolve("empty.json"), "");
        Files.createDirectory(folder.resolve("folder.json"));

        for (String flow : List.of("connect.json", "twilio.json", "api.json", "described.json", "bom.json",
                "broken-flow.json")) {
            assertTrue(PlanFiles.isRecognisedPlan(folder.resolve(flow)), flow);
            assertTrue(PlanFiles.mayBePlan(folder.resolve(flow)), flow);
        }
        for (String other : List.of("package.json", "broken.json", "list.json", "empty.json", "folder.json",
                "missing.json")) {
            assertEquals(false, PlanFiles.isRecognisedPlan(folder.resolve(other)), other);
        }
        assertEquals(false, PlanFiles.isRecognisedPlan(folder.resolve("notes.txt")));
    }
}
