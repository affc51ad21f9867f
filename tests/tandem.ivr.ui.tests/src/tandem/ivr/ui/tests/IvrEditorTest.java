package tandem.ivr.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.validation.ModelValidation;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Route;
import tandem.ivr.model.simulation.Outcome;
import tandem.ivr.ui.internal.IvrEditor;
import tandem.ivr.ui.internal.NewIvrScriptWizard;
import tandem.ivr.ui.internal.diagram.DiagramPage;
import tandem.ivr.ui.internal.diagram.FlowLayout.Box;
import tandem.ivr.ui.internal.diagram.FlowLayout.Diagram;
import tandem.ivr.ui.internal.simulator.SimulatorPage;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/** A planner builds a small menu in the IVR editor, looks at its diagram and walks calls through it. */
class IvrEditorTest {

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("plans");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void theNewWizardCreatesAStarterScriptThatPutsConfusedCallersThroughToAnAgent() throws Exception {
        Shell shell = PlanProjects.openNewWizard("tandem.ivr.ui.newIvrScript", project);
        Ui.type(Ui.text(shell, "File name:"), "hotline.ivr");
        Ui.click(Ui.button(shell, "Finish"));
        Ui.waitUntil("the IVR editor is open", () -> Ui.page().getActiveEditor() instanceof IvrEditor);
        IvrEditor editor = (IvrEditor) Ui.page().getActiveEditor();

        IvrScript script = editor.getScript();
        assertEquals("hotline", script.getName());
        assertEquals(List.of(), errorsOf(script), "the starter script passes validation");
        Tree tree = Ui.tree(editor.getPageContainer(), "Call flow");
        Ui.treeItem(tree, "Main number");
        Ui.treeItem(tree, "Prompt 'Welcome'");
        Ui.treeItem(tree, "[1 / billing, bill, invoice] Route 'Billing'");
        Ui.treeItem(tree, "[no match (after 2 retries)] to Route 'Agent' (shown above)");

        editor.setActivePage(SimulatorPage.ID);
        Ui.pump();
        Composite page = editor.getPageContainer();
        Ui.type(Ui.text(page, "Date and time"), "2026-03-02 10:00");
        Ui.click(Ui.button(page, "Mumble"));
        Ui.click(Ui.button(page, "Mumble"));
        Ui.click(Ui.button(page, "Mumble"));

        SimulatorPage simulator = editor.getSimulatorPage();
        assertEquals(Outcome.QUEUED, simulator.getResult().outcome());
        assertEquals("Agent", simulator.getResult().endNode().getName());
        assertTrue(Ui.text(page, "Outcome").getText().startsWith("Queued for an agent."),
                Ui.text(page, "Outcome").getText());
    }

    @Test
    void aPlannerBuildsAMenuWithTheEditorsButtonsAndWalksACallThroughIt() throws Exception {
        create("acme.center", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<core:ContactCenter xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:core=\"http://tandem.dev/core/1.0\" id=\"center-acme\" name=\"Acme\">\n"
                + "  <queues id=\"queue-billing\" name=\"Billing\" channel=\"phone\"/>\n"
                + "</core:ContactCenter>\n");
        IFile file = create("build.ivr", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ivr:IvrScript xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:ivr=\"http://tandem.dev/ivr/1.0\" id=\"ivr-build\" name=\"Build\">\n"
                + "  <entryPoints id=\"entry-main\" name=\"Main number\"/>\n"
                + "</ivr:IvrScript>\n");
        IvrEditor editor = assertInstanceOf(IvrEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.pump();
        IvrScript script = editor.getScript();
        EntryPoint entry = script.getEntryPoints().get(0);
        Composite page = editor.getPageContainer();
        Tree tree = Ui.tree(page, "Call flow");

        // The entry point's empty slot gets a menu.
        Ui.select(Ui.treeItem(tree, "(no node yet)"));
        Ui.choose(Ui.combo(page, "Node type"), "Menu");
        Ui.click(Ui.button(page, "Add Node"));
        Menu menu = assertInstanceOf(Menu.class, entry.getFirstNode());
        assertEquals("Menu 1", menu.getName());
        Ui.type(Ui.text(page, "Prompt:"), "For billing press 1.");
        assertEquals("For billing press 1.", menu.getPromptText());

        // Option 1, "billing", through the options table.
        Ui.click(Ui.button(Ui.section(page, "Options"), "Add"));
        Table options = Ui.table(page, "Options");
        Ui.type(Ui.cellEditor(options), "1");
        Ui.type(Ui.cellEditor(Ui.editCell(options, 0, 1)), "billing");
        MenuOption option = menu.getOptions().get(0);
        Ui.waitUntil("the option has its phrase", () -> "billing".equals(option.getPhrases()));
        assertEquals("1", option.getKey());

        // Its empty slot gets a route to the Billing queue of the project's setup.
        Ui.select(Ui.treeItem(tree, "[1 / billing] (no node yet)"));
        Ui.choose(Ui.combo(page, "Node type"), "Route");
        Ui.click(Ui.button(page, "Add Node"));
        Route billing = assertInstanceOf(Route.class, option.getTarget());
        Combo queue = Ui.combo(page, "Queue:");
        String billingQueue = Arrays.stream(queue.getItems()).filter(i -> i.contains("Billing")).findFirst()
                .orElseThrow(() -> new AssertionError("no Billing queue among " + Arrays.toString(queue.getItems())));
        Ui.choose(queue, billingQueue);
        assertEquals("Billing", billing.getQueue().getName(), "the queue comes from acme.center");

        // Callers who are not understood go to an agent; so do silent ones.
        Ui.select(Ui.treeItem(tree, "[no match (after 2 retries)] (no node yet)"));
        Ui.click(Ui.button(page, "Add Node"));
        Route agent = assertInstanceOf(Route.class, menu.getNoMatch().getFinalAction());
        Ui.type(Ui.text(page, "Name:"), "Agent");
        Ui.select(Ui.treeItem(tree, "[no input (after 2 retries)] (no node yet)"));
        Combo finalAction = Ui.combo(Ui.section(page, "No input"), "Finally:");
        Ui.choose(finalAction, Arrays.stream(finalAction.getItems()).filter(i -> i.endsWith("Agent")).findFirst()
                .orElseThrow());
        assertSame(agent, menu.getNoInput().getFinalAction());

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertNull(menu.getNoInput().getFinalAction(), "Undo clears the final action again");
        Ui.waitUntil("the tree shows the empty slot again",
                () -> hasItem(tree, "[no input (after 2 retries)] (no node yet)"));
        Ui.executeCommand("org.eclipse.ui.edit.redo");
        assertSame(agent, menu.getNoInput().getFinalAction());
        assertEquals(List.of(), errorsOf(script), "the menu is complete");
        assertTrue(editor.isDirty());

        // The diagram shows every element once, without overlaps.
        editor.setActivePage(DiagramPage.ID);
        Ui.pump();
        Diagram diagram = editor.getDiagramPage().getDiagram();
        assertNotNull(diagram, editor.getDiagramPage().getLayoutProblem());
        assertEquals(4, diagram.boxes().size(), "entry point, menu and two routes");
        assertEquals(4, diagram.arrows().size(), "start, option 1, no match, no input");
        for (Box box : diagram.boxes()) {
            for (Box other : diagram.boxes()) {
                assertTrue(box == other || !box.overlaps(other), box + " overlaps " + other);
            }
        }

        // Walk a call: press 1.
        editor.setActivePage(SimulatorPage.ID);
        Ui.pump();
        Ui.type(Ui.text(page, "Date and time"), "2026-03-02 10:00");
        Ui.type(Ui.text(page, "Key or phrase"), "1");
        Ui.click(Ui.button(page, "Press"));
        Table path = Ui.table(page, "Call path");
        assertEquals(0, editor.getSimulatorPage().getResult().unusedActions(), "one key pressed, and used");
        assertEquals(3, path.getItemCount());
        assertEquals("Menu 'Menu 1'", path.getItem(0).getText(1));
        assertEquals("For billing press 1.", path.getItem(0).getText(3));
        assertEquals("presses 1", path.getItem(1).getText(2));
        assertEquals("option 1 / billing", path.getItem(1).getText(4));
        assertEquals("Route 'Route 1'", path.getItem(2).getText(1));
        String outcome = Ui.text(page, "Outcome").getText();
        assertTrue(outcome.startsWith("Queued for an agent. The call reaches Queue 'Billing'"), outcome);

        // And a caller the IVR cannot understand.
        Ui.click(Ui.button(page, "Restart"));
        Ui.click(Ui.button(page, "Mumble"));
        Ui.click(Ui.button(page, "Mumble"));
        Ui.click(Ui.button(page, "Mumble"));
        assertEquals(5, path.getItemCount(), "prompt, two re-prompts, the final no match, the route");
        assertEquals("Route 'Agent'", path.getItem(4).getText(1));
        assertFalse(Ui.text(page, "Outcome").getText().contains("Billing"));
    }

    @Test
    void removingANodeEmptiesTheSlotsThatLedToItAndUndoBringsItBack() throws Exception {
        IFile file = project.getFile("starter.ivr");
        new NewIvrScriptWizard().create(file);
        IvrEditor editor = assertInstanceOf(IvrEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.pump();
        Menu menu = (Menu) editor.getScript().getNodes().get(1);
        Route billing = (Route) menu.getOptions().get(0).getTarget();
        Tree tree = Ui.tree(editor.getPageContainer(), "Call flow");

        Ui.select(Ui.treeItem(tree, "[1 / billing, bill, invoice] Route 'Billing'"));
        Ui.click(Ui.button(editor.getPageContainer(), "Remove"));

        assertFalse(editor.getScript().getNodes().contains(billing));
        assertNull(menu.getOptions().get(0).getTarget());
        Ui.treeItem(tree, "[1 / billing, bill, invoice] (no node yet)");

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertSame(billing, menu.getOptions().get(0).getTarget());
        Ui.waitUntil("the tree shows the route again",
                () -> hasItem(tree, "[1 / billing, bill, invoice] Route 'Billing'"));
    }

    private static boolean hasItem(Tree tree, String text) {
        return Ui.expandAll(tree).stream().anyMatch(i -> text.equals(i.getText()));
    }

    @Test
    void theSimulatorStartsAtTheNextTimeTheHoursTheCallMeetsAreOpen() throws Exception {
        IFile file = create("hours.ivr", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ivr:IvrScript xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:ivr=\"http://tandem.dev/ivr/1.0\" id=\"ivr-hours\" name=\"Hours\">\n"
                + "  <entryPoints id=\"entry-main\" name=\"Main number\"/>\n"
                + "</ivr:IvrScript>\n");
        IvrEditor editor = assertInstanceOf(IvrEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.pump();
        // Open one hour a week, Wednesdays 09:00-10:00 in Tokyo: "now" is almost never open.
        tandem.core.model.ContactCenter center = tandem.core.model.CoreFactory.eINSTANCE.createContactCenter();
        tandem.core.model.OpeningHours hours = tandem.core.model.CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName("Wednesday hour");
        hours.setTimeZone("Asia/Tokyo");
        tandem.core.model.WeeklyHours wednesday = tandem.core.model.CoreFactory.eINSTANCE.createWeeklyHours();
        wednesday.setDay(tandem.core.model.Weekday.WEDNESDAY);
        wednesday.setOpens(java.time.LocalTime.of(9, 0));
        wednesday.setCloses(java.time.LocalTime.of(10, 0));
        hours.getWeeklyHours().add(wednesday);
        center.getOpeningHours().add(hours);
        editor.getEditingDomain().getResourceSet()
                .createResource(org.eclipse.emf.common.util.URI.createPlatformResourceURI("/plans/w.center", true))
                .getContents().add(center);
        tandem.ivr.model.HoursCheck check = tandem.ivr.model.IvrFactory.eINSTANCE.createHoursCheck();
        check.setName("Open?");
        check.setOpeningHours(hours);
        editor.getScript().getNodes().add(check);
        editor.getScript().getEntryPoints().get(0).setFirstNode(check);

        java.time.LocalDateTime before = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        editor.setActivePage(SimulatorPage.ID);
        Ui.pump();
        String shown = Ui.text(editor.getPageContainer(), "Date and time").getText();
        java.time.LocalDateTime when = java.time.LocalDateTime.parse(shown,
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertEquals(java.time.DayOfWeek.WEDNESDAY, when.getDayOfWeek(), shown);
        assertTrue(when.getHour() == 9, shown);
        assertFalse(when.isBefore(before), shown + " is not before now in Tokyo, " + before);
        assertTrue(when.isBefore(before.plusDays(7).plusMinutes(2)), shown + " is the next Wednesday hour");
        assertTrue(when.getMinute() == 0 || when.equals(before) || when.equals(before.plusMinutes(1)),
                shown + ": the hour's start, or now when it is open now");
        assertTrue(Ui.text(editor.getPageContainer(), "Outcome").getText().length() > 0);
        assertTrue(editor.getSimulatorPage().getResult().steps().stream()
                .anyMatch(step -> String.valueOf(step.note()).contains("are open")),
                "the call takes the open branch");
    }

    private IFile create(String name, String content) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    private static List<String> errorsOf(IvrScript script) {
        return ModelValidation.validate(script).getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
    }
}
