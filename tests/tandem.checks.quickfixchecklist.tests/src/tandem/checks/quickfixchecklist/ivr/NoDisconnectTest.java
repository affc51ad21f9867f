package tandem.checks.quickfixchecklist.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Message;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/** quickfix.ivr-no-disconnect: the IVR never hangs up on callers it does not understand or who say nothing. */
class NoDisconnectTest {

    private static final String RULE = "quickfix.ivr-no-disconnect";
    private static final String FIX = "quickfix.ivr-no-disconnect.route-to-agent";

    private final IvrPlans plans = new IvrPlans();
    private final CheckOracle oracle = new CheckOracle(plans.set);

    @Test
    void aMenuThatSaysSorryAndHangsUpIsReportedAndTheFixPutsCallersThroughToTheGeneralQueue() {
        Queue billing = plans.queue("Billing", Channel.PHONE, "billing");
        Queue general = plans.queue("General enquiries", Channel.PHONE, "service");
        Route toBilling = plans.route("Billing", billing);
        Disconnect goodbye = plans.disconnect("Goodbye");
        Message sorry = plans.message("Sorry", "Sorry, we could not help you.", goodbye);
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "1", toBilling);
        plans.onFailure(menu, sorry, toBilling);
        plans.entry("Main number", menu);
        String before = plans.savedScript();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Menu 'Main menu' hangs up on callers it does not understand: its no-match handling plays"
                + " Message 'Sorry' and ends in Disconnect 'Goodbye'.", finding.message());
        assertSame(menu, finding.element());
        assertEquals("IVR script 'Acme main line' / Menu 'Main menu'", finding.elementPath());
        assertEquals("quickfix", finding.checklistId());

        assertEquals("Put callers who are not understood through to queue 'General enquiries' instead of hanging up",
                oracle.apply(finding, FIX));
        Route toGeneral = assertInstanceOf(Route.class, menu.getNoMatch().getFinalAction());
        assertSame(general, toGeneral.getQueue());
        assertEquals("General enquiries", toGeneral.getName());
        assertSame(plans.script, toGeneral.eContainer(), "the new route is part of the script");
        assertSame(toBilling, menu.getNoInput().getFinalAction(), "no-input handling was fine and is unchanged");
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, plans.savedScript(), "Undo restores the script as it was");
        assertSame(sorry, menu.getNoMatch().getFinalAction());
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void anInputThatHangsUpOnSilenceIsReportedAndTheFixReusesTheScriptsRouteToAQueueWithTheGeneralSkill() {
        Queue care = plans.queue("Customer care", Channel.PHONE, "general");
        Route agent = plans.route("Agent", care);
        Disconnect bye = plans.disconnect("Bye");
        Input account = IvrFactory.eINSTANCE.createInput();
        account.setName("Account number");
        plans.script.getNodes().add(account);
        account.setNext(agent);
        plans.onFailure(account, agent, bye);
        plans.entry("Main number", account);
        String before = plans.savedScript();

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Input 'Account number' hangs up on callers who say nothing: its no-input handling ends in"
                + " Disconnect 'Bye'.", finding.message());
        assertEquals("Put callers who say nothing through to queue 'Customer care' instead of hanging up",
                oracle.apply(finding, FIX));
        assertSame(agent, account.getNoInput().getFinalAction(), "the script's route to the queue is reused");
        assertEquals(3, plans.script.getNodes().size(), "no node was added");
        assertTrue(oracle.run(RULE).isEmpty());

        oracle.undo();
        assertEquals(before, plans.savedScript());
    }

    @Test
    void withoutAGeneralQueueTheFirstPhoneQueueOfTheSetupTheScriptUsesIsChosen() {
        plans.queue("Chat", Channel.CHAT, "general");
        Queue sales = plans.queue("Sales", Channel.PHONE, "sales");
        Queue support = plans.queue("Support", Channel.PHONE, "support");
        Menu menu = plans.menu("Main menu");
        Route toSupport = plans.route("Support", support);
        plans.option(menu, "1", toSupport);
        plans.onFailure(menu, toSupport, plans.disconnect("Goodbye"));
        plans.entry("Main number", menu);

        Finding finding = oracle.run(RULE).get(0);
        assertEquals(List.of("Put callers who say nothing through to queue 'Chat' instead of hanging up"),
                Checklists.quickFixLabels(finding), "a queue named or skilled 'general' comes first, any channel");

        plans.center.getQueues().get(0).setSkill("chat");
        finding = oracle.run(RULE).get(0);
        assertEquals("Put callers who say nothing through to queue 'Sales' instead of hanging up",
                oracle.apply(finding, FIX));
        assertSame(sales, ((Route) menu.getNoInput().getFinalAction()).getQueue());
    }

    @Test
    void withoutAnyQueueTheFixDoesNotApply() {
        Menu menu = plans.menu("Main menu");
        Disconnect goodbye = plans.disconnect("Goodbye");
        plans.option(menu, "1", goodbye);
        plans.onFailure(menu, goodbye, goodbye);
        plans.entry("Main number", menu);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(2, findings.size(), "no match and no input both hang up");
        assertTrue(findings.stream().allMatch(f -> Checklists.quickFixLabels(f).isEmpty()), "no queue to route to");
    }

    @Test
    void handlingThatReachesAnAgentPasses() {
        Queue general = plans.queue("General", Channel.PHONE, null);
        Route agent = plans.route("Agent", general);
        Message sorry = plans.message("Sorry", "Let me put you through to an agent.", agent);
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "1", plans.disconnect("Goodbye"));
        plans.onFailure(menu, sorry, agent);
        plans.entry("Main number", menu);

        assertTrue(oracle.run(RULE).isEmpty(), "a chosen option may hang up; a failure may not");
    }
}
