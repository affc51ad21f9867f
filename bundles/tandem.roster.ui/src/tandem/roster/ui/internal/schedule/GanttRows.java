package tandem.roster.ui.internal.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.Shift;
import tandem.roster.model.Skill;

/**
 * What the Gantt shows: the agents of the team filter, each with the shifts that touch the days in view. Built once
 * per model or filter change (one pass over the shifts), never while painting.
 */
public final class GanttRows {

    /** One agent's row: its label and its shifts in view, by start. */
    public record Row(Agent agent, String name, String team, List<Shift> shifts) {
    }

    private final List<Row> rows;
    private final LocalDate from;
    private final LocalDate to;

    private GanttRows(List<Row> rows, LocalDate from, LocalDate to) {
        this.rows = rows;
        this.from = from;
        this.to = to;
    }

    /** The rows of the roster's agents in the team (every agent for null) over the days, both included. */
    static GanttRows of(Roster roster, Team team, LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        Map<Agent, List<Shift>> byAgent = new HashMap<>();
        for (Shift shift : roster.getShifts()) {
            LocalDateTime at = shift.getStart();
            if (shift.getAgent() == null || at == null || !at.isBefore(end)
                    || !at.plusMinutes(shift.getLengthMinutes()).isAfter(start)) {
                continue;
            }
            byAgent.computeIfAbsent(shift.getAgent(), a -> new ArrayList<>()).add(shift);
        }
        List<Row> rows = new ArrayList<>();
        for (Agent agent : roster.getAgents()) {
            if (team != null && agent.getTeam() != team) {
                continue;
            }
            List<Shift> shifts = byAgent.getOrDefault(agent, new ArrayList<>());
            shifts.sort(Comparator.comparing(Shift::getStart));
            rows.add(new Row(agent, agent.getName() == null ? "(unnamed)" : agent.getName(), teamName(agent),
                    List.copyOf(shifts)));
        }
        return new GanttRows(List.copyOf(rows), from, to);
    }

    static String teamName(Agent agent) {
        return agent.getTeam() == null || agent.getTeam().getName() == null ? "" : agent.getTeam().getName();
    }

    /** The teams of the roster's agents, in the order the agents name them. */
    static List<Team> teams(Roster roster) {
        Set<Team> teams = new LinkedHashSet<>();
        for (Agent agent : roster.getAgents()) {
            if (agent.getTeam() != null) {
                teams.add(agent.getTeam());
            }
        }
        return List.copyOf(teams);
    }

    /** The queues the roster's agents can take, in the order the agents name them. */
    static List<Queue> queues(Roster roster) {
        Set<Queue> queues = new LinkedHashSet<>();
        for (Agent agent : roster.getAgents()) {
            for (Skill skill : agent.getSkills()) {
                if (skill.getQueue() != null) {
                    queues.add(skill.getQueue());
                }
            }
        }
        return List.copyOf(queues);
    }

    /** The first and last day of the roster's shifts; null without shifts. */
    static LocalDate[] scheduledDays(Roster roster) {
        LocalDate first = null;
        LocalDate last = null;
        for (Shift shift : roster.getShifts()) {
            if (shift.getStart() == null) {
                continue;
            }
            LocalDate day = shift.getStart().toLocalDate();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return first == null ? null : new LocalDate[] { first, last };
    }

    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** Days in view. */
    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** The row of the agent, -1 when filtered out. */
    public int indexOf(Agent agent) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).agent() == agent) {
                return i;
            }
        }
        return -1;
    }
}
