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
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;
import tandem.test.support.checks.CheckOracle;

/** quickfix.ivr-zero-out: key 0 on every menu puts the caller through to an agent. */
class ZeroOutTest {

    private static final String RULE = "quickfix.ivr-zero-out";
    private static final String FIX = "quickfix.ivr-zero-out.add-key-0";

    private final IvrPlans plans = new IvrPlans();
    private final CheckOracle oracle = new CheckOracle(plans.set);

    @Test
    void aMenuWithoutKeyZeroIsReportedAndTheFixAddsKeyZeroToTheGeneralQueue() {
        Queue billing = plans.queue("Billing", Channel.PHONE, "billing");
        Queue general = plans.queue("General", Channel.PHONE, "general");
        Route toBilling = plans.route("Billing", billing);
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "1", toBilling);
        plans.onFailure(menu, toBilling, toBilling);
        plans.entry("Main number", menu);
        String before = plans.savedScript();

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Menu 'Main menu' has no key 0 for callers who want an agent.", finding.message());
        assertSame(menu, finding.element());

        assertEquals("Let key 0 put callers through to queue 'General'", oracle.apply(finding, FIX));
        assertEquals(2, menu.getOptions().size());
        MenuOption zero = menu.getOptions().get(1);
        assertEquals("0", zero.getKey());
        assertEquals("agent, representative", zero.getPhrases());
        Route toGeneral = assertInstanceOf(Route.class, zero.getTarget());
        assertSame(general, toGeneral.getQueue());
        assertSame(plans.script, toGeneral.eContainer());
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");

        oracle.undo();
        assertEquals(before, plans.savedScript(), "Undo restores the script as it was");
        assertEquals(1, menu.getOptions().size());
    }

    @Test
    void keyZeroToSelfServiceIsReportedAndTheFixPointsItAtTheAgentsInstead() {
        Route agents = plans.route("Agents", plans.queue("General enquiries", Channel.PHONE, null));
        SelfService status = plans.selfService("Order status", "orderStatus");
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "1", agents);
        MenuOption zero = plans.option(menu, "0", status);
        plans.onFailure(menu, agents, agents);
        plans.entry("Main number", menu);
        String before = plans.savedScript();

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Key 0 of Menu 'Main menu' goes to Self service 'Order status', not to an agent.",
                finding.message());
        assertEquals("Let key 0 put callers through to queue 'General enquiries'", oracle.apply(finding, FIX));
        assertSame(agents, zero.getTarget(), "the existing key 0 now goes to the script's route to the queue");
        assertEquals(2, menu.getOptions().size(), "no second key 0");
        assertEquals(3, plans.script.getNodes().size(), "no node added");
        assertTrue(oracle.run(RULE).isEmpty());

        oracle.undo();
        assertEquals(before, plans.savedScript());
        assertSame(status, zero.getTarget());
    }

    @Test
    void withoutAPhoneQueueTheFixDoesNotApply() {
        plans.queue("Chat", Channel.CHAT, "chat");
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "1", plans.disconnect("Goodbye"));
        plans.entry("Main number", menu);

        Finding finding = oracle.run(RULE).get(0);
        assertTrue(Checklists.quickFixLabels(finding).isEmpty());
    }

    @Test
    void keyZeroToARouteThatNamesNoQueueReachesNobodyAndTheFixPointsItAtTheGeneralQueue() {
        Queue general = plans.queue("General", Channel.PHONE, "general");
        Route nowhere = plans.route("Operator", null);
        Menu menu = plans.menu("Main menu");
        MenuOption zero = plans.option(menu, "0", plans.prompt("Connecting", "Connecting you to an agent.", nowhere));
        plans.onFailure(menu, nowhere, nowhere);
        plans.entry("Main number", menu);

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Key 0 of Menu 'Main menu' goes to Prompt 'Connecting', not to an agent.", finding.message());
        oracle.apply(finding, FIX);
        Route toGeneral = assertInstanceOf(Route.class, zero.getTarget());
        assertSame(general, toGeneral.getQueue());
        assertTrue(oracle.run(RULE).isEmpty(), "fixed");
        oracle.undo();
        assertEquals(1, oracle.run(RULE).size());
    }

    @Test
    void keyZeroThroughAPromptAndTheOpenBranchOfAnHoursCheckReachesAnAgentAndPasses() {
        Queue general = plans.queue("General", Channel.PHONE, "general");
        general.setOpeningHours(plans.officeHours());
        Route agent = plans.route("Agent", general);
        Menu menu = plans.menu("Main menu");
        plans.option(menu, "0", plans.prompt("Connecting", "Connecting you to an agent.",
                plans.hoursCheck("Office hours", general, agent,
                        plans.message("Closed", "We are closed.", plans.disconnect("Goodbye")))));
        plans.onFailure(menu, agent, agent);
        plans.entry("Main number", menu);

        assertTrue(oracle.run(RULE).isEmpty(), oracle.run(RULE).toString());
    }
}
