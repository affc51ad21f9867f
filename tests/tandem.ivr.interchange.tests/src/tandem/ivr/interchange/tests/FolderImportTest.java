package tandem.ivr.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.interchange.FlowInterchange.FlowText;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.simulation.CallSimulator;
import tandem.ivr.model.simulation.Outcome;
import tandem.ivr.model.simulation.SimulationResult;

/** A folder of flows is one script: an entry point per flow, flows calling each other linked. */
class FolderImportTest {

    private final Plans plans = new Plans();

    private static final String MAIN = "{\"Version\":\"2019-10-30\",\"StartAction\":\"hello\",\"Actions\":["
            + "{\"Identifier\":\"hello\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":\"Hello\"},"
            + "\"Transitions\":{\"NextAction\":\"to-billing\"}},"
            + "{\"Identifier\":\"to-billing\",\"Type\":\"TransferToFlow\",\"Parameters\":{\"ContactFlowId\":"
            + "\"arn:aws:connect:eu:1:instance/x/contact-flow/billing-id\"},\"Transitions\":{\"Errors\":["
            + "{\"NextAction\":\"bye\",\"ErrorType\":\"NoMatchingError\"}]}},"
            + "{\"Identifier\":\"bye\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}]}";

    private static final String BILLING_CONTENT = "{\"Version\":\"2019-10-30\",\"StartAction\":\"hello\","
            + "\"Actions\":[{\"Identifier\":\"hello\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":"
            + "\"Billing\"},\"Transitions\":{\"NextAction\":\"queue\"}},{\"Identifier\":\"queue\",\"Type\":"
            + "\"UpdateContactTargetQueue\",\"Parameters\":{\"QueueId\":\"Billing\"},\"Transitions\":{\"NextAction\":"
            + "\"transfer\"}},{\"Identifier\":\"transfer\",\"Type\":\"TransferContactToQueue\",\"Parameters\":{},"
            + "\"Transitions\":{}}]}";

    private static final String BILLING = "{\"ContactFlow\":{\"Id\":\"billing-id\",\"Name\":\"Billing\",\"Type\":"
            + "\"CONTACT_FLOW\",\"Content\":\"" + BILLING_CONTENT.replace("\"", "\\\"") + "\"}}";

    @Test
    void connectFlowsAreEntryPointsAndATransferToFlowLeadsIntoTheCalledFlow() throws Exception {
        IvrScript script = FlowInterchange.readAll("flows", List.of(new FlowText("billing.json", BILLING),
                new FlowText("main.json", MAIN)), null, List.of(plans.center)).script();
        plans.set.createResource(URI.createFileURI("/plans/flows.ivr")).getContents().add(script);
        assertEquals(List.of("Billing", "main"), script.getEntryPoints().stream().map(EntryPoint::getName).toList());
        assertEquals(6, script.getNodes().size(), "both flows have a step 'hello'; their ids differ");
        EntryPoint main = script.getEntryPoints().get(1);

        SimulationResult call = new CallSimulator().simulate(main, LocalDateTime.of(2026, 12, 7, 10, 0), List.of());
        assertEquals(Outcome.QUEUED, call.outcome(), call.report());
        assertSame(plans.billing, call.queue());

        IvrScript reloaded = plans.reloaded(script);
        assertEquals(Plans.tree(MAIN), Plans.tree(FlowInterchange.write(reloaded.getEntryPoints().get(1),
                tandem.ivr.interchange.FlowFormat.CONNECT, "main.json")));
        assertEquals(Plans.tree(BILLING), Plans.tree(FlowInterchange.write(reloaded.getEntryPoints().get(0),
                tandem.ivr.interchange.FlowFormat.CONNECT, "billing.json")));
    }

    @Test
    void twilioFlowsWithTheSameStateNamesStayApartAndExportAsTheyWere() throws Exception {
        String support = Plans.data("acme-support.twilio.json");
        String sales = support.replace("Acme support line", "Acme sales line").replace("Billing", "Orders");
        IvrScript script = FlowInterchange.readAll("lines", List.of(new FlowText("sales.json", sales),
                new FlowText("support.json", support)), null, List.of(plans.center)).script();
        plans.set.createResource(URI.createFileURI("/plans/lines.ivr")).getContents().add(script);
        IvrScript reloaded = plans.reloaded(script);
        assertEquals(2, reloaded.getEntryPoints().size());
        assertEquals(Plans.tree(sales), Plans.tree(FlowInterchange.write(reloaded.getEntryPoints().get(0),
                tandem.ivr.interchange.FlowFormat.TWILIO, "sales.json")));
        assertEquals(Plans.tree(support), Plans.tree(FlowInterchange.write(reloaded.getEntryPoints().get(1),
                tandem.ivr.interchange.FlowFormat.TWILIO, "support.json")));
    }

    @Test
    void oneBadFlowImportsNothingAndIsNamed() {
        FlowException refused = assertThrows(FlowException.class, () -> FlowInterchange.readAll("flows",
                List.of(new FlowText("main.json", MAIN), new FlowText("broken.json", "{\"Version\":")), null,
                List.of()));
        assertTrue(refused.getMessage().startsWith("broken.json: not valid JSON"), refused.getMessage());
    }
}
