package tandem.ivr.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import tandem.checks.Finding;
import tandem.core.documents.Ids;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/**
 * Queues and opening hours changed in Tandem are written back into the flow they were imported from: only the
 * action or state that names them differs, and a new import reads the new ones. A change the format cannot say is
 * refused, naming the node.
 */
class WriteBackTest {

    private final Plans plans = new Plans();

    private static Node node(IvrScript script, String id) {
        return script.getNodes().stream().filter(n -> id.equals(n.getName())).findFirst().orElseThrow();
    }

    /** The identifiers (Connect) or state names (Twilio) whose JSON differs between two flows. */
    private static List<String> changed(JsonNode before, JsonNode after, String list, String key) {
        Map<String, JsonNode> old = steps(before, list, key);
        Map<String, JsonNode> now = steps(after, list, key);
        List<String> changed = new ArrayList<>();
        old.forEach((id, step) -> {
            if (!step.equals(now.get(id))) {
                changed.add(id);
            }
        });
        now.keySet().stream().filter(id -> !old.containsKey(id)).forEach(changed::add);
        return changed;
    }

    private static Map<String, JsonNode> steps(JsonNode flow, String list, String key) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        flow.path(list).forEach(s -> result.put(s.get(key).asText(), s));
        return result;
    }

    private IvrScript reimport(String name, String json, FlowFormat format) throws FlowException {
        return new Plans().load(name, json, format).script();
    }

    @Test
    void aConnectRouteMovedToAnotherQueueChangesOnlyTheActionSettingItsQueue() throws Exception {
        String original = Plans.data("acme-main.connect.json");
        IvrScript script = plans.load("acme-main", original, null).script();
        Route billing = assertInstanceOf(Route.class, node(script, "a05-transfer-billing"));
        assertSame(plans.billing, billing.getQueue());
        billing.setQueue(plans.general);

        String written = FlowInterchange.write(script, FlowFormat.CONNECT, "acme-main.json");
        JsonNode before = Plans.tree(original);
        JsonNode after = Plans.tree(written);
        assertEquals(List.of("a03-billing-queue"), changed(before, after, "Actions", "Identifier"));
        JsonNode setQueue = steps(after, "Actions", "Identifier").get("a03-billing-queue");
        assertEquals("General", setQueue.path("Parameters").path("QueueId").asText(),
                "General has no ARN in the flow or the setup: named by name");
        assertEquals("General", after.path("Metadata").path("ActionMetadata").path("a03-billing-queue")
                .path("queue").path("text").asText());

        Plans again = new Plans();
        IvrScript back = again.load("acme-main", written, null).script();
        assertEquals("General", ((Route) node(back, "a05-transfer-billing")).getQueue().getName());
        assertEquals("Orders", ((Route) node(back, "a09-transfer-orders")).getQueue().getName());
    }

    @Test
    void aConnectQueueTheFlowNamesByArnElsewhereIsWrittenByThatArn() throws Exception {
        String original = Plans.data("acme-main.connect.json");
        IvrScript script = plans.load("acme-main", original, null).script();
        ((Route) node(script, "a05-transfer-billing")).setQueue(plans.orders);

        JsonNode after = Plans.tree(FlowInterchange.write(script, FlowFormat.CONNECT, "acme-main.json"));
        JsonNode setQueue = steps(after, "Actions", "Identifier").get("a03-billing-queue");
        assertEquals("arn:aws:connect:eu-central-1:111122223333:instance/7a1d/queue/22bb",
                setQueue.path("Parameters").path("QueueId").asText());
        JsonNode metadata = after.path("Metadata").path("ActionMetadata").path("a03-billing-queue").path("queue");
        assertEquals("arn:aws:connect:eu-central-1:111122223333:instance/7a1d/queue/22bb",
                metadata.path("id").asText());
        assertEquals("Orders", metadata.path("text").asText());
    }

    @Test
    void aConnectHoursCheckGivenOtherHoursChangesOnlyThatAction() throws Exception {
        OpeningHours weekend = CoreFactory.eINSTANCE.createOpeningHours();
        weekend.setName("Weekend hours");
        plans.center.getOpeningHours().add(weekend);
        Ids.assignIfMissing(weekend);
        String original = Plans.data("acme-main.connect.json");
        IvrScript script = plans.load("acme-main", original, null).script();
        HoursCheck check = assertInstanceOf(HoursCheck.class, node(script, "9e4c-hours"));
        assertSame(plans.office, check.getOpeningHours());
        check.setOpeningHours(weekend);

        String written = FlowInterchange.write(script, FlowFormat.CONNECT, "acme-main.json");
        JsonNode after = Plans.tree(written);
        assertEquals(List.of("9e4c-hours"), changed(Plans.tree(original), after, "Actions", "Identifier"));
        assertEquals("Weekend hours", steps(after, "Actions", "Identifier").get("9e4c-hours").path("Parameters")
                .path("Hours").asText());

        Plans again = new Plans();
        OpeningHours weekendAgain = CoreFactory.eINSTANCE.createOpeningHours();
        weekendAgain.setName("Weekend hours");
        again.center.getOpeningHours().add(weekendAgain);
        IvrScript back = again.load("acme-main", written, null).script();
        assertSame(weekendAgain, ((HoursCheck) node(back, "9e4c-hours")).getOpeningHours());
    }

    private static final String SHARED_SETTER = "{\"Version\":\"2019-10-30\",\"StartAction\":\"set\",\"Actions\":["
            + "{\"Identifier\":\"set\",\"Type\":\"UpdateContactTargetQueue\",\"Parameters\":{\"QueueId\":\"Billing\"},"
            + "\"Transitions\":{\"NextAction\":\"menu\"}},"
            + "{\"Identifier\":\"menu\",\"Type\":\"GetParticipantInput\",\"Parameters\":{\"Text\":\"1 or 2\","
            + "\"StoreInput\":\"False\"},\"Transitions\":{\"NextAction\":\"bye\",\"Conditions\":["
            + "{\"NextAction\":\"one\",\"Condition\":{\"Operator\":\"Equals\",\"Operands\":[\"1\"]}},"
            + "{\"NextAction\":\"two\",\"Condition\":{\"Operator\":\"Equals\",\"Operands\":[\"2\"]}}],"
            + "\"Errors\":[{\"NextAction\":\"bye\",\"ErrorType\":\"NoMatchingCondition\"}]}},"
            + "{\"Identifier\":\"one\",\"Type\":\"TransferContactToQueue\",\"Transitions\":{\"NextAction\":\"bye\"}},"
            + "{\"Identifier\":\"two\",\"Type\":\"TransferContactToQueue\",\"Transitions\":{\"NextAction\":\"bye\"}},"
            + "{\"Identifier\":\"bye\",\"Type\":\"DisconnectParticipant\"}]}";

    @Test
    void aConnectRouteSharingItsQueueActionWithAnotherIsRefusedNotWrittenWithTheOldQueue() throws Exception {
        IvrScript script = plans.load("shared", SHARED_SETTER, null).script();
        ((Route) node(script, "one")).setQueue(plans.orders);
        FlowException refused = assertThrows(FlowException.class,
                () -> FlowInterchange.write(script, FlowFormat.CONNECT, "shared.json"));
        assertTrue(refused.getMessage().startsWith("shared.json: Route 'one' now routes to queue 'Orders', but "
                + "action 'set' that sets it also sets the queue of Route 'two' (queue 'Billing')"),
                refused.getMessage());

        ((Route) node(script, "two")).setQueue(plans.orders);
        JsonNode both = Plans.tree(FlowInterchange.write(script, FlowFormat.CONNECT, "shared.json"));
        assertEquals(List.of("set"), changed(Plans.tree(SHARED_SETTER), both, "Actions", "Identifier"));
        assertEquals("Orders", steps(both, "Actions", "Identifier").get("set").path("Parameters").path("QueueId")
                .asText());
    }

    @Test
    void aConnectRouteWhoseQueueNoActionSetsIsRefusedWhenGivenOne() throws Exception {
        String flow = "{\"Version\":\"2019-10-30\",\"StartAction\":\"to\",\"Actions\":[{\"Identifier\":\"to\","
                + "\"Type\":\"TransferContactToQueue\",\"Transitions\":{}}]}";
        IvrScript script = plans.load("plain", flow, null).script();
        ((Route) node(script, "to")).setQueue(plans.general);
        FlowException refused = assertThrows(FlowException.class,
                () -> FlowInterchange.write(script, FlowFormat.CONNECT, "plain.json"));
        assertTrue(refused.getMessage().startsWith("plain.json: Route 'to' now routes to queue 'General', but no "
                + "UpdateContactTargetQueue action before it sets the queue"), refused.getMessage());
    }

    @Test
    void aTwilioEnqueueMovedToAnotherQueueChangesOnlyThatState() throws Exception {
        String original = Plans.data("acme-support.twilio.json");
        IvrScript script = plans.load("acme-support", original, null).script();
        Route billing = assertInstanceOf(Route.class, node(script, "to_billing"));
        assertSame(plans.billing, billing.getQueue());
        billing.setQueue(plans.orders);

        String written = FlowInterchange.write(script, FlowFormat.TWILIO, "acme-support.json");
        JsonNode after = Plans.tree(written);
        assertEquals(List.of("to_billing"), changed(Plans.tree(original), after, "states", "name"));
        assertEquals("Orders", steps(after, "states", "name").get("to_billing").path("properties")
                .path("queue_name").asText());
        assertEquals("Orders", ((Route) node(reimport("acme-support", written, null), "to_billing")).getQueue()
                .getName());
    }

    @Test
    void aTwilioSendToFlexGivenAQueueIsRefusedSinceItsWorkflowPicksTheQueue() throws Exception {
        IvrScript script = plans.load("acme-support", Plans.data("acme-support.twilio.json"), null).script();
        ((Route) node(script, "to_flex")).setQueue(plans.general);
        FlowException refused = assertThrows(FlowException.class,
                () -> FlowInterchange.write(script, FlowFormat.TWILIO, "acme-support.json"));
        assertTrue(refused.getMessage().startsWith("acme-support.json: Route 'to_flex' now routes to queue "
                + "'General', but state 'to_flex' hands the call to TaskRouter workflow "
                + "'WW0123456789abcdef0123456789abcdef'"), refused.getMessage());
    }

    @Test
    void anAfterHoursQuickFixExportsToTwilioAsAnHoursFunctionThatImportsBackAsAnHoursCheck() throws Exception {
        plans.billing.setOpeningHours(plans.office);
        String original = Plans.data("acme-support.twilio.json");
        IvrScript script = plans.load("acme-support", original, null).script();
        CheckOracle oracle = new CheckOracle(plans.set);
        Finding gap = oracle.run("quickfix.ivr-after-hours").stream()
                .filter(f -> f.message().contains("to_billing")).findFirst().orElseThrow();
        oracle.apply(gap, "quickfix.ivr-after-hours.insert-hours-check");
        HoursCheck check = script.getNodes().stream().filter(HoursCheck.class::isInstance)
                .map(HoursCheck.class::cast).findFirst().orElseThrow();

        String written = FlowInterchange.write(script, FlowFormat.TWILIO, "acme-support.json");
        JsonNode after = Plans.tree(written);
        JsonNode function = steps(after, "states", "name").values().stream()
                .filter(s -> "run-function".equals(s.path("type").asText())
                        && s.path("properties").path("parameters").toString().contains("hours_of_operation"))
                .findFirst().orElseThrow();
        assertEquals("{\"key\":\"hours_of_operation\",\"value\":\"Office hours\"}",
                function.path("properties").path("parameters").get(0).toString());
        assertEquals("to_billing", TwilioEvents.next(function, "success"));
        List<String> changed = changed(Plans.tree(original), after, "states", "name");
        assertEquals("split_main_menu", changed.get(0), "only the split now leading to the check: " + changed);
        assertEquals(List.of(function.path("name").asText()), changed.subList(1, changed.size()).stream()
                .filter(n -> steps(after, "states", "name").get(n).path("type").asText().equals("run-function"))
                .toList());
        assertEquals(3, changed.size(), "the split, the check and its closed message: " + changed);

        Plans again = new Plans();
        IvrScript back = again.load("acme-support", written, null).script();
        HoursCheck read = assertInstanceOf(HoursCheck.class, node(back, function.path("name").asText()));
        assertSame(again.office, read.getOpeningHours());
        assertSame(again.billing, read.getQueue());
        assertEquals("to_billing", read.getOpen().getName());
        assertEquals(check.getClosed().getName().replace(' ', '_'), read.getClosed().getName());
        assertEquals(Plans.tree(written), Plans.tree(FlowInterchange.write(back, FlowFormat.TWILIO,
                "acme-support.json")), "the re-imported flow writes back as it was");
    }

    @Test
    void aTwilioHoursFunctionGivenOtherHoursChangesOnlyItsParameter() throws Exception {
        OpeningHours weekend = CoreFactory.eINSTANCE.createOpeningHours();
        weekend.setName("Weekend hours");
        plans.center.getOpeningHours().add(weekend);
        String flow = "{\"description\":\"hours\",\"initial_state\":\"Trigger\",\"states\":["
                + "{\"name\":\"Trigger\",\"type\":\"trigger\",\"transitions\":[{\"next\":\"open_now\","
                + "\"event\":\"incomingCall\"}],\"properties\":{}},"
                + "{\"name\":\"open_now\",\"type\":\"run-function\",\"transitions\":[{\"next\":\"to_billing\","
                + "\"event\":\"success\"},{\"next\":\"closed\",\"event\":\"fail\"}],\"properties\":{\"url\":"
                + "\"https://x.example/hours\",\"parameters\":[{\"key\":\"hours_of_operation\",\"value\":"
                + "\"Office hours\"}]}},"
                + "{\"name\":\"closed\",\"type\":\"say-play\",\"transitions\":[{\"event\":\"audioComplete\"}],"
                + "\"properties\":{\"say\":\"We are closed.\"}},"
                + "{\"name\":\"to_billing\",\"type\":\"enqueue-call\",\"transitions\":[{\"event\":\"callComplete\"}],"
                + "\"properties\":{\"queue_name\":\"Billing\"}}]}";
        IvrScript script = plans.load("hours", flow, null).script();
        HoursCheck check = assertInstanceOf(HoursCheck.class, node(script, "open_now"));
        assertSame(plans.office, check.getOpeningHours());
        assertEquals("to_billing", check.getOpen().getName());
        assertEquals("closed", check.getClosed().getName());
        assertEquals(Plans.tree(flow), Plans.tree(FlowInterchange.write(script, FlowFormat.TWILIO, "hours.json")));

        check.setOpeningHours(weekend);
        JsonNode after = Plans.tree(FlowInterchange.write(script, FlowFormat.TWILIO, "hours.json"));
        assertEquals(List.of("open_now"), changed(Plans.tree(flow), after, "states", "name"));
        assertEquals("Weekend hours", steps(after, "states", "name").get("open_now").path("properties")
                .path("parameters").get(0).path("value").asText());
    }

    /** Where a Twilio state's event leads. */
    private static final class TwilioEvents {
        static String next(JsonNode state, String event) {
            for (JsonNode transition : state.path("transitions")) {
                if (event.equals(transition.path("event").asText())) {
                    return transition.path("next").asText();
                }
            }
            return null;
        }
    }
}
