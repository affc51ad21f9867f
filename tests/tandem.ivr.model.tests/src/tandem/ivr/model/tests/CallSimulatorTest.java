package tandem.ivr.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.ivr.model.simulation.CallerAction.mumble;
import static tandem.ivr.model.simulation.CallerAction.press;
import static tandem.ivr.model.simulation.CallerAction.say;
import static tandem.ivr.model.simulation.CallerAction.silence;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Message;
import tandem.ivr.model.Route;
import tandem.ivr.model.simulation.CallSimulator;
import tandem.ivr.model.simulation.CallerAction;
import tandem.ivr.model.simulation.Outcome;
import tandem.ivr.model.simulation.SimulationResult;

/** Walking calls through the sample script: what the caller hears and where the call ends. */
class CallSimulatorTest {

    /** Monday 2 March 2026, 10:00: the contact center is open. */
    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 3, 2, 10, 0);

    @TempDir
    Path folder;

    private AcmeScript acme;
    private final CallSimulator simulator = new CallSimulator();

    @BeforeEach
    void loadSample() throws Exception {
        acme = AcmeScript.load(folder);
    }

    private SimulationResult call(LocalDateTime when, CallerAction... actions) {
        return simulator.simulate(acme.entry("entry-main"), when, List.of(actions));
    }

    @Test
    void threeUnrecognisedAnswersReachAnAgent() {
        SimulationResult result = call(MONDAY_MORNING, mumble(), mumble(), mumble());

        assertEquals(Outcome.QUEUED, result.outcome(), result.describe());
        assertSame(acme.node("agents"), result.endNode());
        assertEquals("Agents", result.queue().getName(), "the queue is resolved from acme.center");
        assertEquals(List.of("Welcome to Acme.",
                "For billing press 1, sales 2, order status 3, an agent 0. To hear this again press 9.",
                "Sorry, I did not get that.", "Sorry, I did not get that."), result.prompts());
        assertEquals(0, result.unusedActions());
        assertTrue(result.report().contains("after 4 prompts"), result.report());
    }

    @Test
    void twoUnrecognisedAnswersThenAKeyStillGetTheCallerWhereTheyWanted() {
        SimulationResult result = call(MONDAY_MORNING, mumble(), silence(), press("2"), say("upgrade"));

        assertEquals(Outcome.QUEUED, result.outcome(), result.describe());
        assertSame(acme.node("sales"), result.endNode());
        assertEquals(List.of(acme.node("hours"), acme.node("welcome"), acme.node("main-menu"),
                acme.node("sales-menu"), acme.node("sales")), result.path());
        assertTrue(result.prompts().contains("Are you still there?"), "silence is answered with the no-input re-prompt");
    }

    @Test
    void afterHoursTheCallerHearsTheClosedMessage() {
        SimulationResult result = call(LocalDateTime.of(2026, 3, 2, 19, 30), press("0"));

        assertEquals(Outcome.DISCONNECTED, result.outcome(), result.describe());
        assertEquals(List.of("We are closed. Our opening hours are Monday to Friday, 8 to 6."), result.prompts());
        assertEquals(1, result.unusedActions(), "nobody asked the caller for a key");
        assertTrue(result.steps().get(0).note().contains("closed on Monday 2026-03-02 19:30"),
                result.steps().get(0).note());
    }

    @Test
    void onAHolidayTheCallerHearsTheHolidayMessage() {
        SimulationResult result = call(LocalDateTime.of(2026, 12, 25, 10, 0));

        assertEquals(Outcome.DISCONNECTED, result.outcome(), result.describe());
        assertEquals(List.of("We are closed for the holiday."), result.prompts());
        assertTrue(result.steps().get(0).note().contains("Christmas"), result.steps().get(0).note());
    }

    @Test
    void aCampaignCodeRoutesToTheCampaignsQueue() {
        IvrScript script = acme.script;

        SimulationResult result = simulator.simulate(script, "0800 100 200", "spring26", MONDAY_MORNING,
                List.of());

        assertSame(acme.entry("entry-spring"), result.entryPoint(), "the code comes from the referenced campaign");
        assertEquals(Outcome.QUEUED, result.outcome(), result.describe());
        Campaign campaign = acme.entry("entry-spring").getCampaign();
        assertEquals("SPRING26", campaign.getCampaignCode());
        assertSame(campaign.getQueues().get(0), result.queue(), "the campaign's own queue");
        assertEquals(List.of("Thank you for calling about our spring offer."), result.prompts());

        SimulationResult withoutCode = simulator.simulate(script, "0800100200", null, MONDAY_MORNING, List.of());
        assertSame(acme.entry("entry-main"), withoutCode.entryPoint());
        assertEquals(Outcome.WAITING_FOR_CALLER, withoutCode.outcome(), "the main menu waits for a key");
    }

    @Test
    void aCampaignLineIsNotReachedBeforeItGoesLive() {
        SimulationResult result = simulator.simulate(acme.script, "0800 100 200", "SPRING26",
                LocalDateTime.of(2026, 2, 20, 10, 0), List.of());

        assertEquals(Outcome.NOT_LIVE, result.outcome());
        assertTrue(result.report().contains("live from 2026-03-01"), result.report());
    }

    @Test
    void aCallerWhoKeepsRepeatingTheMenuIsStoppedWithAClearReport() {
        CallerAction[] repeats = Collections.nCopies(15, press("9")).toArray(CallerAction[]::new);

        SimulationResult result = call(MONDAY_MORNING, repeats);

        assertEquals(Outcome.LOOP, result.outcome(), result.describe());
        assertSame(acme.node("main-menu"), result.endNode());
        assertEquals(CallSimulator.DEFAULT_MAX_VISITS, result.path().stream()
                .filter(n -> n == acme.node("main-menu")).count());
        assertTrue(result.report().startsWith("Stopped after the call reached Menu 'Main menu' 11 times"),
                result.report());
        assertTrue(result.report().contains("Menu 'Main menu' -> Menu 'Main menu'"), result.report());
        assertEquals(5, result.unusedActions());
    }

    @Test
    void aLoopThatNeedsNoCallerActionIsStoppedAtOnce() {
        IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
        Message first = message(script, "Please hold.");
        Message second = message(script, "Your call is important to us.");
        first.setNext(second);
        second.setNext(first);
        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setFirstNode(first);
        script.getEntryPoints().add(entry);

        SimulationResult result = simulator.simulate(entry, MONDAY_MORNING, List.of());

        assertEquals(Outcome.LOOP, result.outcome());
        assertEquals(List.of("Please hold.", "Your call is important to us."), result.prompts());
        assertTrue(result.report().contains("without waiting for the caller"), result.report());
    }

    @Test
    void digitsAreValidatedAndAWrongNumberIsAskedForAgain() {
        SimulationResult result = call(MONDAY_MORNING, press("1"), press("1234"), press("12345678#"));

        assertEquals(Outcome.QUEUED, result.outcome(), result.describe());
        assertSame(acme.node("billing"), result.endNode());
        assertEquals(2, ((Route) result.endNode()).getPriority());
        assertTrue(result.prompts().contains("That is not an account number. Please try again."));
        assertTrue(result.describe().contains("'1234' is too short"), result.describe());
        assertTrue(result.describe().contains("valid input '12345678' as accountNumber"), result.describe());
    }

    @Test
    void spokenPhrasesChooseOptionsAndSelfServiceEndsTheCall() {
        SimulationResult result = call(MONDAY_MORNING, say("Where is my order?"));

        assertEquals(Outcome.SELF_SERVICE, result.outcome(), result.describe());
        assertSame(acme.node("order-status"), result.endNode());
        assertNull(result.queue());
    }

    @Test
    void whenTheCallersActionsRunOutTheCallIsStillInTheMenu() {
        SimulationResult result = call(MONDAY_MORNING, press("2"));

        assertEquals(Outcome.WAITING_FOR_CALLER, result.outcome());
        assertSame(acme.node("sales-menu"), result.endNode());
        assertTrue(result.report().contains("Menu 'Sales menu'"), result.report());
    }

    private static Message message(IvrScript script, String text) {
        Message message = IvrFactory.eINSTANCE.createMessage();
        message.setText(text);
        script.getNodes().add(message);
        return message;
    }
}
