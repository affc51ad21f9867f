package tandem.ivr.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.checks.Finding;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowImport;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.Route;
import tandem.ivr.model.Transfer;
import tandem.ivr.model.simulation.CallSimulator;
import tandem.ivr.model.simulation.CallerAction;
import tandem.ivr.model.simulation.Outcome;
import tandem.ivr.model.simulation.SimulationResult;
import tandem.test.support.checks.CheckOracle;

/** Amazon Connect flows read into IVR scripts: each action type, a whole inbound flow, checks and simulation. */
class ConnectImportTest {

    private final Plans plans = new Plans();

    private static String flow(String start, String... actions) {
        return "{\"Version\":\"2019-10-30\",\"StartAction\":\"" + start + "\",\"Actions\":[" + String.join(",", actions)
                + "]}";
    }

    private static String action(String id, String type, String parameters, String transitions) {
        return "{\"Identifier\":\"" + id + "\",\"Type\":\"" + type + "\",\"Parameters\":" + parameters
                + ",\"Transitions\":" + transitions + "}";
    }

    private static final String BYE = action("bye", "DisconnectParticipant", "{}", "{}");

    private IvrScript load(String json) throws FlowException {
        return plans.load("flow", json, FlowFormat.CONNECT).script();
    }

    private static Node node(IvrScript script, String identifier) {
        return script.getNodes().stream().filter(n -> identifier.equals(n.getName())).findFirst().orElseThrow();
    }

    @Test
    void messageParticipantIsAPromptWithItsTextOrSsml() throws Exception {
        IvrScript script = load(flow("hello",
                action("hello", "MessageParticipant", "{\"Text\":\"Hello\"}", "{\"NextAction\":\"ssml\"}"),
                action("ssml", "MessageParticipant", "{\"SSML\":\"<speak>Bye</speak>\"}",
                        "{\"NextAction\":\"bye\"}"),
                BYE));
        Prompt hello = assertInstanceOf(Prompt.class, node(script, "hello"));
        assertEquals("Hello", hello.getText());
        Prompt ssml = assertInstanceOf(Prompt.class, hello.getNext());
        assertEquals("<speak>Bye</speak>", ssml.getText());
        assertInstanceOf(Disconnect.class, ssml.getNext());
        assertSame(hello, script.getEntryPoints().get(0).getFirstNode());
    }

    @Test
    void dtmfInputIsAMenuWithKeysAndErrorsAsNoMatchAndNoInput() throws Exception {
        IvrScript script = load(flow("menu",
                action("menu", "GetParticipantInput",
                        "{\"Text\":\"Press 1\",\"StoreInput\":\"False\",\"InputTimeLimitSeconds\":\"7\"}",
                        "{\"NextAction\":\"bye\",\"Conditions\":[{\"NextAction\":\"one\",\"Condition\":"
                                + "{\"Operator\":\"Equals\",\"Operands\":[\"1\"]}}],\"Errors\":["
                                + "{\"NextAction\":\"one\",\"ErrorType\":\"InputTimeLimitExceeded\"},"
                                + "{\"NextAction\":\"bye\",\"ErrorType\":\"NoMatchingCondition\"}]}"),
                action("one", "MessageParticipant", "{\"Text\":\"One\"}", "{\"NextAction\":\"bye\"}"), BYE));
        Menu menu = assertInstanceOf(Menu.class, node(script, "menu"));
        assertEquals("Press 1", menu.getPromptText());
        assertEquals(7, menu.getTimeoutSeconds());
        assertEquals(1, menu.getOptions().size());
        assertEquals("1", menu.getOptions().get(0).getKey());
        assertSame(node(script, "one"), menu.getOptions().get(0).getTarget());
        assertSame(node(script, "bye"), menu.getNoMatch().getFinalAction());
        assertEquals(0, menu.getNoMatch().getRetries());
        assertSame(node(script, "one"), menu.getNoInput().getFinalAction());
    }

    @Test
    void lexInputIsAMenuWhoseOptionsAreIntents() throws Exception {
        IvrScript script = load(flow("lex",
                action("lex", "ConnectParticipantWithLexBot",
                        "{\"Text\":\"How can I help?\",\"LexV2Bot\":{\"AliasArn\":\"arn:aws:lex:x\"}}",
                        "{\"Conditions\":[{\"NextAction\":\"bye\",\"Condition\":{\"Operator\":\"Equals\","
                                + "\"Operands\":[\"CheckBalance\"]}}],\"Errors\":[{\"NextAction\":\"bye\","
                                + "\"ErrorType\":\"NoMatchingError\"}]}"),
                BYE));
        Menu menu = assertInstanceOf(Menu.class, node(script, "lex"));
        assertEquals("CheckBalance", menu.getOptions().get(0).getPhrases());
        assertNull(menu.getOptions().get(0).getKey());
        assertSame(node(script, "bye"), menu.getNoMatch().getFinalAction(), "NoMatchingError is the no-match");
        assertNull(menu.getNoInput(), "no timeout branch: no-input not handled");
    }

    @Test
    void storedInputIsAnInputKeptAsStoredCustomerInput() throws Exception {
        IvrScript script = load(flow("account",
                action("account", "GetParticipantInput",
                        "{\"Text\":\"Your account number?\",\"StoreInput\":\"True\",\"InputTimeLimitSeconds\":\"5\","
                                + "\"InputValidation\":{\"CustomValidation\":{\"MaximumLength\":\"8\"}}}",
                        "{\"NextAction\":\"bye\",\"Errors\":[{\"NextAction\":\"bye\",\"ErrorType\":"
                                + "\"InvalidNumber\"}]}"),
                BYE));
        Input input = assertInstanceOf(Input.class, node(script, "account"));
        assertEquals(8, input.getMaxLength());
        assertEquals("StoredCustomerInput", input.getVariable());
        assertSame(node(script, "bye"), input.getNext());
        assertSame(node(script, "bye"), input.getNoMatch().getFinalAction());
    }

    @Test
    void hoursQueuesAndTransfersResolveAgainstTheSetupAndUnknownOnesAreReported() throws Exception {
        FlowImport imported = plans.load("flow", flow("hours",
                action("hours", "CheckHoursOfOperation", "{\"Hours\":\"Office hours\"}",
                        "{\"Conditions\":[{\"NextAction\":\"queue\",\"Condition\":{\"Operator\":\"Equals\","
                                + "\"Operands\":[\"True\"]}},{\"NextAction\":\"phone\",\"Condition\":"
                                + "{\"Operator\":\"Equals\",\"Operands\":[\"False\"]}}]}"),
                action("queue", "UpdateContactTargetQueue",
                        "{\"QueueId\":\"arn:aws:connect:eu:1:instance/x/queue/Nowhere\"}",
                        "{\"NextAction\":\"transfer\"}"),
                action("transfer", "TransferContactToQueue", "{}",
                        "{\"Errors\":[{\"NextAction\":\"bye\",\"ErrorType\":\"QueueAtCapacity\"}]}"),
                action("phone", "TransferToPhoneNumber", "{\"ThirdPartyPhoneNumber\":\"+15550100\"}",
                        "{\"Errors\":[{\"NextAction\":\"bye\",\"ErrorType\":\"CallFailed\"}]}"),
                BYE), FlowFormat.CONNECT);
        IvrScript script = imported.script();
        HoursCheck hours = assertInstanceOf(HoursCheck.class, node(script, "hours"));
        assertSame(plans.office, hours.getOpeningHours());
        assertInstanceOf(ExternalStep.class, hours.getOpen());
        assertEquals("+15550100", assertInstanceOf(Transfer.class, hours.getClosed()).getNumber());
        assertNull(assertInstanceOf(Route.class, node(script, "transfer")).getQueue());
        assertEquals(List.of("flow.json: action 'queue': queue 'Nowhere' is not in the contact-center setup"),
                imported.notes());
    }

    @Test
    void actionsWithoutANodeAreExternalStepsKeepingTheirJsonAndExits() throws Exception {
        IvrScript script = load(flow("lambda",
                action("lambda", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"arn:aws:lambda:f\"}",
                        "{\"NextAction\":\"bye\",\"Errors\":[{\"NextAction\":\"bye\",\"ErrorType\":"
                                + "\"NoMatchingError\"}]}"),
                BYE));
        ExternalStep step = assertInstanceOf(ExternalStep.class, node(script, "lambda"));
        assertEquals("InvokeLambdaFunction", step.getPlatformType());
        assertTrue(step.getDefinition().contains("arn:aws:lambda:f"));
        assertEquals(2, step.getExits().size());
        assertEquals("NoMatchingError", step.getExits().get(1).getLabel());
        assertTrue(step.getExits().get(1).isFailure());
    }

    @Test
    void theConsoleExportOfAnInboundFlowIsCheckedAndSimulated() throws Exception {
        IvrScript script = plans.load("acme-main", Plans.data("acme-main.connect.json"), null).script();
        assertEquals("acme-main", script.getName());
        assertEquals(13, script.getNodes().size());
        Route billing = assertInstanceOf(Route.class, node(script, "a05-transfer-billing"));
        assertSame(plans.billing, billing.getQueue());
        assertSame(plans.orders, assertInstanceOf(Route.class, node(script, "a09-transfer-orders")).getQueue());

        List<Finding> findings = new CheckOracle(plans.set).run("quickfix.ivr-no-disconnect");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains(
                "'a02-main-menu' hangs up on callers it does not understand")), findings::toString);

        SimulationResult call = new CallSimulator().simulate(script.getEntryPoints().get(0),
                LocalDateTime.of(2026, 12, 7, 10, 0), List.of(CallerAction.press("2")));
        assertEquals(Outcome.QUEUED, call.outcome(), call.report());
        assertSame(node(script, "a09-transfer-orders"), call.endNode());
        assertTrue(call.steps().stream().anyMatch(s -> s.note() != null && s.note().startsWith("external: InvokeLambdaFunction")),
                call.steps()::toString);

        SimulationResult sunday = new CallSimulator().simulate(script.getEntryPoints().get(0),
                LocalDateTime.of(2026, 12, 6, 10, 0), List.of());
        assertEquals(Outcome.DISCONNECTED, sunday.outcome(), sunday.report());
        assertTrue(sunday.path().contains(node(script, "a06-closed")));
    }

    @Test
    void theApiEnvelopeWithContentAsAStringIsRead() throws Exception {
        String content = flow("bye", BYE).replace("\"", "\\\"");
        String described = "{\"ContactFlow\":{\"Arn\":\"arn:aws:connect:x:contact-flow/1\",\"Id\":\"1\","
                + "\"Name\":\"After hours\",\"Type\":\"CONTACT_FLOW\",\"State\":\"ACTIVE\",\"Content\":\"" + content
                + "\"}}";
        IvrScript script = plans.load("described", described, null).script();
        assertEquals("After hours", script.getName());
        assertInstanceOf(Disconnect.class, script.getEntryPoints().get(0).getFirstNode());
    }

    @Test
    void aLoopWithoutCallerInputIsStoppedByTheSimulatorNotAHang() throws Exception {
        IvrScript script = load(flow("set",
                action("set", "UpdateContactAttributes", "{\"Attributes\":{\"a\":\"1\"}}",
                        "{\"NextAction\":\"compare\"}"),
                action("compare", "Compare", "{\"ComparisonValue\":\"$.Attributes.a\"}",
                        "{\"Conditions\":[{\"NextAction\":\"set\",\"Condition\":{\"Operator\":\"Equals\","
                                + "\"Operands\":[\"1\"]}}],\"Errors\":[{\"NextAction\":\"set\",\"ErrorType\":"
                                + "\"NoMatchingCondition\"}]}")));
        SimulationResult call = new CallSimulator().simulate(script.getEntryPoints().get(0),
                LocalDateTime.of(2026, 12, 7, 10, 0), List.of());
        assertEquals(Outcome.LOOP, call.outcome());
        assertTrue(call.report().contains("'set'"), call.report());
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsIgnored() throws Exception {
        IvrScript script = load("\uFEFF" + flow("bye", BYE));
        assertInstanceOf(Disconnect.class, script.getEntryPoints().get(0).getFirstNode());
    }

    @Test
    void badFlowsAreRefusedWithTheFileAndTheAction() {
        assertTrue(message("{x").startsWith("f.json: not valid JSON at line 1, column 2: "), message("{x"));
        assertEquals("f.json: unknown Amazon Connect flow Version '2020-01-01' (expected 2019-10-30)",
                message(flow("bye", BYE).replace("2019-10-30", "2020-01-01")));
        assertEquals("f.json: StartAction 'nowhere' names no action of the flow", message(flow("nowhere", BYE)));
        assertEquals("f.json: action 'hello': NextAction 'gone' names no action of the flow",
                message(flow("hello", action("hello", "MessageParticipant", "{}", "{\"NextAction\":\"gone\"}"))));
        assertEquals("f.json: two actions have the Identifier 'bye'", message(flow("bye", BYE, BYE)));
        assertEquals("f.json: neither an Amazon Connect flow (Version, StartAction, Actions) nor a Twilio Studio "
                + "flow (initial_state, states); name the format with --format connect|twilio",
                message("{\"a\":1}"));
    }

    private static String message(String json) {
        return assertThrows(FlowException.class, () -> FlowInterchange.read("f.json", json, null, List.of()))
                .getMessage();
    }
}
