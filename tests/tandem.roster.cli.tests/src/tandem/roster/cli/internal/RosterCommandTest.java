package tandem.roster.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;
import tandem.cli.CliRecorder;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;

/** tandem-cli roster makes a roster from a CSV of agents, naming the row and column of anything wrong. */
class RosterCommandTest {

    @TempDir
    Path folder;
    private CliRecorder cli;

    @BeforeEach
    void center() throws Exception {
        cli = new CliRecorder(folder);
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        for (String name : new String[] { "Sales", "Billing" }) {
            Queue queue = CoreFactory.eINSTANCE.createQueue();
            queue.setName(name);
            queue.setId(name.toLowerCase());
            center.getQueues().add(queue);
        }
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName("Sales team");
        team.setId("sales-team");
        center.getTeams().add(team);
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(URI.createFileURI(folder.resolve("acme.center").toString()));
        resource.getContents().add(center);
        resource.save(null);
    }

    private void agents(String... lines) throws Exception {
        Files.writeString(folder.resolve("agents.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private int roster() {
        return cli.run("roster", new RosterCommand(), "--agents", "agents.csv", "--center", "acme.center",
                "--output", "team.roster");
    }

    @Test
    void makesARosterFromAgents() throws Exception {
        agents("name,team,skills,min_hours,max_hours,max_days,earliest_start,days_off",
                "Ann,Sales team,Sales;billing,30,40,5,08:00,2027-03-09",
                "\"Bo, Jr.\",,Billing,0,20,3,,");
        assertEquals(CliContext.OK, roster(), cli.err());
        assertEquals("2 agent(s) written to team.roster\n", cli.out().replace("\r", ""));
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, java.util.List.of(folder));
        Roster roster = (Roster) PlanDocuments.load(set, URI.createFileURI(folder.resolve("team.roster").toString()))
                .getContents().get(0);
        assertEquals(2, roster.getAgents().size());
        Agent ann = roster.getAgents().get(0);
        assertEquals("Sales team", ann.getTeam().getName());
        assertEquals(java.util.List.of("Sales", "Billing"),
                ann.getSkills().stream().map(s -> s.getQueue().getName()).toList());
        assertEquals(LocalTime.of(8, 0), ann.getEarliestStart());
        assertEquals(java.util.List.of(LocalDate.of(2027, 3, 9)), ann.getUnavailableDays());
        assertEquals("Bo, Jr.", roster.getAgents().get(1).getName());
        assertEquals(3, roster.getAgents().get(1).getMaxDaysPerWeek());
        assertEquals(1, roster.getShiftTemplates().size());
    }

    @Test
    void badRowsAreNamedAndNothingIsWritten() throws Exception {
        agents("name,team,skills,min_hours,max_hours,max_days", "Ann,,Sales,0,40,5", "Bob,,Salse,0,40,5");
        assertEquals(CliContext.FAILED, roster());
        assertTrue(cli.err().contains("agents.csv:3: skills: no queue 'Salse' in the contact center (queues: Sales, "
                + "Billing)"), cli.err());
        assertFalse(Files.exists(folder.resolve("team.roster")));

        agents("name,team,skills,min_hours,max_hours,max_days", "Ann,,Sales,0,40,5", "ann,,Sales,0,40,5");
        assertEquals(CliContext.FAILED, roster());
        assertTrue(cli.err().contains("agents.csv:3: name: agent 'ann' is named twice (also row 2)"), cli.err());

        agents("name,team,skills,min_hours,max_hours,max_days", "Ann,,Sales,0,40,eight");
        assertEquals(CliContext.FAILED, roster());
        assertTrue(cli.err().contains("agents.csv:2: max_days: 'eight' is not a number from 1 to 7"), cli.err());

        agents("name,team,skills,max_hours,max_days", "Ann,,Sales,40,5");
        assertEquals(CliContext.FAILED, roster());
        assertTrue(cli.err().contains("agents.csv:1: no column 'min_hours'"), cli.err());
        assertFalse(Files.exists(folder.resolve("team.roster")));
    }

    @Test
    void anExistingRosterIsNotOverwritten() throws Exception {
        Files.writeString(folder.resolve("team.roster"), "keep me");
        agents("name,team,skills,min_hours,max_hours,max_days", "Ann,,Sales,0,40,5");
        assertEquals(CliContext.FAILED, roster());
        assertTrue(cli.err().contains("team.roster exists; it is not overwritten"), cli.err());
        assertEquals("keep me", Files.readString(folder.resolve("team.roster")));
    }
}
