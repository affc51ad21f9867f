package tandem.roster.tests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.PlanDocuments;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.BreakRule;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.Activities;
import tandem.roster.model.shifts.BreakRules;

/** Small, readable rosters for the tests. */
final class Rosters {

    static final RosterFactory F = RosterFactory.eINSTANCE;
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final Roster roster = F.createRoster();

    Rosters() {
        center.setName("Acme");
        roster.setName("Week 9");
        roster.setRules(F.createRosterRules());
        ResourceSet set = PlanDocuments.createResourceSet();
        set.createResource(URI.createURI("memory:/acme.center")).getContents().add(center);
        set.createResource(URI.createURI("memory:/week9.roster")).getContents().add(roster);
    }

    Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        center.getQueues().add(queue);
        return queue;
    }

    Team team(String name) {
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName(name);
        center.getTeams().add(team);
        return team;
    }

    /** A template starting between the times every 30 minutes, one length, a 15-minute break in hours 2-3. */
    ShiftTemplate template(String name, LocalTime earliest, LocalTime latest, int length) {
        ShiftTemplate template = F.createShiftTemplate();
        template.setName(name);
        template.setEarliestStart(earliest);
        template.setLatestStart(latest);
        template.setStartStepMinutes(30);
        template.getLengthsMinutes().add(length);
        roster.getShiftTemplates().add(template);
        return template;
    }

    static BreakRule breakRule(ShiftTemplate template, ActivityKind kind, int length, int earliest, int latest,
            boolean paid) {
        BreakRule rule = BreakRules.of(kind, length, earliest, latest, paid);
        template.getBreaks().add(rule);
        return rule;
    }

    Agent agent(String name, double minHours, double maxHours, int maxDays, Queue... queues) {
        Agent agent = F.createAgent();
        agent.setName(name);
        agent.setMinHoursPerWeek(minHours);
        agent.setMaxHoursPerWeek(maxHours);
        agent.setMaxDaysPerWeek(maxDays);
        for (Queue queue : queues) {
            Skill skill = F.createSkill();
            skill.setQueue(queue);
            agent.getSkills().add(skill);
        }
        roster.getAgents().add(agent);
        return agent;
    }

    Shift shift(Agent agent, LocalDateTime start, int length, Queue queue) {
        Shift shift = F.createShift();
        shift.setAgent(agent);
        shift.setStart(start);
        shift.setLengthMinutes(length);
        shift.setQueue(queue);
        roster.getShifts().add(shift);
        return shift;
    }

    static Activity activity(Shift shift, ActivityKind kind, LocalDateTime start, int length) {
        Activity activity = Activities.of(kind, start, length);
        shift.getActivities().add(activity);
        return activity;
    }
}
