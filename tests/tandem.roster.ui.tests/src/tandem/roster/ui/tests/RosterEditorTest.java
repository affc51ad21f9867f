package tandem.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.Weekday;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.ui.internal.AgentsPage;
import tandem.roster.ui.internal.RosterEditor;
import tandem.roster.ui.internal.RulesPage;
import tandem.roster.ui.internal.ShiftTemplatesPage;
import tandem.test.support.ui.PlanProjects;
import tandem.test.support.ui.Ui;

/** A planner creates a roster with File &gt; New in a project with a contact-center setup and opens its pages. */
class RosterEditorTest {

    private IProject project;

    @BeforeEach
    void createProjectWithSetup() throws Exception {
        project = PlanProjects.open("rosters");
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        center.getQueues().add(billing);
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName("Blue");
        team.setHeadcount(3);
        team.getQueues().add(billing);
        center.getTeams().add(team);
        ResourceSet set = PlanDocuments.createResourceSet();
        save(set, "acme.center", center);
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
    }

    private void save(ResourceSet set, String name, EObject root) throws Exception {
        Resource resource = set.createResource(
                URI.createPlatformResourceURI(project.getFile(name).getFullPath().toString(), true));
        resource.getContents().add(root);
        PlanDocuments.save(resource);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        PlanProjects.delete(project);
    }

    @Test
    void theNewRosterWizardTakesTheTeamsOfTheSetupAndTheEditorShowsTheSchedule() {
        RosterEditor editor = PlanProjects.createWithWizard("tandem.roster.ui.newRoster", project, "week.roster",
                RosterEditor.class);
        Roster roster = editor.getRoster();
        assertNotNull(roster.getRules(), "the roster has the default rules");
        assertEquals(List.of("Blue 1", "Blue 2", "Blue 3"), roster.getAgents().stream().map(Agent::getName).toList());
        Agent first = roster.getAgents().get(0);
        assertEquals("Blue", first.getTeam().getName(), "the team comes from acme.center");
        assertEquals("Billing", first.getSkills().get(0).getQueue().getName());
        assertEquals(1, roster.getShiftTemplates().size());

        List<String> tabs = new ArrayList<>();
        for (org.eclipse.swt.custom.CTabItem tab : ((org.eclipse.swt.custom.CTabFolder) editor.getPageContainer())
                .getItems()) {
            tabs.add(tab.getText());
        }
        assertTrue(tabs.contains(RosterEditor.SCHEDULE_TAB), tabs.toString());
        assertNotNull(editor.getSchedulePage());
        Ui.screenshot(Path.of("target", "screenshots", "roster-schedule.png"));
    }

    @Test
    void theAgentsTableShowsWholeHeadingsAtTheDefaultWindowSize() {
        org.eclipse.swt.widgets.Shell window = Ui.page().getWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Point size = window.getSize();
        window.setSize(1274, 771);
        try {
            RosterEditor editor = PlanProjects.createWithWizard("tandem.roster.ui.newRoster", project, "narrow.roster",
                    RosterEditor.class);
            editor.setActivePage(AgentsPage.ID);
            Ui.pump();
            Table agents = Ui.table(editor.getPageContainer(), "Agents");
            assertEquals(List.of(), tandem.test.support.ui.Layouts.narrowColumns(agents, column -> null));
            Ui.screenshot(Path.of("target", "screenshots", "roster-agents-1274.png"));

            org.eclipse.swt.custom.CTabFolder tabs = (org.eclipse.swt.custom.CTabFolder) editor.getPageContainer();
            for (int i = 0; i < tabs.getItemCount(); i++) {
                if (RosterEditor.SCHEDULE_TAB.equals(tabs.getItem(i).getText())) {
                    tabs.setSelection(i);
                    org.eclipse.swt.widgets.Event select = new org.eclipse.swt.widgets.Event();
                    select.item = tabs.getItem(i);
                    tabs.notifyListeners(org.eclipse.swt.SWT.Selection, select);
                }
            }
            Ui.pump();
            org.eclipse.swt.widgets.Control chart = named(editor.getSchedulePage(), "Coverage chart");
            assertNotNull(chart, "the Schedule tab shows the coverage chart");
            assertTrue(chart.getSize().y >= 150, "the coverage chart is " + chart.getSize().y
                    + " pixels high in the default window: too low to read");
            Ui.screenshot(Path.of("target", "screenshots", "roster-schedule-1274.png"));
        } finally {
            window.setSize(size);
        }
    }

    @Test
    void aPlannerEditsAnAgentInTheTableAndUndoTakesItBack() {
        RosterEditor editor = PlanProjects.createWithWizard("tandem.roster.ui.newRoster", project, "team.roster",
                RosterEditor.class);
        Roster roster = editor.getRoster();
        editor.setActivePage(AgentsPage.ID);
        Ui.pump();
        Composite pages = editor.getPageContainer();
        Table agents = Ui.table(pages, "Agents");
        assertEquals(3, agents.getItemCount());
        Agent first = roster.getAgents().get(0);

        doubleClickCell(agents, 0, 3); // a spreadsheet: a click makes the current cell, a double click edits it
        Ui.type(Ui.cellEditor(agents), "32");
        assertEquals(32.0, first.getMaxHoursPerWeek(), 1e-9);
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        assertEquals("Set Max Hours Per Week of Agent Blue 1", stack.getUndoCommand().getLabel());

        Ui.click(Ui.button(Ui.section(pages, "Agents"), "Add"));
        Ui.type(Ui.cellEditor(agents), "Dana");
        Agent dana = roster.getAgents().get(3);
        assertEquals("Dana", dana.getName());
        assertEquals("Blue", dana.getTeam().getName(), "the setup's only team is proposed");
        Table skills = Ui.table(pages, "Skills");
        Ui.click(Ui.button(Ui.section(pages, "Skills"), "Add"));
        Ui.choose(Ui.cellCombo(skills), "Billing");
        assertEquals("Billing", dana.getSkills().get(0).getQueue().getName());
        Ui.check(Ui.table(pages, "Preferred days off"), "Sunday", true);
        assertEquals(List.of(Weekday.SUNDAY), dana.getPreferredDaysOff());
        Ui.type(Ui.text(pages, "Unavailable days:"), "2027-03-02, 2027-03-05");
        assertEquals(List.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 5)), dana.getUnavailableDays());
        Ui.type(Ui.text(pages, "Unavailable days:"), "2027-03-02, next friday");
        assertEquals(2, dana.getUnavailableDays().size(), "a value that is no date changes nothing");
        Ui.screenshot(Path.of("target", "screenshots", "roster-agents.png"));

        assertEquals("Set Unavailable Days of Agent Dana", stack.getUndoCommand().getLabel());
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertTrue(dana.getUnavailableDays().isEmpty(), "Undo takes the days back: " + dana.getUnavailableDays()
                + ", next undo: " + (stack.getUndoCommand() == null ? null : stack.getUndoCommand().getLabel()));
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertTrue(dana.getPreferredDaysOff().isEmpty());
        Ui.executeCommand("org.eclipse.ui.edit.undo"); // the skill's queue
        Ui.executeCommand("org.eclipse.ui.edit.undo"); // the new skill
        assertTrue(dana.getSkills().isEmpty());
        Ui.executeCommand("org.eclipse.ui.edit.undo"); // the name typed
        Ui.executeCommand("org.eclipse.ui.edit.undo"); // the new agent
        Ui.executeCommand("org.eclipse.ui.edit.undo"); // the hours
        assertEquals(3, roster.getAgents().size(), "Undo removes the added agent");
        assertEquals(40.0, first.getMaxHoursPerWeek(), 1e-9, "and restores the contract");
        Ui.waitUntil("the table follows Undo", () -> agents.getItemCount() == 3
                && "40".equals(agents.getItem(0).getText(3).replace(".0", "")));

        // A block copied from a spreadsheet: names, teams and hours of two agents, one Undo.
        AgentsPage agentsPage = (AgentsPage) editor.findPage(AgentsPage.ID);
        agentsPage.getGrid().select(1, 0, 1, 0);
        assertTrue(agentsPage.getGrid().paste("Ann\tBlue\t10\t30\nBen\tTeam Blue\t20\t38\n"));
        assertEquals("Ann", roster.getAgents().get(1).getName());
        assertEquals(38.0, roster.getAgents().get(2).getMaxHoursPerWeek(), 1e-9);
        assertEquals(20.0, roster.getAgents().get(2).getMinHoursPerWeek(), 1e-9);
        assertFalse(agentsPage.getGrid().paste("Cleo\tRed\t10\t30\n"), "an unknown team pastes nothing");
        assertEquals("Ann", roster.getAgents().get(1).getName());
        Ui.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals("Blue 2", roster.getAgents().get(1).getName(), "one Undo takes the paste back");
        assertEquals(40.0, roster.getAgents().get(2).getMaxHoursPerWeek(), 1e-9);

        editor.setActivePage(ShiftTemplatesPage.ID);
        Ui.pump();
        Table templates = Ui.table(pages, "Shift templates");
        assertEquals("Day", templates.getItem(0).getText(0));
        Table breaks = Ui.table(pages, "Breaks and lunch");
        assertEquals(3, breaks.getItemCount(), "the standard day template: two breaks and the lunch");
        Ui.type(Ui.text(pages, "Lengths (min):"), "480, 360");
        assertEquals(List.of(480, 360), roster.getShiftTemplates().get(0).getLengthsMinutes());
        Ui.screenshot(Path.of("target", "screenshots", "roster-templates.png"));

        editor.setActivePage(RulesPage.ID);
        Ui.pump();
        Ui.type(Ui.text(pages, "Most working days in a row:"), "5");
        assertEquals(5, roster.getRules().getMaxConsecutiveDays());
        assertEquals("Set Max Consecutive Days of the rules", stack.getUndoCommand().getLabel());
        Ui.screenshot(Path.of("target", "screenshots", "roster-rules.png"));
    }

    private static org.eclipse.swt.widgets.Control named(org.eclipse.swt.widgets.Control control, String name) {
        if (name.equals(control.getData("name"))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Control found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void doubleClickCell(Table table, int row, int column) {
        Ui.editCell(table, row, column);
        org.eclipse.swt.graphics.Rectangle bounds = table.getItem(row).getBounds(column);
        org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
        click.x = bounds.x + bounds.width / 2;
        click.y = bounds.y + bounds.height / 2;
        click.button = 1;
        click.count = 2;
        table.notifyListeners(org.eclipse.swt.SWT.MouseDoubleClick, click);
        Ui.pump();
    }
}
