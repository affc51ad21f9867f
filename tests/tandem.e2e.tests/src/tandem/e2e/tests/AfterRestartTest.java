package tandem.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.e2e.tests.ExampleWorkbench.IVR_FINDING;
import static tandem.e2e.tests.ExampleWorkbench.IVR_RULE;
import static tandem.e2e.tests.ExampleWorkbench.PROBLEMS_AFTER_THE_FIX;
import static tandem.e2e.tests.ExampleWorkbench.STAFFING_FILE;
import static tandem.e2e.tests.ExampleWorkbench.awaitMarkers;
import static tandem.e2e.tests.ExampleWorkbench.billingNoMatchEnd;
import static tandem.e2e.tests.ExampleWorkbench.editorOn;
import static tandem.e2e.tests.ExampleWorkbench.file;
import static tandem.e2e.tests.ExampleWorkbench.problemTexts;
import static tandem.e2e.tests.ExampleWorkbench.problemsView;
import static tandem.e2e.tests.ExampleWorkbench.project;
import static tandem.e2e.tests.ExampleWorkbench.screenshot;

import java.util.List;
import java.util.Properties;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.core.ui.editors.PlanEditor;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.samples.SamplePlans;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.ui.Ui;

/**
 * Issue #10, after the restart: the product starts again on the workspace {@link BeforeRestartTest} left behind.
 * The workbench comes back as it was closed, the saved IVR script has its fix, the staffing plan the same rows, and
 * the checks no longer find the IVR problem but still find the others.
 */
@TestMethodOrder(OrderAnnotation.class)
class AfterRestartTest {

    @Test
    @Order(1)
    void theWorkbenchComesBackWithTheSavedPlansOpen() {
        ExampleWorkbench.fillTheScreen();
        screenshot("13-after-restart");
        Properties notes = ExampleWorkbench.readNotes();
        assertEquals(ExampleWorkbench.PLANNING_PERSPECTIVE, Ui.page().getPerspective().getId());
        assertTrue(project().isOpen(), "the example project is still there");
        assertEquals(1, ResourcesPlugin.getWorkspace().getRoot().getProjects().length,
                "the example is not created a second time");

        Node end = billingNoMatchEnd((IvrScript) ExampleWorkbench.loadFromDisk(SamplePlans.IVR_FILE));
        assertInstanceOf(Route.class, end, "the saved IVR script puts callers through to an agent");
        assertEquals(notes.getProperty("ivr.billingNoMatchEnd"), end.getId());
        assertEquals("General", ((Route) end).getQueue().getName(), "the route's queue resolves in the setup");
        assertEquals(expectedFigures(notes),
                ExampleWorkbench.figures((StaffingPlan) ExampleWorkbench.loadFromDisk(STAFFING_FILE)),
                "the saved staffing plan has the same rows");

        // The workbench restores the editors that were open when it closed.
        for (String name : List.of(SamplePlans.CALENDAR_FILE, SamplePlans.IVR_FILE, STAFFING_FILE)) {
            PlanEditor editor = editorOn(file(name));
            assertTrue(editor != null, name + " is open again; the editors are "
                    + java.util.Arrays.stream(Ui.page().getEditorReferences()).map(r -> r.getName()).toList());
            assertFalse(editor.isDirty(), name + " has no unsaved changes");
        }
        PlanEditor ivr = editorOn(file(SamplePlans.IVR_FILE));
        assertEquals(notes.getProperty("ivr.billingNoMatchEnd"), billingNoMatchEnd((IvrScript) ivr.getRoot()).getId(),
                "the IVR editor shows the fix");
        assertEquals(expectedFigures(notes),
                ExampleWorkbench.figures((StaffingPlan) editorOn(file(STAFFING_FILE)).getRoot()));
        Ui.page().activate(ivr);
        screenshot("14-plans-after-restart");
    }

    @Test
    @Order(2)
    void theChecksNoLongerFindTheIvrProblemButStillFindTheOthers() {
        ExampleWorkbench.runChecks();
        awaitMarkers("Run Checks has marked every problem but the fixed one", PROBLEMS_AFTER_THE_FIX);
        assertTrue(ExampleWorkbench.markersOf(IVR_RULE).isEmpty());

        IViewPart problems = problemsView();
        List<String> messages = ExampleWorkbench.markerMessages();
        Ui.waitUntil("the Problems view lists the other findings and not the IVR's",
                () -> problemTexts(problems).containsAll(messages) && !problemTexts(problems).contains(IVR_FINDING));
        screenshot("15-checked-after-restart");
    }

    private static Properties expectedFigures(Properties notes) {
        Properties figures = new Properties();
        for (String key : notes.stringPropertyNames()) {
            if (key.startsWith("staffing.")) {
                figures.setProperty(key, notes.getProperty(key));
            }
        }
        return figures;
    }
}
