package tandem.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tandem.core.documents.Ids;
import tandem.core.model.ContactCenter;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.BreakRules;

/**
 * A roster made from a CSV of agents: {@code name,team,skills,min_hours,max_hours,max_days} and, optionally,
 * {@code earliest_start,latest_end,days_off} (columns in any order, names case-insensitive). Skills are queue names
 * or ids separated by {@code ;} (the first is the agent's main queue), team a team name or id of the contact center,
 * days off ISO dates separated by {@code ;}. The roster gets the standard day template (see {@link #dayTemplate()}).
 * Every problem names the file, the row and the column; nothing is made from a file with a problem.
 */
public final class AgentsCsv {

    private static final List<String> REQUIRED = List.of("name", "team", "skills", "min_hours", "max_hours",
            "max_days");
    private static final RosterFactory F = RosterFactory.eINSTANCE;

    private AgentsCsv() {
    }

    /** The roster of the agents in the CSV, named {@code name}, its queues and teams from the center. */
    public static Roster read(Reader in, String file, ContactCenter center, String name)
            throws IOException, ScheduleException {
        BufferedReader lines = new BufferedReader(in);
        String headerLine = lines.readLine();
        if (headerLine == null) {
            throw new ScheduleException(file + ": the file is empty; it needs a header row with "
                    + String.join(",", REQUIRED));
        }
        List<String> header = fields(headerLine.replace("\uFEFF", ""), file, 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                throw new ScheduleException(file + ":1: no column '" + column + "'; the header needs "
                        + String.join(",", REQUIRED));
            }
        }
        Roster roster = F.createRoster();
        roster.setName(name);
        roster.setRules(F.createRosterRules());
        roster.getShiftTemplates().add(dayTemplate());
        Map<String, Integer> names = new HashMap<>();
        String text;
        int row = 1;
        while ((text = lines.readLine()) != null) {
            row++;
            if (text.isBlank()) {
                continue;
            }
            Row r = new Row(fields(text, file, row), columns, file, row);
            Agent agent = F.createAgent();
            agent.setId(Ids.newId(agent.eClass()));
            agent.setName(r.text("name", true));
            Integer first = names.putIfAbsent(agent.getName().toLowerCase(Locale.ROOT), row);
            if (first != null) {
                throw r.problem("name", "agent '" + agent.getName() + "' is named twice (also row " + first + ")");
            }
            String teamName = r.text("team", false);
            if (!teamName.isEmpty()) {
                agent.setTeam(find(center.getTeams(), teamName, r, "team", "team"));
            }
            for (String queueName : r.text("skills", true).split(";")) {
                if (queueName.isBlank()) {
                    continue;
                }
                Skill skill = F.createSkill();
                skill.setQueue(find(center.getQueues(), queueName.strip(), r, "skills", "queue"));
                skill.setPriority(agent.getSkills().size() + 1);
                agent.getSkills().add(skill);
            }
            agent.setMinHoursPerWeek(r.number("min_hours", 0, 80));
            agent.setMaxHoursPerWeek(r.number("max_hours", 0, 80));
            if (agent.getMaxHoursPerWeek() < agent.getMinHoursPerWeek()) {
                throw r.problem("max_hours", "maximum " + agent.getMaxHoursPerWeek() + " is below the minimum "
                        + agent.getMinHoursPerWeek());
            }
            agent.setMaxDaysPerWeek((int) r.number("max_days", 1, 7));
            agent.setEarliestStart(r.time("earliest_start"));
            agent.setLatestEnd(r.time("latest_end"));
            for (String day : r.text("days_off", false).split(";")) {
                if (!day.isBlank()) {
                    try {
                        agent.getUnavailableDays().add(LocalDate.parse(day.strip()));
                    } catch (DateTimeParseException e) {
                        throw r.problem("days_off", "'" + day.strip() + "' is not a date like 2027-03-09");
                    }
                }
            }
            roster.getAgents().add(agent);
        }
        if (roster.getAgents().isEmpty()) {
            throw new ScheduleException(file + ": no agents below the header");
        }
        return roster;
    }

    /**
     * The standard day template: starts every 30 minutes from 7:00 to 13:00, 8 hours 30 with a paid 15-minute
     * break in hours 2-3, an unpaid 30-minute lunch in hours 4-5 and a paid 15-minute break in hours 6-7.
     */
    public static ShiftTemplate dayTemplate() {
        ShiftTemplate day = F.createShiftTemplate();
        day.setId(Ids.newId(day.eClass()));
        day.setName("Day");
        day.setEarliestStart(LocalTime.of(7, 0));
        day.setLatestStart(LocalTime.of(13, 0));
        day.setStartStepMinutes(30);
        day.getLengthsMinutes().add(510);
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 60, 120, true));
        day.getBreaks().add(BreakRules.of(ActivityKind.LUNCH, 30, 180, 240, false));
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 300, 360, true));
        return day;
    }


    private static <T extends tandem.core.model.NamedElement> T find(List<T> elements, String key, Row row,
            String column, String what) throws ScheduleException {
        for (T element : elements) {
            if (key.equalsIgnoreCase(element.getName()) || key.equals(element.getId())) {
                return element;
            }
        }
        List<String> known = elements.stream().map(e -> e.getName()).toList();
        throw row.problem(column, "no " + what + " '" + key + "' in the contact center (" + what + "s: "
                + String.join(", ", known) + ")");
    }

    private static List<String> fields(String line, String file, int row) throws ScheduleException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ScheduleException(file + ":" + row + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    /** One row, read by column name. */
    private record Row(List<String> fields, Map<String, Integer> columns, String file, int row) {

        String text(String column, boolean required) throws ScheduleException {
            Integer index = columns.get(column);
            String value = index == null || index >= fields.size() ? "" : fields.get(index).strip();
            if (required && value.isEmpty()) {
                throw problem(column, "is empty");
            }
            return value;
        }

        double number(String column, double min, double max) throws ScheduleException {
            String text = text(column, true);
            try {
                double value = Double.parseDouble(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // the message below says what is allowed
            }
            throw problem(column, "'" + text + "' is not a number from " + (int) min + " to " + (int) max);
        }

        LocalTime time(String column) throws ScheduleException {
            String text = text(column, false);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw problem(column, "'" + text + "' is not a time like 08:30");
            }
        }

        ScheduleException problem(String column, String reason) {
            return new ScheduleException(file + ":" + row + ": " + column + ": " + reason);
        }
    }
}
