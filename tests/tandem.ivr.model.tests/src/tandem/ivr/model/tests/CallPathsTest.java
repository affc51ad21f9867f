package tandem.ivr.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.CallPath;
import tandem.ivr.model.flow.CallPaths;
import tandem.ivr.model.flow.CallPaths.RouteDepth;
import tandem.ivr.model.flow.PathEnd;
import tandem.ivr.model.flow.StarterScript;

/** Every way a call can go through a script, how deep the routes are, and how many prompts a caller may hear. */
class CallPathsTest {

    @TempDir
    Path folder;

    private AcmeScript acme;

    @BeforeEach
    void loadSample() throws Exception {
        acme = AcmeScript.load(folder);
    }

    @Test
    void everyPathFromTheMainNumberIsFoundOnceWithHowItEnds() {
        CallPaths paths = CallPaths.from(acme.entry("entry-main"));

        assertFalse(paths.truncated());
        // Open: main menu 1 -> account input (valid, no match, no input), 2 -> sales menu (1, 2, no match,
        // no input), 3 -> order status, 0 -> agents, 9 -> back to the main menu, no match, no input.
        // Closed and holiday: a message, then goodbye.
        assertEquals(14, paths.paths().size(), paths.paths().toString());
        assertEquals(10, paths.ending(PathEnd.QUEUE).size());
        assertEquals(1, paths.ending(PathEnd.SELF_SERVICE).size());
        assertEquals(2, paths.ending(PathEnd.DISCONNECT).size());
        assertEquals(1, paths.ending(PathEnd.LOOP).size());
        assertTrue(paths.ending(PathEnd.DEAD_END).isEmpty());

        CallPath billing = paths.ending(PathEnd.QUEUE).get(0);
        assertEquals(List.of(acme.node("hours"), acme.node("welcome"), acme.node("main-menu"),
                acme.node("account-number"), acme.node("billing")), billing.nodes());
        assertEquals(acme.node("billing"), billing.endNode());
    }

    @Test
    void aMenuThatLeadsBackToItselfEndsItsPathInsteadOfLoopingForever() {
        CallPath loop = CallPaths.from(acme.entry("entry-main")).ending(PathEnd.LOOP).get(0);

        assertEquals(acme.node("main-menu"), loop.endNode(), "the option 9 path returns to the main menu");
        assertEquals(List.of(acme.node("hours"), acme.node("welcome"), acme.node("main-menu")), loop.nodes());
        assertTrue(loop.toString().contains("[9 / repeat] Menu 'Main menu'"), loop.toString());
    }

    @Test
    void enumerationTerminatesOnAGraphFullOfCyclesAndSaysWhenItWasCut() {
        // Ten menus, each option leading to every menu: without the on-path check this would never end.
        IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
        Menu[] menus = new Menu[10];
        for (int i = 0; i < menus.length; i++) {
            menus[i] = IvrFactory.eINSTANCE.createMenu();
            menus[i].setName("Menu " + i);
            script.getNodes().add(menus[i]);
        }
        for (Menu menu : menus) {
            for (int key = 0; key < menus.length; key++) {
                MenuOption option = IvrFactory.eINSTANCE.createMenuOption();
                option.setKey(String.valueOf(key));
                option.setTarget(menus[key]);
                menu.getOptions().add(option);
            }
        }
        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setFirstNode(menus[0]);
        script.getEntryPoints().add(entry);

        CallPaths bounded = CallPaths.from(entry, 500);

        assertTrue(bounded.truncated());
        assertEquals(500, bounded.paths().size());
        assertTrue(bounded.paths().stream().allMatch(p -> p.end() == PathEnd.LOOP || p.end() == PathEnd.DEAD_END));
    }

    @Test
    void menuDepthCountsTheMenusOnTheWayToEachRoute() {
        CallPaths paths = CallPaths.from(acme.entry("entry-main"));

        RouteDepth sales = paths.depthOf((Route) acme.node("sales"));
        assertEquals(2, sales.fewestMenus(), "main menu, then sales menu");
        assertEquals(2, sales.mostMenus());
        RouteDepth agents = paths.depthOf((Route) acme.node("agents"));
        assertEquals(1, agents.fewestMenus(), "0 in the main menu");
        assertEquals(2, agents.mostMenus(), "not understood in the sales menu");
        assertEquals(1, paths.depthOf((Route) acme.node("billing")).fewestMenus());

        RouteDepth promotions = CallPaths.from(acme.entry("entry-spring")).depthOf((Route) acme.node("promotions"));
        assertEquals(0, promotions.fewestMenus(), "the campaign line goes straight to its queue");
    }

    @Test
    void worstCasePromptsBeforeAnAgentCountEveryRetryOnTheLongestWay() {
        CallPaths paths = CallPaths.from(acme.entry("entry-main"));

        // Welcome (1) + main menu with 2 no-match and 2 no-input re-prompts (5) + sales menu with 2 and 1 (4).
        assertEquals(OptionalInt.of(10), paths.worstCasePromptsBeforeAgent());
        CallPath direct = paths.ending(PathEnd.QUEUE).stream()
                .filter(p -> p.endNode() == acme.node("agents") && p.nodes().size() == 4).findFirst().orElseThrow();
        assertEquals(2, direct.prompts(), "welcome and main menu when the caller gets it right");
        assertEquals(6, direct.worstCasePrompts());

        assertEquals(OptionalInt.of(1), CallPaths.from(acme.entry("entry-spring")).worstCasePromptsBeforeAgent());
    }

    @Test
    void aScriptWhereNoPathReachesAnAgentHasNoWorstCase() {
        IvrScript script = IvrFactory.eINSTANCE.createIvrScript();
        Message closed = IvrFactory.eINSTANCE.createMessage();
        closed.setText("Closed.");
        closed.setNext(IvrFactory.eINSTANCE.createDisconnect());
        script.getNodes().add(closed);
        script.getNodes().add(closed.getNext());
        EntryPoint entry = IvrFactory.eINSTANCE.createEntryPoint();
        entry.setFirstNode(closed);
        script.getEntryPoints().add(entry);

        assertEquals(OptionalInt.empty(), CallPaths.from(entry).worstCasePromptsBeforeAgent());
    }

    @Test
    void emptySlotsEndPathsAsDeadEndsAndUnreachedNodesAreListed() {
        IvrScript script = StarterScript.create("Acme");
        Menu menu = (Menu) script.getNodes().get(1);
        menu.getOptions().get(0).setTarget(null);
        EntryPoint entry = script.getEntryPoints().get(0);

        CallPaths paths = CallPaths.from(entry);

        CallPath deadEnd = paths.ending(PathEnd.DEAD_END).get(0);
        assertEquals(menu, deadEnd.endNode());
        assertEquals(List.of(script.getNodes().get(2)), CallFlow.unreached(script), "billing is now unreachable");
    }
}
