package tandem.staffing.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.staffing.ui.internal.IntervalTable.Column;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/**
 * A planner selects a row of the staffing table and the Properties view shows the interval: start, baseline, AHT
 * and scheduled heads, and what the forecast computes (lift, required heads, gap, service level, ASA, occupancy),
 * the computed ones read-only; a value changed there is an undoable command, as in the table.
 */
class IntervalPropertiesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** The 08:00 row of a plan of 30-minute intervals starting at midnight. */
    private static final int EIGHT = 16;

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = PlanProjects.open("plans");
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    /** Monday in 30-minute intervals; 100 contacts at 08:00 need 14 agents (80% in 20 s, cap 85%), 20 heads. */
    private IFile textbookPlan() throws Exception {
        ResourceSet set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        save(set, "acme.center", center);
        StaffingPlan plan = StaffingPlans.create("Billing Monday", billing, 30, MONDAY, MONDAY);
        plan.setServiceLevelShare(0.8);
        plan.setAnswerWithinSeconds(20);
        plan.setOccupancyCap(0.85);
        plan.setShrinkage(0.3);
        plan.setAhtSeconds(180);
        plan.getIntervals().get(EIGHT).setBaseline(100);
        return save(set, "monday.staffing", plan);
    }

    private IFile save(ResourceSet set, String name, org.eclipse.emf.ecore.EObject root) throws Exception {
        IFile file = project.getFile(name);
        Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    @Test
    void selectingAnIntervalShowsItsValuesAndForecastInThePropertiesView() throws Exception {
        IFile file = textbookPlan();
        PropertySheet properties = (PropertySheet) Ui.page().showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        IEditorPart part = IDE.openEditor(Ui.page(), file);
        StaffingEditor editor = assertInstanceOf(StaffingEditor.class, part);
        Ui.page().activate(editor);
        Ui.pump();
        IntervalTable intervals = editor.getPlanPage().getTable();
        Table table = intervals.getViewer().getTable();

        Ui.selectRow(table, EIGHT);
        // The view shows the editor's own page once it follows the editor: ask for its tree each time.
        Ui.waitUntil("the Properties view shows the 08:00 interval",
                () -> "Mon 2026-03-02 08:00".equals(shown(tree(properties)).get("Start")));
        Tree tree = tree(properties);
        Map<String, String> shown = shown(tree);
        assertEquals("100", shown.get("Baseline contacts"));
        assertEquals("", shown.get("AHT (s)"), "the plan's AHT: the interval has none of its own");
        assertEquals("0", shown.get("Scheduled heads"));
        assertEquals("0", shown.get("Campaign lift"));
        assertEquals("14", shown.get("Required agents"));
        assertEquals("20", shown.get("Required heads"));
        assertEquals("-20", shown.get("Gap"));
        assertEquals("0.0%", shown.get("Predicted service level"));
        assertTrue(shown.containsKey("ASA all callers (s)") && shown.containsKey("Occupancy"), shown.toString());
        Ui.screenshot(Path.of("target", "screenshots", "staffing-interval-properties.png"));

        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider()
                .getSelection();
        IPropertySource source = assertInstanceOf(IPropertySource.class, selection.getFirstElement());
        assertNull(descriptor(source, "Required heads").createPropertyEditor(tree), "computed: read-only");
        source.setPropertyValue(Column.SCHEDULED, "20");
        Ui.waitUntil("the gap closes in the Properties view", () -> "0".equals(shown(tree).get("Gap")));
        assertEquals(20, editor.getPlan().getIntervals().get(EIGHT).getScheduled());
        assertEquals("88.8%", shown(tree).get("Predicted service level"));

        Ui.executeCommand("org.eclipse.ui.edit.undo");
        Ui.waitUntil("undo restores nobody", () -> "-20".equals(shown(tree).get("Gap")));
        assertEquals(0, editor.getPlan().getIntervals().get(EIGHT).getScheduled());
        Ui.page().closeAllEditors(false);
    }

    private static org.eclipse.ui.views.properties.IPropertyDescriptor descriptor(IPropertySource source,
            String name) {
        for (org.eclipse.ui.views.properties.IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor.getDisplayName().equals(name)) {
                return descriptor;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static Tree tree(PropertySheet properties) {
        return (Tree) properties.getCurrentPage().getControl();
    }

    /** What the Properties view shows: each property's name and value, categories expanded. */
    private static Map<String, String> shown(Tree tree) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (TreeItem item : Ui.expandAll(tree)) {
            if (item.getItemCount() == 0) {
                shown.put(item.getText(0), item.getText(1));
            }
        }
        return shown;
    }
}
