package tandem.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
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
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.ui.internal.RosterEditor;
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
        Ui.screenshot(Path.of("target", "screenshots", "roster-new.png"));
    }
}
