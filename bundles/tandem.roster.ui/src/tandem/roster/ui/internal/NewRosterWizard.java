package tandem.roster.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.ui.wizards.NewPlanWizard;
import tandem.core.ui.wizards.ProjectDocuments;
import tandem.roster.AgentsCsv;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Skill;

/**
 * File &gt; New &gt; Roster: a roster for the project's contact-center setup (whatever its file name), with one agent
 * per head of each of its teams (named after the team, taking the team's queues), a day-shift template with a
 * break and a lunch, and the default rules (11 hours' rest, at most 6 days in a row). A project without a readable
 * setup gets no roster: the wizard says why.
 */
public class NewRosterWizard extends NewPlanWizard {

    private final ResourceSet documents = PlanDocuments.createResourceSet();
    private List<Team> teams = List.of();

    @Override
    protected String typeName() {
        return "Roster";
    }

    @Override
    protected String fileExtension() {
        return "roster";
    }

    @Override
    public void create(IFile file) throws IOException {
        ProjectDocuments.Found<ContactCenter> setups = ProjectDocuments.setups(documents,
                org.eclipse.emf.common.util.URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        if (setups.roots().isEmpty()) {
            if (!setups.unreadable().isEmpty()) {
                throw new IOException("The project's contact-center setup cannot be read, so the roster would have"
                        + " no teams or queues: " + setups.unreadable().get(0));
            }
            throw new IOException("The project " + file.getProject().getName() + " has no contact-center setup"
                    + " (.center file). Create one first (File > New > Contact-Center Setup): the roster takes its"
                    + " teams and queues.");
        }
        teams = setups.roots().stream().flatMap(center -> center.getTeams().stream()).toList();
        super.create(file);
    }

    @Override
    protected EObject createRoot(String name) {
        return newRoster(name, teams);
    }

    /** A roster with the default rules and template, and one agent per head of each team. */
    static Roster newRoster(String name, List<Team> teams) {
        Roster roster = RosterFactory.eINSTANCE.createRoster();
        roster.setName(name);
        RosterRules rules = RosterFactory.eINSTANCE.createRosterRules();
        roster.setRules(rules);
        roster.getShiftTemplates().add(AgentsCsv.dayTemplate());
        for (Team team : teams) {
            int heads = Math.max(1, team.getHeadcount());
            for (int i = 1; i <= heads; i++) {
                Agent agent = RosterFactory.eINSTANCE.createAgent();
                agent.setName(team.getName() + " " + i);
                agent.setTeam(team);
                agent.setMinHoursPerWeek(0);
                for (Queue queue : team.getQueues()) {
                    Skill skill = RosterFactory.eINSTANCE.createSkill();
                    skill.setQueue(queue);
                    skill.setPriority(1);
                    agent.getSkills().add(skill);
                }
                roster.getAgents().add(agent);
            }
        }
        return roster;
    }
}
