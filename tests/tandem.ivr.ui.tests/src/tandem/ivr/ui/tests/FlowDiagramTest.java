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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.checks.ui.CheckMarkers;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.EdgeKind;
import tandem.ivr.ui.internal.IvrEditor;
import tandem.ivr.ui.internal.diagram.DiagramFindings.Mark;
import tandem.ivr.ui.internal.diagram.DiagramOverview;
import tandem.ivr.ui.internal.diagram.DiagramPage;
import tandem.ivr.ui.internal.diagram.FlowLayout.Arrow;
import tandem.ivr.ui.internal.diagram.FlowLayout.Box;
import tandem.ivr.ui.internal.diagram.FlowLayout.Diagram;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A planner reads a large call flow on the Diagram page: it opens on the main number, zooms with Ctrl+wheel, the
 * keys and fit to window, every label sits on its own arrow, the checks' hang-up finding is marked on the menu and
 * its no-match arrow with the message as tooltip, the menu's context menu fixes it (and Undo takes the fix back),
 * and the Outline's overview moves the diagram.
 */
class FlowDiagramTest {

    private static final String RULE = "quickfix.ivr-no-disconnect";
    private static final String[] LINES = { "Spring", "Summer", "Autumn", "Winter", "Easter", "Giveaway" };

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = PlanProjects.open("diagram");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Shell window = Ui.page().getWorkbenchWindow().getShell();
        PlanProjects.delete(project);
        window.setMaximized(true);
        Ui.pump();
    }

    /** The main number's menu hangs up on callers it does not understand; six campaign lines make the flow wide. */
    private static String script() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ivr:IvrScript xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ivr=\"http://tandem.dev/ivr/1.0\""
                + " id=\"ivr-big\" name=\"Big\">\n"
                + "  <entryPoints id=\"entry-main\" name=\"Main number\" firstNode=\"welcome\"/>\n");
        for (String line : LINES) {
            xml.append("  <entryPoints id=\"entry-").append(line).append("\" name=\"").append(line)
                    .append(" line\" firstNode=\"prompt-").append(line).append("\"/>\n");
        }
        xml.append("  <nodes xsi:type=\"ivr:Prompt\" id=\"welcome\" name=\"Welcome\" text=\"Welcome.\""
                + " next=\"main-menu\"/>\n"
                + "  <nodes xsi:type=\"ivr:Menu\" id=\"main-menu\" name=\"Main menu\" promptText=\"Billing 1, agent 0.\">\n"
                + "    <options key=\"1\" phrases=\"billing\" target=\"billing\"/>\n"
                + "    <options key=\"0\" phrases=\"agent\" target=\"general\"/>\n"
                + "    <noMatch retries=\"2\" repromptText=\"Sorry?\" finalAction=\"bye\"/>\n"
                + "    <noInput retries=\"2\" repromptText=\"Hello?\" finalAction=\"general\"/>\n"
                + "  </nodes>\n"
                + "  <nodes xsi:type=\"ivr:Disconnect\" id=\"bye\" name=\"Goodbye\"/>\n"
                + "  <nodes xsi:type=\"ivr:Route\" id=\"billing\" name=\"Billing\" queue=\"acme.center#queue-billing\"/>\n"
                + "  <nodes xsi:type=\"ivr:Route\" id=\"general\" name=\"Agents\" queue=\"acme.center#queue-general\"/>\n");
        for (String line : LINES) {
            xml.append("  <nodes xsi:type=\"ivr:Prompt\" id=\"prompt-").append(line).append("\" name=\"").append(line)
                    .append(" welcome\" text=\"Welcome to the ").append(line).append(" offer.\" next=\"menu-")
                    .append(line).append("\"/>\n");
            xml.append("  <nodes xsi:type=\"ivr:Menu\" id=\"menu-").append(line).append("\" name=\"").append(line)
                    .append(" menu\" promptText=\"Order 1, questions 2, agent 0.\">\n"
                            + "    <options key=\"1\" phrases=\"order, buy\" target=\"billing\"/>\n"
                            + "    <options key=\"2\" phrases=\"questions, help\" target=\"general\"/>\n"
                            + "    <options key=\"0\" phrases=\"agent\" target=\"general\"/>\n"
                            + "    <noMatch retries=\"1\" repromptText=\"Sorry?\" finalAction=\"general\"/>\n"
                            + "    <noInput retries=\"1\" repromptText=\"Hello?\" finalAction=\"general\"/>\n"
                            + "  </nodes>\n");
        }
        return xml.append("</ivr:IvrScript>\n").toString();
    }

    private static final String CENTER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<core:ContactCenter xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:core=\"http://tandem.dev/core/1.0\" id=\"center-acme\" name=\"Acme\">\n"
            + "  <queues id=\"queue-billing\" name=\"Billing\" channel=\"phone\"/>\n"
            + "  <queues id=\"queue-general\" name=\"General\" channel=\"phone\"/>\n"
            + "</core:ContactCenter>\n";

    @Test
    void theDiagramOpensOnTheMainNumberZoomsMarksTheHangUpAndFixesItFromTheMenu() throws Exception {
        create("acme.center", CENTER);
        IFile file = create("main.ivr", script());
        Ui.executeCommand("tandem.checks.ui.runChecks");
        Ui.waitUntil("the checks mark the hang-up", 60, () -> !hangUps(file).isEmpty());
        String message = hangUps(file).get(0).getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("hangs up on callers it does not understand"), message);

        Shell window = Ui.page().getWorkbenchWindow().getShell();
        window.setMaximized(false);
        window.setBounds(0, 0, 1920, 1080);
        Ui.pump();
        IvrEditor editor = assertInstanceOf(IvrEditor.class, IDE.openEditor(Ui.page(), file));
        editor.setActivePage(DiagramPage.ID);
        Ui.pump();
        DiagramPage page = editor.getDiagramPage();
        Diagram diagram = page.getDiagram();
        assertNotNull(diagram, page.getLayoutProblem());
        Canvas canvas = page.getCanvas();
        IvrScript script = editor.getScript();
        EntryPoint main = script.getEntryPoints().get(0);
        Menu menu = (Menu) node(script, "Main menu");

        // It opens on the main number, at actual size.
        assertEquals(1.0, page.getZoom(), 1e-9);
        assertTrue(diagram.width() > canvas.getClientArea().width, "the flow is wider than the window: "
                + diagram.width() + " > " + canvas.getClientArea().width);
        assertVisible(page, diagram.boxOf(main), "the main number on open");
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-1920x1080-open.png"));

        // Laying out, placing the labels and reading the findings again after a change takes well under a second.
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            page.relayout();
        }
        long millis = (System.nanoTime() - started) / 5_000_000;
        System.out.println("IVR diagram: " + diagram.boxes().size() + " boxes, " + diagram.arrows().size()
                + " arrows laid out, labelled and marked in " + millis + " ms");
        assertTrue(millis < 1000, millis + " ms");
        diagram = page.getDiagram();

        // Every label sits on its own arrow, clear of boxes and of the other labels.
        List<Arrow> labelled = diagram.arrows().stream().filter(a -> a.label() != null).toList();
        assertTrue(labelled.size() >= 20, "options, no match, no input, then: " + labelled.size());
        for (Arrow arrow : labelled) {
            double[] centre = arrow.labelCentre();
            assertTrue(arrow.distanceTo(centre[0], centre[1]) < 1, arrow.label() + " is on its arrow");
            for (Box box : diagram.boxes()) {
                assertFalse(overlaps(arrow, box.x(), box.y(), box.width(), box.height()),
                        arrow.label() + " covers " + box.lines());
            }
            for (Arrow other : labelled) {
                assertTrue(other == arrow || !overlaps(arrow, other.labelX(), other.labelY(), other.labelWidth(),
                        other.labelHeight()), arrow.label() + " covers " + other.label());
            }
        }

        // Ctrl+wheel zooms in and out around the mouse, the keys step and reset, Fit shows everything.
        Rectangle area = canvas.getClientArea();
        wheel(canvas, area.width / 2, area.height / 2, 3);
        double zoomedIn = page.getZoom();
        assertTrue(zoomedIn > 1.0, "Ctrl+wheel up zooms in: " + zoomedIn);
        wheel(canvas, area.width / 2, area.height / 2, -3);
        wheel(canvas, area.width / 2, area.height / 2, -3);
        assertTrue(page.getZoom() < 1.0, "Ctrl+wheel down zooms out: " + page.getZoom());
        key(canvas, '0');
        assertEquals(1.0, page.getZoom(), 1e-9, "Ctrl+0: actual size");
        key(canvas, '=');
        assertEquals(1.25, page.getZoom(), 1e-9, "Ctrl+=: one step in");
        key(canvas, '-');
        assertEquals(1.0, page.getZoom(), 1e-9, "Ctrl+-: one step out");
        assertEquals("100%", Ui.findOne(editor.getPageContainer(), org.eclipse.swt.widgets.Label.class,
                l -> "Zoom".equals(l.getData("name")), "the zoom label").getText());
        Ui.click(Ui.button(editor.getPageContainer(), "Fit to Window"));
        assertTrue(page.getZoom() < 1.0, "fitting a wide flow zooms out: " + page.getZoom());
        double[] visible = page.visibleArea();
        assertTrue(visible[0] <= 0 && visible[1] <= 0 && visible[0] + visible[2] >= diagram.width() - 0.5
                && visible[1] + visible[3] >= diagram.height() - 0.5,
                "the whole flow is visible: " + Arrays.toString(visible) + " " + diagram.width() + "x"
                        + diagram.height());

        // The hang-up is on the menu's box and on its no-match arrow, with the check's message as tooltip.
        Box menuBox = diagram.boxOf(menu);
        Mark mark = page.markOf(menuBox);
        assertNotNull(mark, "the menu is marked");
        assertEquals(IMarker.SEVERITY_ERROR, mark.severity());
        assertTrue(mark.messages().contains(message), mark.messages().toString());
        Arrow noMatch = diagram.arrowsOf(menu.getNoMatch()).get(0);
        assertEquals(EdgeKind.NO_MATCH, noMatch.edge().kind());
        assertNotNull(page.markOf(noMatch), "the no-match arrow that hangs up is marked");
        assertNull(page.markOf(diagram.arrowsOf(menu.getNoInput()).get(0)), "the no-input arrow is fine");
        assertNull(page.markOf(diagram.boxOf(node(script, "Spring menu"))), "the Spring menu is fine");
        Point onMenu = page.toCanvas(menuBox.x() + menuBox.width() / 2, menuBox.y() + menuBox.height() / 2);
        Event move = new Event();
        move.x = onMenu.x;
        move.y = onMenu.y;
        canvas.notifyListeners(SWT.MouseMove, move);
        String tooltip = canvas.getToolTipText();
        assertNotNull(tooltip, "hovering the menu shows a tooltip");
        assertTrue(tooltip.startsWith(message), tooltip);
        assertTrue(tooltip.contains("Right-click for the quick fix"), tooltip);
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-1920x1080-fit.png"));

        // The Outline shows the whole flow; a click there shows that part of the diagram.
        key(canvas, '0');
        ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.page().activate(editor);
        Ui.pump();
        DiagramOverview overview = assertInstanceOf(DiagramOverview.class, outline.getCurrentPage());
        assertNotNull(overview.frame(), "the overview frames what the diagram shows");
        Box last = diagram.boxes().stream().max((a, b) -> Double.compare(a.x() + a.y(), b.x() + b.y())).get();
        Point target = overview.toOverview(last.x() + last.width() / 2, last.y() + last.height() / 2);
        Event click = new Event();
        click.button = 1;
        click.x = target.x;
        click.y = target.y;
        overview.getCanvas().notifyListeners(SWT.MouseDown, click);
        click.stateMask = SWT.BUTTON1;
        overview.getCanvas().notifyListeners(SWT.MouseUp, click);
        Ui.pump();
        assertVisible(page, last, "the box clicked in the overview");
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-1920x1080-overview.png"));

        // The menu's context menu offers the check's quick fix; it puts the caller through, Undo takes it back.
        page.centreOn(menuBox.x() + menuBox.width() / 2, menuBox.y() + menuBox.height() / 2);
        onMenu = page.toCanvas(menuBox.x() + menuBox.width() / 2, menuBox.y() + menuBox.height() / 2);
        Event detect = new Event();
        Point onScreen = canvas.toDisplay(onMenu);
        detect.x = onScreen.x;
        detect.y = onScreen.y;
        detect.detail = SWT.MENU_MOUSE;
        canvas.notifyListeners(SWT.MenuDetect, detect);
        org.eclipse.swt.widgets.Menu popup = canvas.getMenu();
        popup.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(popup.getItems()).map(MenuItem::getText).toList();
        MenuItem fix = Arrays.stream(popup.getItems()).filter(i -> i.getText().startsWith("Quick Fix: Put callers"))
                .findFirst().orElseThrow(() -> new AssertionError("no quick fix among " + items));
        assertTrue(fix.getText().contains("'General'"), fix.getText());
        fix.notifyListeners(SWT.Selection, new Event());
        popup.notifyListeners(SWT.Hide, new Event());
        Ui.pump();
        Route general = assertInstanceOf(Route.class, menu.getNoMatch().getFinalAction(), "the caller is put through");
        assertEquals("General", general.getQueue().getName());
        Ui.waitUntil("the diagram shows the new arrow", () -> page.getDiagram().arrowsOf(menu.getNoMatch()).stream()
                .anyMatch(a -> a.edge().to() == general));
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-1920x1080-fixed.png"));

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertInstanceOf(Disconnect.class, menu.getNoMatch().getFinalAction(), "Undo hangs up again");
        assertSame(node(script, "Goodbye"), menu.getNoMatch().getFinalAction());
        Ui.waitUntil("the diagram follows Undo", () -> page.getDiagram().arrowsOf(menu.getNoMatch()).stream()
                .anyMatch(a -> a.edge().to() instanceof Disconnect));

        // The same at 1280x800: the main number on open, fit shows everything.
        Ui.page().closeAllEditors(false);
        window.setBounds(0, 0, 1280, 800);
        Ui.pump();
        editor = assertInstanceOf(IvrEditor.class, IDE.openEditor(Ui.page(), file));
        editor.setActivePage(DiagramPage.ID);
        Ui.pump();
        DiagramPage small = editor.getDiagramPage();
        assertVisible(small, small.getDiagram().boxOf(editor.getScript().getEntryPoints().get(0)),
                "the main number on open at 1280x800");
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-1280x800-open.png"));
        small.fit();
        Ui.pump();
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-1280x800-fit.png"));
    }

    @Test
    void aSlotThatLeadsNowhereIsMarkedOnItsArrowAndAClickedLabelHighlightsItsArrow() throws Exception {
        IFile file = create("small.ivr", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ivr:IvrScript xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ivr=\"http://tandem.dev/ivr/1.0\""
                + " id=\"ivr-small\" name=\"Small\">\n"
                + "  <entryPoints id=\"entry-main\" name=\"Main number\" firstNode=\"menu\"/>\n"
                + "  <nodes xsi:type=\"ivr:Menu\" id=\"menu\" name=\"Menu\" promptText=\"Sales 1, help 2.\">\n"
                + "    <options key=\"1\" phrases=\"sales\" target=\"agents\"/>\n"
                + "    <options key=\"2\" phrases=\"help\"/>\n"
                + "    <noMatch retries=\"1\" finalAction=\"agents\"/>\n"
                + "    <noInput retries=\"1\" finalAction=\"agents\"/>\n"
                + "  </nodes>\n"
                + "  <nodes xsi:type=\"ivr:Route\" id=\"agents\" name=\"Agents\"/>\n"
                + "</ivr:IvrScript>\n");
        IvrEditor editor = assertInstanceOf(IvrEditor.class, IDE.openEditor(Ui.page(), file));
        editor.setActivePage(DiagramPage.ID);
        Ui.pump();
        DiagramPage page = editor.getDiagramPage();
        Diagram diagram = page.getDiagram();
        Menu menu = (Menu) node(editor.getScript(), "Menu");

        // Option 2 leads nowhere: its arrow to the "drops" box carries the script's own validation message.
        Arrow help = diagram.arrowsOf(menu.getOptions().get(1)).get(0);
        assertTrue(help.edge().isMissing());
        Mark mark = page.markOf(help);
        assertNotNull(mark, "the arrow that leads nowhere is marked");
        assertEquals(IMarker.SEVERITY_ERROR, mark.severity());
        assertTrue(mark.text().contains("leads nowhere on '2 / help'"), mark.text());
        assertNull(page.markOf(diagram.arrowsOf(menu.getOptions().get(0)).get(0)), "option 1 is fine");

        // A click on an arrow's label selects the option (Properties follows) and highlights arrow and label.
        Arrow sales = diagram.arrowsOf(menu.getOptions().get(0)).get(0);
        double[] label = sales.labelCentre();
        Point at = page.toCanvas(label[0], label[1]);
        assertSame(sales, page.targetAt(at.x, at.y), "the label belongs to its arrow");
        Event click = new Event();
        click.button = 1;
        click.x = at.x;
        click.y = at.y;
        page.getCanvas().notifyListeners(SWT.MouseDown, click);
        page.getCanvas().notifyListeners(SWT.MouseUp, click);
        assertSame(menu.getOptions().get(0), ((org.eclipse.jface.viewers.IStructuredSelection) editor
                .getSelectionRelay().getSelection()).getFirstElement());
        assertTrue(page.isHighlighted(sales));
        assertFalse(page.isHighlighted(help));
        Event move = new Event();
        move.x = at.x;
        move.y = at.y;
        page.getCanvas().notifyListeners(SWT.MouseMove, move);
        assertEquals("Menu 'Menu' [1 / sales] \u2192 Route 'Agents'", page.getCanvas().getToolTipText());
        Ui.screenshot(Path.of("target", "screenshots", "ivr-diagram-dead-end.png"));
    }

    private static void assertVisible(DiagramPage page, Box box, String what) {
        double[] visible = page.visibleArea();
        assertTrue(box.x() >= visible[0] && box.y() >= visible[1] && box.x() + box.width() <= visible[0] + visible[2]
                && box.y() + box.height() <= visible[1] + visible[3],
                what + " " + box.lines() + " at " + box.x() + "," + box.y() + " is within " + Arrays.toString(visible));
    }

    private static boolean overlaps(Arrow label, double x, double y, double width, double height) {
        return label.labelX() < x + width && x < label.labelX() + label.labelWidth() && label.labelY() < y + height
                && y < label.labelY() + label.labelHeight();
    }

    private static void wheel(Canvas canvas, int x, int y, int count) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.count = count;
        event.stateMask = SWT.MOD1;
        canvas.notifyListeners(SWT.MouseVerticalWheel, event);
        Ui.pump();
    }

    private static void key(Canvas canvas, char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        event.stateMask = SWT.MOD1;
        canvas.notifyListeners(SWT.KeyDown, event);
        Ui.pump();
    }

    private static Node node(IvrScript script, String name) {
        return script.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    private List<IMarker> hangUps(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
                    .filter(m -> RULE.equals(m.getAttribute(CheckMarkers.RULE_ID, ""))).toList();
        } catch (CoreException e) {
            return List.of();
        }
    }

    private IFile create(String name, String content) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }
}
