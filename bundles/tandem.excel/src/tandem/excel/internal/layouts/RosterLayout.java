package tandem.excel.internal.layouts;

import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;
import tandem.roster.model.RosterPackage;

/**
 * Roster (.roster): its rules, the agents with their skills, the shift templates with their breaks, and the
 * schedule (one row per shift, its breaks, lunch, meetings and training on a sheet of their own).
 */
public final class RosterLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        RosterPackage p = RosterPackage.eINSTANCE;
        return WorkbookLayout.builder(p.getRoster(), "roster", "Roster")
                .sheet("Rules", p.getRoster_Rules(), s -> s.describe("The rules every agent's schedule keeps."
                        + " One row at most.")
                        .meaning("max_consecutive_days", "The most days in a row an agent works."))
                .sheet("Agents", p.getRoster_Agents(), s -> s.required("name")
                        .describe("The agents to schedule: team, contract and availability. One row per agent;"
                                + " the queues they take are on sheet Skills.")
                        .rename(p.getAgent_MinHoursPerWeek(), "min_hours")
                        .rename(p.getAgent_MaxHoursPerWeek(), "max_hours")
                        .rename(p.getAgent_MaxDaysPerWeek(), "max_days")
                        .meaning("min_hours", "The least hours a week the agent's contract asks for.")
                        .meaning("max_hours", "The most hours a week the agent's contract allows.")
                        .meaning("max_days", "The most days a week the agent works.")
                        .meaning("earliest_start", "The earliest time of day a shift of the agent may start."
                                + " Empty: any time.")
                        .meaning("latest_end", "The latest time of day a shift of the agent may end. Empty: any"
                                + " time.")
                        .meaning("preferred_days_off", "Weekdays the agent would rather not work (a preference,"
                                + " not a rule)."))
                .sheet("Skills", p.getAgent_Skills(), s -> s.required("queue").key("queue")
                        .meaning("priority", "1 for the queue the agent prefers, 2 for the next, ..."))
                .sheet("Templates", p.getRoster_ShiftTemplates(), s -> s.required("name")
                        .describe("The shifts agents may work: when they start, how long they last, on which days."
                                + " One row per shift template; their breaks are on sheet Breaks.")
                        .rename(p.getShiftTemplate_LengthsMinutes(), "lengths_minutes")
                        .meaning("earliest_start", "The earliest time of day a shift of the template starts.")
                        .meaning("latest_start", "The latest time of day a shift of the template starts.")
                        .meaning("start_step_minutes", "Shifts start every so many minutes from the earliest"
                                + " start (15 or 30)."))
                .sheet("Breaks", p.getShiftTemplate_Breaks(), s -> s.parentColumn("template")
                        .meaning("kind", "A break or a lunch (or a meeting every shift of the template has).")
                        .meaning("length_minutes", "How long the break lasts, in minutes.")
                        .meaning("earliest_after_minutes", "The earliest the break starts, in minutes after the"
                                + " shift starts.")
                        .meaning("latest_after_minutes", "The latest the break starts, in minutes after the shift"
                                + " starts.")
                        .meaning("paid", "Whether the break counts as paid time (a lunch is usually unpaid)."))
                .sheet("Schedule", p.getRoster_Shifts(), s -> s.required("agent", "start", "length_minutes")
                        .meaning("start", "When the shift starts (local date and time).")
                        .meaning("length_minutes", "How long the shift lasts, breaks included, in minutes.")
                        .meaning("queue", "The queue the agent takes during the shift.")
                        .meaning("template", "The shift template the shift follows."))
                .sheet("Activities", p.getShift_Activities(), s -> s.required("kind", "start", "length_minutes")
                        .describe("What takes an agent off the queue during a shift: breaks, lunch, meetings and"
                                + " training sessions. One row per activity, naming its shift (sheet Schedule) by"
                                + " id.")
                        .meaning("kind", "What takes the agent off the queue: a break, lunch, meeting or"
                                + " training.")
                        .meaning("start", "When the activity starts (local date and time).")
                        .meaning("length_minutes", "How long the activity lasts, in minutes.")
                        .meaning("name", "What the activity is, e.g. the course of a training session."))
                .build();
    }
}
