package tandem.ivr.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import tandem.checks.Finding;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/**
 * A flow imported and exported unchanged is the same JSON (compared as trees); a flow changed by a quick fix
 * differs only in the changed step and the new steps, placed beside their neighbour.
 */
class RoundTripTest {

    private static final String FIX = "quickfix.ivr-no-disconnect.route-to-agent";

    private final Plans plans = new Plans();

    private String roundTrip(String name, String json, FlowFormat format) throws FlowException {
        IvrScript script = plans.reloaded(plans.load(name, json, null).script());
        return FlowInterchange.write(script, format, name + ".json");
    }

    @Test
    void anUnchangedConnectFlowIsWrittenBackAsItWas() throws Exception {
        String original = Plans.data("acme-main.connect.json");
        assertEquals(Plans.tree(original), Plans.tree(roundTrip("acme-main", original, FlowFormat.CONNECT)));
    }

    @Test
    void theApiEnvelopeIsWrittenBackWithItsContentStringUnchanged() throws Exception {
        String content = Plans.tree(Plans.data("acme-main.connect.json")).toString().replace("\\", "\\\\")
                .replace("\"", "\\\"");
        String described = "{\"ContactFlow\":{\"Arn\":\"arn:aws:connect:x:contact-flow/1\",\"Id\":\"1\",\"Name\":"
                + "\"Main\",\"Type\":\"CONTACT_FLOW\",\"Tags\":{\"team\":\"cx\"},\"Content\":\"" + content + "\"}}";
        assertEquals(Plans.tree(described), Plans.tree(roundTrip("described", described, FlowFormat.CONNECT)));
    }

    @Test
    void actionsWithoutTransitionsOrParametersStayWithout() throws Exception {
        String bare = "{\"Version\":\"2019-10-30\",\"StartAction\":\"hello\",\"Actions\":[{\"Identifier\":"
                + "\"hello\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":\"Hi\"},\"Transitions\":"
                + "{\"NextAction\":\"bye\"}},{\"Identifier\":\"bye\",\"Type\":\"DisconnectParticipant\"},"
                + "{\"Identifier\":\"orphan\",\"Type\":\"MessageParticipant\",\"Parameters\":{}}]}";
        assertEquals(Plans.tree(bare), Plans.tree(roundTrip("bare", bare, FlowFormat.CONNECT)));
    }

    @Test
    void anUnchangedTwilioFlowIsWrittenBackAsItWas() throws Exception {
        String original = Plans.data("acme-support.twilio.json");
        assertEquals(Plans.tree(original), Plans.tree(roundTrip("acme-support", original, FlowFormat.TWILIO)));
    }

    @Test
    void aQuickFixChangesOnlyTheFixedConnectActionAndAddsTheRouteBesideIt() throws Exception {
        String original = Plans.data("acme-main.connect.json");
        IvrScript script = plans.load("acme-main", original, null).script();
        CheckOracle oracle = new CheckOracle(plans.set);
        Finding noMatch = oracle.run("quickfix.ivr-no-disconnect").stream()
                .filter(f -> f.message().contains("does not understand")).findFirst().orElseThrow();
        oracle.apply(noMatch, FIX);

        JsonNode before = Plans.tree(original);
        JsonNode after = Plans.tree(FlowInterchange.write(script, FlowFormat.CONNECT, "acme-main.json"));
        Map<String, JsonNode> old = actions(before);
        Map<String, JsonNode> now = actions(after);
        List<String> changed = new ArrayList<>();
        old.forEach((id, action) -> {
            if (!action.equals(now.get(id))) {
                changed.add(id);
            }
        });
        assertEquals(List.of("a02-main-menu"), changed);
        List<String> added = new ArrayList<>(now.keySet());
        added.removeAll(old.keySet());
        assertEquals(2, added.size(), added::toString);
        JsonNode setQueue = now.get(added.get(0));
        assertEquals("UpdateContactTargetQueue", setQueue.get("Type").asText());
        assertEquals("General", setQueue.path("Parameters").path("QueueId").asText());
        assertEquals("TransferContactToQueue", now.get(added.get(1)).get("Type").asText());
        assertEquals(added.get(1), setQueue.path("Transitions").path("NextAction").asText());
        JsonNode menuErrors = now.get("a02-main-menu").path("Transitions").path("Errors");
        assertEquals(added.get(0), menuErrors.get(1).path("NextAction").asText(), "NoMatchingCondition");
        assertEquals("a07-goodbye", menuErrors.get(0).path("NextAction").asText(), "the timeout is not fixed");

        JsonNode positions = after.path("Metadata").path("ActionMetadata");
        assertEquals(1120 + 260, positions.path(added.get(1)).path("position").path("x").asInt());
        assertEquals(before.path("Metadata").path("ActionMetadata").path("a05-transfer-billing"),
                positions.path("a05-transfer-billing"));
        assertEquals(before.path("Metadata").path("entryPointPosition"), after.path("Metadata")
                .path("entryPointPosition"));
    }

    @Test
    void aQuickFixChangesOnlyTheSplitOfTheFixedTwilioMenuAndAddsTheQueueState() throws Exception {
        String original = Plans.data("acme-support.twilio.json");
        IvrScript script = plans.load("acme-support", original, null).script();
        CheckOracle oracle = new CheckOracle(plans.set);
        Finding noMatch = oracle.run("quickfix.ivr-no-disconnect").stream()
                .filter(f -> f.message().contains("does not understand")).findFirst().orElseThrow();
        oracle.apply(noMatch, FIX);
        Route route = assertInstanceOf(Route.class, script.getNodes().get(script.getNodes().size() - 1));

        JsonNode before = Plans.tree(original);
        JsonNode after = Plans.tree(FlowInterchange.write(script, FlowFormat.TWILIO, "acme-support.json"));
        Map<String, JsonNode> old = states(before);
        Map<String, JsonNode> now = states(after);
        List<String> changed = new ArrayList<>();
        old.forEach((name, state) -> {
            if (!state.equals(now.get(name))) {
                changed.add(name);
            }
        });
        assertEquals(List.of("split_main_menu"), changed);
        List<String> added = new ArrayList<>(now.keySet());
        added.removeAll(old.keySet());
        assertEquals(1, added.size(), added::toString);
        JsonNode queue = now.get(added.get(0));
        assertEquals("enqueue-call", queue.get("type").asText());
        assertEquals("General", queue.path("properties").path("queue_name").asText());
        assertEquals(route.getName(), added.get(0));
        assertEquals(added.get(0), now.get("split_main_menu").path("transitions").get(0).path("next").asText());
        assertNotEquals(0, queue.path("properties").path("offset").path("x").asInt());
    }

    @Test
    void moreThan250ActionsAreRefusedOnConnectExport() throws Exception {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i <= FlowInterchange.CONNECT_MAX_ACTIONS; i++) {
            actions.append(i == 0 ? "" : ",").append("{\"Identifier\":\"p").append(i)
                    .append("\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":\"").append(i)
                    .append("\"},\"Transitions\":{").append(i < FlowInterchange.CONNECT_MAX_ACTIONS
                            ? "\"NextAction\":\"p" + (i + 1) + "\"" : "")
                    .append("}}");
        }
        String big = "{\"Version\":\"2019-10-30\",\"StartAction\":\"p0\",\"Actions\":[" + actions + "]}";
        IvrScript script = plans.load("big", big, null).script();
        FlowException refused = assertThrows(FlowException.class,
                () -> FlowInterchange.write(script, FlowFormat.CONNECT, "big.json"));
        assertEquals("big.json: 251 actions; Amazon Connect takes at most 250 in one flow (split big into flow "
                + "modules)", refused.getMessage());
    }

    @Test
    void aScriptImportedFromOneFormatIsNotWrittenInTheOther() throws Exception {
        IvrScript script = plans.load("acme-main", Plans.data("acme-main.connect.json"), null).script();
        FlowException refused = assertThrows(FlowException.class,
                () -> FlowInterchange.write(script, FlowFormat.TWILIO, "out.json"));
        assertTrue(refused.getMessage().startsWith("out.json: acme-main was imported from an Amazon Connect flow"),
                refused.getMessage());
    }

    private static Map<String, JsonNode> actions(JsonNode flow) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        flow.path("Actions").forEach(a -> result.put(a.get("Identifier").asText(), a));
        return result;
    }

    private static Map<String, JsonNode> states(JsonNode flow) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        flow.path("states").forEach(s -> result.put(s.get("name").asText(), s));
        return result;
    }
}
