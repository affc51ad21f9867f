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

/** Twilio Studio flows read into IVR scripts: each voice widget, a whole support line, checks and simulation. */
class TwilioImportTest {

    private final Plans plans = new Plans();

    private static String flow(String... states) {
        return "{\"description\":\"test\",\"states\":[{\"name\":\"Trigger\",\"type\":\"trigger\",\"transitions\":"
                + "[{\"event\":\"incomingMessage\"},{\"next\":\"" + name(states[0])
                + "\",\"event\":\"incomingCall\"}],\"properties\":{\"offset\":{\"x\":0,\"y\":0}}},"
                + String.join(",", states) + "],\"initial_state\":\"Trigger\",\"flags\":{\"allow_concurrent_calls\":"
                + "true}}";
    }

    private static String name(String state) {
        return state.substring(state.indexOf("\"name\":\"") + 8, state.indexOf('"', state.indexOf("\"name\":\"") + 8));
    }

    private static String state(String name, String type, String transitions, String properties) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"transitions\":" + transitions
                + ",\"properties\":" + properties + "}";
    }

    private IvrScript load(String json) throws FlowException {
        return plans.load("flow", json, FlowFormat.TWILIO).script();
    }

    private static Node node(IvrScript script, String name) {
        return script.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
    }

    @Test
    void sayPlayIsAPromptAndATransitionWithoutNextHangsUp() throws Exception {
        IvrScript script = load(flow(state("hello", "say-play", "[{\"event\":\"audioComplete\"}]",
                "{\"say\":\"Hello\",\"loop\":1}")));
        Prompt hello = assertInstanceOf(Prompt.class, script.getEntryPoints().get(0).getFirstNode());
        assertEquals("Hello", hello.getText());
        assertInstanceOf(Disconnect.class, hello.getNext());
    }

    @Test
    void aGatherAndTheSplitOnItsDigitsOrSpeechAreOneMenu() throws Exception {
        IvrScript script = load(flow(
                state("menu", "gather-input-on-call", "[{\"next\":\"split\",\"event\":\"keypress\"},"
                        + "{\"next\":\"split\",\"event\":\"speech\"},{\"next\":\"menu\",\"event\":\"timeout\"}]",
                        "{\"say\":\"Press 1 or say sales\",\"timeout\":7}"),
                state("split", "split-based-on", "[{\"next\":\"sorry\",\"event\":\"noMatch\"},"
                        + "{\"next\":\"sales\",\"event\":\"match\",\"conditions\":[{\"friendly_name\":\"1\","
                        + "\"arguments\":[\"{{widgets.menu.Digits}}\"],\"type\":\"equal_to\",\"value\":\"1\"}]},"
                        + "{\"next\":\"sales\",\"event\":\"match\",\"conditions\":[{\"friendly_name\":\"sales\","
                        + "\"arguments\":[\"{{widgets.menu.SpeechResult}}\"],\"type\":\"matches_any_of\","
                        + "\"value\":\"sales, buy\"}]}]",
                        "{\"input\":\"{{widgets.menu.Digits}}\"}"),
                state("sorry", "say-play", "[{\"event\":\"audioComplete\"}]", "{\"say\":\"Sorry\"}"),
                state("sales", "enqueue-call", "[{\"event\":\"callComplete\"}]", "{\"queue_name\":\"Orders\"}")));
        Menu menu = assertInstanceOf(Menu.class, node(script, "menu"));
        assertEquals(7, menu.getTimeoutSeconds());
        assertEquals(2, menu.getOptions().size());
        assertEquals("1", menu.getOptions().get(0).getKey());
        assertEquals("sales, buy", menu.getOptions().get(1).getPhrases());
        Route sales = assertInstanceOf(Route.class, menu.getOptions().get(0).getTarget());
        assertSame(plans.orders, sales.getQueue());
        assertSame(node(script, "sorry"), menu.getNoMatch().getFinalAction());
        assertSame(menu, menu.getNoInput().getFinalAction());
        assertTrue(script.getNodes().stream().noneMatch(n -> "split".equals(n.getName())), "the split is the menu");
    }

    @Test
    void aGatherWithoutSplitCollectsDigits() throws Exception {
        IvrScript script = load(flow(
                state("account", "gather-input-on-call", "[{\"next\":\"lookup\",\"event\":\"keypress\"},"
                        + "{\"event\":\"timeout\"}]", "{\"say\":\"Account number?\",\"number_of_digits\":8}"),
                state("lookup", "run-function", "[{\"next\":\"agent\",\"event\":\"success\"},{\"event\":\"fail\"}]",
                        "{\"url\":\"https://x.twil.io/lookup\"}"),
                state("agent", "connect-call-to", "[{\"event\":\"callCompleted\"}]",
                        "{\"noun\":\"number\",\"to\":\"+15550100\"}")));
        Input input = assertInstanceOf(Input.class, node(script, "account"));
        assertEquals(8, input.getMaxLength());
        ExternalStep lookup = assertInstanceOf(ExternalStep.class, input.getNext());
        assertEquals("run-function", lookup.getPlatformType());
        assertEquals("+15550100", assertInstanceOf(Transfer.class, lookup.getExits().get(0).getTarget()).getNumber());
        assertTrue(lookup.getExits().get(1).isFailure());
        assertInstanceOf(Disconnect.class, lookup.getExits().get(1).getTarget());
        assertInstanceOf(Disconnect.class, input.getNoInput().getFinalAction());
        assertNull(input.getNoMatch());
    }

    @Test
    void theSupportLineIsCheckedAndSimulated() throws Exception {
        FlowImport imported = plans.load("acme-support", Plans.data("acme-support.twilio.json"), null);
        assertEquals(FlowFormat.TWILIO, imported.format());
        IvrScript script = imported.script();
        assertEquals("Acme support line", script.getName());
        assertEquals(List.of("acme-support.json: state 'to_flex': queue 'WW0123456789abcdef0123456789abcdef' is not "
                + "in the contact-center setup"), imported.notes());

        List<Finding> findings = new CheckOracle(plans.set).run("quickfix.ivr-no-disconnect");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.message().startsWith("Menu 'main_menu' hangs up")),
                findings::toString);

        SimulationResult call = new CallSimulator().simulate(script.getEntryPoints().get(0),
                LocalDateTime.of(2026, 12, 7, 10, 0), List.of(CallerAction.press("2")));
        assertEquals(Outcome.QUEUED, call.outcome(), call.report());
        assertSame(node(script, "to_flex"), call.endNode());
        assertTrue(call.steps().stream().anyMatch(s -> "external: run-function (success)".equals(s.note())),
                call.steps()::toString);
    }

    @Test
    void badFlowsAreRefusedWithTheFileAndTheState() {
        String good = flow(state("hello", "say-play", "[{\"event\":\"audioComplete\"}]", "{\"say\":\"Hi\"}"));
        assertEquals("f.json: initial_state 'Nowhere' names no state of the flow",
                message(good.replace("\"initial_state\":\"Trigger\"", "\"initial_state\":\"Nowhere\"")));
        assertEquals("f.json: state 'hello': transition 'audioComplete' goes to 'gone', which names no state of "
                + "the flow", message(good.replace("{\"event\":\"audioComplete\"}",
                        "{\"next\":\"gone\",\"event\":\"audioComplete\"}")));
        assertEquals("f.json: two states are named 'hello'", message(flow(
                state("hello", "say-play", "[]", "{}"), state("hello", "say-play", "[]", "{}"))));
        assertEquals("f.json: state 2 has no name", message(good.replace("\"name\":\"hello\",", "")));
    }

    private static String message(String json) {
        return assertThrows(FlowException.class,
                () -> FlowInterchange.read("f.json", json, FlowFormat.TWILIO, List.of())).getMessage();
    }
}
