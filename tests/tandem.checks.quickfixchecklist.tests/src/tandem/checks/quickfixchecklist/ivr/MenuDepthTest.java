package tandem.checks.quickfixchecklist.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.checks.CheckSettings;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.model.Channel;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Route;
import tandem.test.support.checks.CheckOracle;

/** quickfix.ivr-menu-depth: at most 3 menus deep and 5 options per menu, unless the planner says otherwise. */
class MenuDepthTest {

    private static final String RULE = "quickfix.ivr-menu-depth";

    private final IvrPlans plans = new IvrPlans();
    private final CheckOracle oracle = new CheckOracle(plans.set);
    private Route agent;

    /** Menus one behind the other: key 1 goes to the next menu, key 0 to an agent. */
    private Menu[] chainOf(String... names) {
        agent = plans.route("Agent", plans.queue("General", Channel.PHONE, "general"));
        Menu[] menus = new Menu[names.length];
        for (int i = names.length - 1; i >= 0; i--) {
            menus[i] = plans.menu(names[i]);
            plans.option(menus[i], "1", i + 1 < names.length ? menus[i + 1] : agent);
            plans.option(menus[i], "0", agent);
            plans.onFailure(menus[i], agent, agent);
        }
        plans.entry("Main number", menus[0]);
        return menus;
    }

    @Test
    void aFourthMenuIsReportedWithTheWayThere() {
        Menu[] menus = chainOf("Main menu", "Orders", "Order problems", "Returns");

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Menu 'Returns' is 4 menus deep from Entry point 'Main number' (Menu 'Main menu' > Menu 'Orders'"
                + " > Menu 'Order problems' > Menu 'Returns'); keep menus at most 3 deep.", finding.message());
        assertSame(menus[3], finding.element());
        assertTrue(Checklists.quickFixes(RULE).isEmpty(), "flattening menus is the planner's call: no quick fix");

        oracle.settings(CheckSettings.defaults().with(Map.of(RULE + ".maxDepth", "4")));
        assertTrue(oracle.run(RULE).isEmpty(), "four menus are allowed when the planner allows them");
    }

    @Test
    void aMenuWithSixOptionsIsReported() {
        Menu[] menus = chainOf("Main menu");
        for (String key : new String[] { "2", "3", "4" }) {
            plans.option(menus[0], key, agent);
        }
        assertTrue(oracle.run(RULE).isEmpty(), "six options are too many, five are not");

        plans.option(menus[0], "5", agent);
        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Menu 'Main menu' offers 6 options; callers remember at most 5.", finding.message());

        oracle.settings(CheckSettings.defaults().with(Map.of(RULE + ".maxOptions", "6")));
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void threeMenusDeepWithAMenuThatLoopsBackPasses() {
        Menu[] menus = chainOf("Main menu", "Orders", "Order problems");
        plans.option(menus[2], "9", menus[0]);

        assertTrue(oracle.run(RULE).isEmpty(), "going back to the main menu does not make the script deeper");
    }
}
