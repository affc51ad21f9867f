package tandem.roster.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

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
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.BreakRules;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;
import tandem.staffing.model.scheduled.ScheduledHeads;

/** tandem-cli schedule on plan files in a folder, as a planner runs it. */
class ScheduleCommandTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final RosterFactory F = RosterFactory.eINSTANCE;

    @TempDir
    Path folder;
    private CliRecorder cli;
    private Roster roster;
    private Queue sales;
    private ResourceSet set;

    @BeforeEach
    void plans() throws Exception {
        cli = new CliRecorder(folder);
        set = PlanDocuments.createResourceSet();
        ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
        center.setName("Acme");
        sales = CoreFactory.eINSTANCE.createQueue();
        sales.setName("Sales");
        center.getQueues().add(sales);
        StaffingPlan plan = StaffingPlans.create("Sales week 9", sales, 15, MONDAY, MONDAY.plusDays(6));
        plan.setAhtSeconds(240);
        for (StaffingInterval row : plan.getIntervals()) {
            LocalTime time = row.getStart().toLocalTime();
            boolean open = !time.isBefore(LocalTime.of(9, 0)) && time.isBefore(LocalTime.of(17, 0));
            row.setBaseline(open ? 6 : 0); // 6 calls of 4 minutes a quarter hour: 1.6 erlangs, 3 agents
        }
        roster = F.createRoster();
        roster.setName("Sales roster");
        roster.setRules(F.createRosterRules());
        ShiftTemplate day = F.createShiftTemplate();
        day.setName("Day");
        day.setEarliestStart(LocalTime.of(8, 0));
        day.setLatestStart(LocalTime.of(10, 0));
        day.getLengthsMinutes().add(480);
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 120, 180, true));
        roster.getShiftTemplates().add(day);
        for (int i = 1; i <= 6; i++) {
            agent("Agent " + i);
        }
        save(center, "acme.center");
        save(plan, "sales.staffing");
        save(roster, "sales.roster");
    }

    private Agent agent(String name) {
        Agent agent = F.createAgent();
        agent.setName(name);
        agent.setMaxHoursPerWeek(40);
        Skill skill = F.createSkill();
        skill.setQueue(sales);
        agent.getSkills().add(skill);
        roster.getAgents().add(agent);
        return agent;
    }

    private void save(org.eclipse.emf.ecore.EObject root, String name) {
        Resource resource = set.createResource(URI.createFileURI(folder.resolve(name).toString()));
        resource.getContents().add(root);
    }

    private void saveAll() throws Exception {
        for (Resource resource : set.getResources()) {
            resource.save(null);
        }
    }

    @Test
    void writesTheScheduleAndTheCoverage() throws Exception {
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-01", "--to", "2027-03-02", "--seconds", "2", "--output",
                "schedule.csv");
        assertEquals(CliContext.OK, code, cli.err());
        List<String> rows = Files.readAllLines(folder.resolve("schedule.csv"), StandardCharsets.UTF_8);
        assertEquals("agent,start,end,activity,queue", rows.get(0));
        long shifts = rows.stream().filter(r -> r.contains(",shift,")).count();
        long breaks = rows.stream().filter(r -> r.contains(",break,")).count();
        assertTrue(shifts >= 6 && shifts <= 12, rows.toString());
        assertEquals(shifts, breaks);
        assertTrue(rows.stream().skip(1).allMatch(r -> r.matches("Agent \\d,2027-03-0[12]T\\d\\d:\\d\\d,"
                + "2027-03-0[12]T\\d\\d:\\d\\d,(shift|break),Sales")), rows.toString());
        assertTrue(cli.out().matches("(?s).*under-coverage: [0-9.]+ agent-intervals, over-coverage: [0-9.]+ "
                + "agent-intervals\\R"), cli.out());
        // six agents on three required heads from 9 to 17: nothing short
        assertTrue(cli.out().contains("under-coverage: 0 agent-intervals"), cli.out());
    }

    @Test
    void savingFeedsTheStaffingPlanWithTheScheduledHeads() throws Exception {
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-01", "--to", "2027-03-01", "--seconds", "2", "--output",
                "schedule.csv", "--save");
        assertEquals(CliContext.OK, code, cli.err());
        assertTrue(cli.out().contains("saved the schedule in sales.roster and "), cli.out());
        List<String> rows = Files.readAllLines(folder.resolve("schedule.csv"), StandardCharsets.UTF_8);
        ResourceSet reread = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(reread, List.of(folder));
        StaffingPlan plan = (StaffingPlan) PlanDocuments.load(reread,
                URI.createFileURI(folder.resolve("sales.staffing").toString())).getContents().get(0);
        Roster saved = (Roster) PlanDocuments.load(reread,
                URI.createFileURI(folder.resolve("sales.roster").toString())).getContents().get(0);
        assertEquals(rows.stream().filter(r -> r.contains(",shift,")).count(), saved.getShifts().size());
        for (StaffingInterval row : plan.getIntervals()) {
            if (!row.getStart().toLocalDate().equals(LocalDate.of(2027, 3, 1))) {
                assertEquals(0, row.getScheduled());
                continue;
            }
            // heads on the phones for the whole quarter hour, counted from the CSV
            java.time.LocalDateTime from = row.getStart();
            java.time.LocalDateTime to = from.plusMinutes(15);
            long working = rows.stream().skip(1).map(r -> r.split(","))
                    .filter(f -> f[3].equals("shift") && !java.time.LocalDateTime.parse(f[1]).isAfter(from)
                            && !java.time.LocalDateTime.parse(f[2]).isBefore(to))
                    .count();
            long away = rows.stream().skip(1).map(r -> r.split(","))
                    .filter(f -> !f[3].equals("shift") && java.time.LocalDateTime.parse(f[1]).isBefore(to)
                            && java.time.LocalDateTime.parse(f[2]).isAfter(from))
                    .count();
            assertEquals(working - away, row.getScheduled(), "at " + from);
        }
        assertSame(saved, plan.getRoster(), "the plan is linked to the roster");
        ScheduledHeads heads = ScheduledHeads.of(plan);
        assertTrue(heads.linked(), heads.problem());
        for (int i = 0; i < plan.getIntervals().size(); i++) {
            assertEquals(plan.getIntervals().get(i).getScheduled(), heads.heads(i), "the schedule gives the heads");
        }
    }

    @Test
    void anAgentWithoutASkillOnTheScheduledQueuesIsNamed() throws Exception {
        Queue billing = CoreFactory.eINSTANCE.createQueue();
        billing.setName("Billing");
        ((ContactCenter) sales.eContainer()).getQueues().add(billing);
        agent("Billing only").getSkills().get(0).setQueue(billing);
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-01", "--to", "2027-03-01", "--seconds", "1", "--output", "s.csv");
        assertEquals(CliContext.OK, code, cli.err());
        assertTrue(cli.err().contains("sales.roster: agent 'Billing only' (agent 7) has no skill on the queues"
                + " scheduled ('Sales'); it gets no shift"), cli.err());
        assertTrue(Files.readAllLines(folder.resolve("s.csv")).stream().noneMatch(r -> r.startsWith("Billing only")));
    }

    @Test
    void withoutOutputTheCsvGoesToStandardOutput() throws Exception {
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-01", "--to", "2027-03-01", "--seconds", "1");
        assertEquals(CliContext.OK, code, cli.err());
        assertTrue(cli.out().startsWith("agent,start,end,activity,queue"), cli.out());
        assertTrue(cli.err().contains("under-coverage: "), cli.err());
    }

    @Test
    void daysOutsideTheStaffingPlanAreNamed() throws Exception {
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-06", "--to", "2027-03-09", "--seconds", "1", "--output", "s.csv");
        assertEquals(CliContext.FAILED, code);
        assertTrue(cli.err().contains("the days 2027-03-06 to 2027-03-09 are outside staffing plan 'Sales week 9'"
                + " (2027-03-01 to 2027-03-07)"), cli.err());
        assertFalse(Files.exists(folder.resolve("s.csv")));
    }

    @Test
    void aRosterThatNamesAnAgentTwiceIsRefused() throws Exception {
        agent("agent 3");
        Agent nobody = agent("Nobody");
        nobody.getSkills().get(0).setQueue(null);
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-01", "--to", "2027-03-01", "--seconds", "1", "--output", "s.csv");
        assertEquals(CliContext.FAILED, code);
        assertTrue(cli.err().contains("agent 'agent 3' (agent 7) is named twice: agent 3 has the same name"),
                cli.err());
        assertTrue(cli.err().contains("agent 'Nobody': skill 1 names no queue"), cli.err());
        assertTrue(cli.err().contains("sales.roster has 2 error(s) (above); nothing scheduled"), cli.err());
        assertFalse(Files.exists(folder.resolve("s.csv")));
    }

    @Test
    void anImpossibleInstanceSaysWhatIsInfeasible() throws Exception {
        Agent ann = roster.getAgents().get(0);
        ann.setMinHoursPerWeek(40);
        ann.setMaxDaysPerWeek(5);
        // 40 hours a week prorated to two days are 11.42 hours, but Agent 1 is away on both days
        ann.getUnavailableDays().add(MONDAY);
        ann.getUnavailableDays().add(MONDAY.plusDays(1));
        saveAll();
        int code = cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing", "--roster",
                "sales.roster", "--from", "2027-03-01", "--to", "2027-03-02", "--seconds", "1", "--output", "s.csv");
        assertEquals(CliContext.FAILED, code);
        assertTrue(cli.err().contains("sales.roster: agent 'Agent 1' is paid 0 h in week 1; contract minimum "
                + "11.42 h for its 2 scheduled days"), cli.err());
        assertTrue(cli.err().contains("no schedule keeps every rule of sales.roster from 2027-03-01 to 2027-03-02"),
                cli.err());
        assertFalse(Files.exists(folder.resolve("s.csv")));
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        saveAll();
        assertEquals(CliContext.USAGE, cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing",
                "--roster", "sales.roster", "--from", "2027-03-02", "--to", "2027-03-01"));
        assertTrue(cli.err().contains("--to 2027-03-01 is before --from 2027-03-02"), cli.err());
        assertEquals(CliContext.USAGE, cli.run("schedule", new ScheduleCommand(), "--staffing", "sales.staffing",
                "--roster", "sales.roster", "--from", "2027-03-01", "--to", "2027-03-01", "--seconds", "0"));
        assertTrue(cli.err().contains("--seconds '0' must be a whole number from 1 to 3600"), cli.err());
    }
}
