package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;
import static tandem.excel.tests.Workbooks.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.model.Weekday;
import tandem.excel.ImportResult;
import tandem.excel.MergePlan;
import tandem.excel.ReferenceScope;
import tandem.excel.SheetCounts;
import tandem.excel.WorkbookExport;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;
import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterFactory;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;
import tandem.roster.model.Skill;
import tandem.roster.model.shifts.Activities;
import tandem.roster.model.shifts.BreakRules;

/** A roster as a workbook: agents with skills, templates with breaks, rules and the schedule, there and back. */
class RosterWorkbookTest {

    private static final RosterFactory F = RosterFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void aRosterExportedAndImportedIsEqualAndReadable() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Roster roster = roster(plans);
        Path workbook = folder.resolve("roster.xlsx");

        List<SheetCounts> written = WorkbookExport.write(roster, layout(), ReferenceScope.of(plans.set), workbook);
        ImportResult read = WorkbookImport.read(workbook, layout(), ReferenceScope.of(plans.set));

        assertEquals(List.of(), read.problems());
        assertTrue(EcoreUtil.equals(roster, read.document()), () -> Differences.between(roster, read.document()));
        assertEquals(written, read.counts());
        assertEquals(List.of("Roster", "Rules", "Agents", "Skills", "Templates", "Breaks", "Schedule", "Activities"),
                written.stream().map(SheetCounts::sheet).toList());
        assertEquals(List.of(1, 1, 2, 3, 1, 2, 2, 3), written.stream().map(SheetCounts::rows).toList());
        assertEquals(List.of(), WorkbookImport.validate(read));

        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet agents = excel.getSheet("Agents");
            assertEquals("Team Blue", text(agents, 1, "team"));
            assertEquals("saturday; sunday", text(agents, 1, "preferred_days_off"));
            assertEquals(40d, agents.getRow(1).getCell(Workbooks.column(agents, "max_hours")).getNumericCellValue());
            Sheet skills = excel.getSheet("Skills");
            assertEquals("Ana", text(skills, 1, "agent"));
            assertEquals("Sales", text(skills, 1, "queue"));
            Sheet schedule = excel.getSheet("Schedule");
            assertEquals("Ana", text(schedule, 1, "agent"));
            assertEquals("Day", text(schedule, 1, "template"));
            assertEquals(LocalDateTime.of(2026, 3, 9, 8, 0), schedule.getRow(1)
                    .getCell(Workbooks.column(schedule, "start")).getLocalDateTimeCellValue());
            Sheet activities = excel.getSheet("Activities");
            assertEquals("shift-ana-0309", text(activities, 1, "shift"));
            assertEquals("training", text(activities, 1, "kind"));
            assertEquals("Spring training", text(excel.getSheet("Roster"), 1, "training_plans"));
        }
    }

    @Test
    void theExampleProjectsRosterSurvivesATripThroughExcel() throws Exception {
        Path example = folder.resolve("example");
        tandem.samples.SamplePlans.writeTo(example);
        org.eclipse.emf.ecore.resource.ResourceSet set = tandem.core.documents.PlanDocuments.createResourceSet();
        for (Path file : tandem.core.documents.PlanFiles.find(List.of(example))) {
            URI uri = URI.createFileURI(file.toAbsolutePath().toString());
            if (set.getResource(uri, false) == null) {
                tandem.core.documents.PlanDocuments.load(set, uri);
            }
        }
        Roster roster = set.getResources().stream().map(r -> r.getContents().get(0)).filter(Roster.class::isInstance)
                .map(Roster.class::cast).findFirst().orElseThrow();
        Path workbook = folder.resolve("meadowlark-roster.xlsx");

        List<SheetCounts> written = WorkbookExport.write(roster, layout(), ReferenceScope.of(set), workbook);
        ImportResult read = WorkbookImport.read(workbook, layout(), ReferenceScope.of(set));

        assertEquals(List.of(), read.problems());
        assertTrue(EcoreUtil.equals(roster, read.document()), () -> Differences.between(roster, read.document()));
        assertEquals(List.of(), WorkbookImport.validate(read));
        assertEquals(180, written.get(2).rows(), "agents");
        assertEquals(roster.getShifts().size(), written.get(6).rows(), "shifts");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet activities = excel.getSheet("Activities");
            long huddle = 0;
            for (int r = 1; r <= activities.getLastRowNum(); r++) {
                if ("training".equals(text(activities, r, "kind"))
                        && "Easter Flash Sale huddle".equals(text(activities, r, "name"))) {
                    huddle++;
                }
            }
            assertEquals(70, huddle, "the huddle's training rows");
        }
    }

    @Test
    void badCellsAreNamedBySheetAndCellAndNothingIsRead() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = Workbooks.write(folder.resolve("bad.xlsx"), wb -> {
            sheet(wb, "Roster", row("name", "interval_minutes"), row("Spring", 15));
            sheet(wb, "Agents",
                    row("id", "name", "team", "min_hours", "max_days", "unavailable_days", "preferred_days_off"),
                    row("agent-a", "Ana", "Team Red", 30, 5, "2026-03-12", "saturday"),
                    row("agent-b", "Ben", null, "lots", 4.5, "soon", "caturday"));
            sheet(wb, "Skills",
                    row("agent", "queue", "priority"),
                    row("Ana", "Sales", 1),
                    row("Ana", "Sales", 2),
                    row("Carl", "Billing", 1));
            sheet(wb, "Schedule",
                    row("id", "agent", "start", "length_minutes", "pinned"),
                    row("shift-1", "Ana", "2026-03-09 25:00", 510, "maybe"));
            sheet(wb, "Activities",
                    row("shift", "kind", "start", "length_minutes"),
                    row("shift-1", "nap", "2026-03-09 10:00", 15));
        });

        ImportResult read = WorkbookImport.read(workbook, layout(), ReferenceScope.of(plans.set));

        List<String> problems = read.problems().stream().map(WorkbookProblem::toString).toList();
        assertFalse(read.succeeded());
        for (String expected : List.of(
                "Agents!D3: 'lots' is not a number",
                "Agents!E3: '4.5' is not a whole number",
                "Agents!F3: 'soon' is not a date",
                "Agents!C2: unknown team 'Team Red'",
                "Skills!B3: duplicate queue 'Sales' (row 2 has it too)",
                "Skills!A4: unknown agent 'Carl'",
                "Schedule!C2: '2026-03-09 25:00' is not a date and time",
                "Schedule!E2: 'maybe' is not yes or no")) {
            assertTrue(problems.contains(expected), () -> expected + " in " + problems);
        }
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Agents!G3: 'caturday' is not a weekday")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Activities!B2: 'nap' is not an activity kind")),
                problems::toString);
    }

    @Test
    void aWorkbookWithAProblemChangesNothingAndAGoodOneIsOneUndoableChange() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Roster roster = roster(plans);
        Path workbook = folder.resolve("roster.xlsx");
        WorkbookExport.write(roster, layout(), ReferenceScope.of(plans.set), workbook);
        EObject before = EcoreUtil.copy(roster);

        Workbooks.edit(workbook, wb -> {
            Sheet agents = wb.getSheet("Agents");
            agents.getRow(1).getCell(Workbooks.column(agents, "max_hours")).setCellValue(35);
            Sheet schedule = wb.getSheet("Schedule");
            schedule.getRow(2).getCell(Workbooks.column(schedule, "queue")).setCellValue("Nowhere");
        });
        ImportResult bad = WorkbookImport.read(workbook, layout(), ReferenceScope.of(plans.set));
        assertEquals(List.of("Schedule!E3: unknown queue 'Nowhere'"),
                bad.problems().stream().map(WorkbookProblem::toString).toList());
        assertTrue(EcoreUtil.equals(before, roster), "a failed import changes nothing");

        Workbooks.edit(workbook, wb -> {
            Sheet schedule = wb.getSheet("Schedule");
            schedule.getRow(2).getCell(Workbooks.column(schedule, "queue")).setCellValue("Billing");
        });
        MergePlan merge = WorkbookImport.merge(WorkbookImport.read(workbook, layout(), ReferenceScope.of(plans.set)),
                roster);
        assertEquals(List.of(), merge.problems());
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(merge.command("Import roster.xlsx"));
        assertEquals(35d, roster.getAgents().get(0).getMaxHoursPerWeek());
        assertEquals(2, roster.getShifts().size());
        stack.undo();
        assertTrue(EcoreUtil.equals(before, roster), () -> Differences.between(before, roster));
    }

    @Test
    void theRosterRulesOfTheModelApplyToAnImport() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = Workbooks.write(folder.resolve("rules.xlsx"), wb -> {
            sheet(wb, "Roster", row("name"), row("Spring"));
            sheet(wb, "Agents", row("name", "min_hours", "max_hours"), row("Cleo", 30, 40), row("Dev", 30, 40));
            sheet(wb, "Skills", row("agent", "queue"), row("Dev", "Billing"));
        });

        ImportResult read = WorkbookImport.read(workbook, layout(), ReferenceScope.of(plans.set));
        assertEquals(List.of(), read.problems());
        List<String> errors = WorkbookImport.validate(read).stream().map(WorkbookProblem::toString).toList();

        assertTrue(errors.stream().anyMatch(e -> e.startsWith("Agents!") && e.contains("Cleo")
                && e.contains("has no skills")), errors::toString);
        assertFalse(errors.stream().anyMatch(e -> e.contains("'Dev' has no skills")), errors::toString);
    }

    private static String text(Sheet sheet, int row, String column) {
        org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(row).getCell(Workbooks.column(sheet, column));
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static WorkbookLayout layout() {
        return WorkbookLayouts.forFileExtension("roster").orElseThrow();
    }

    /** Two agents (one with a team, time off and preferences), a day template and a day of their schedule. */
    private Roster roster(SamplePlans plans) {
        Roster roster = F.createRoster();
        roster.setId("roster-spring");
        roster.setName("Spring roster");
        roster.getTrainingPlans().add(plans.training);
        RosterRules rules = F.createRosterRules();
        rules.setMinRestHours(12);
        rules.setMaxConsecutiveDays(5);
        roster.setRules(rules);

        ShiftTemplate day = F.createShiftTemplate();
        day.setId("template-day");
        day.setName("Day");
        day.setEarliestStart(LocalTime.of(7, 0));
        day.setLatestStart(LocalTime.of(12, 0));
        day.getLengthsMinutes().addAll(List.of(480, 510));
        day.getDays().addAll(List.of(Weekday.MONDAY, Weekday.TUESDAY));
        day.getBreaks().add(BreakRules.of(ActivityKind.BREAK, 15, 60, 120, true));
        day.getBreaks().add(BreakRules.of(ActivityKind.LUNCH, 30, 180, 240, false));
        roster.getShiftTemplates().add(day);

        Agent ana = agent("agent-ana", "Ana");
        ana.setTeam(plans.center.getTeams().get(0));
        ana.getSkills().add(skill(plans, "Sales", 1));
        ana.getSkills().add(skill(plans, "Billing", 2));
        ana.setMinHoursPerWeek(30);
        ana.setMaxHoursPerWeek(40);
        ana.setEarliestStart(LocalTime.of(7, 30));
        ana.setLatestEnd(LocalTime.of(19, 0));
        ana.getUnavailableDays().add(LocalDate.of(2026, 3, 12));
        ana.getPreferredDaysOff().addAll(List.of(Weekday.SATURDAY, Weekday.SUNDAY));
        Agent ben = agent("agent-ben", "Ben");
        ben.getSkills().add(skill(plans, "Billing", 1));
        ben.setMaxDaysPerWeek(4);
        roster.getAgents().addAll(List.of(ana, ben));

        Shift anaShift = shift("shift-ana-0309", ana, LocalDateTime.of(2026, 3, 9, 8, 0), plans, "Sales", day);
        anaShift.setPinned(true);
        anaShift.getActivities().add(activity(ActivityKind.TRAINING, "Switch & Save briefing",
                LocalDateTime.of(2026, 3, 9, 8, 0), 60));
        anaShift.getActivities().add(activity(ActivityKind.BREAK, null, LocalDateTime.of(2026, 3, 9, 10, 0), 15));
        anaShift.getActivities().add(activity(ActivityKind.LUNCH, null, LocalDateTime.of(2026, 3, 9, 12, 0), 30));
        Shift benShift = shift("shift-ben-0309", ben, LocalDateTime.of(2026, 3, 9, 9, 30), plans, "Billing", day);
        roster.getShifts().addAll(List.of(anaShift, benShift));
        plans.set.createResource(URI.createFileURI(folder.resolve("spring.roster").toString())).getContents()
                .add(roster);
        return roster;
    }

    private static Agent agent(String id, String name) {
        Agent agent = F.createAgent();
        agent.setId(id);
        agent.setName(name);
        return agent;
    }

    private static Skill skill(SamplePlans plans, String queue, int priority) {
        Skill skill = F.createSkill();
        skill.setQueue(plans.queue(queue));
        skill.setPriority(priority);
        return skill;
    }


    private static Shift shift(String id, Agent agent, LocalDateTime start, SamplePlans plans, String queue,
            ShiftTemplate template) {
        Shift shift = F.createShift();
        shift.setId(id);
        shift.setAgent(agent);
        shift.setStart(start);
        shift.setLengthMinutes(510);
        shift.setQueue(plans.queue(queue));
        shift.setTemplate(template);
        return shift;
    }

    private static Activity activity(ActivityKind kind, String name, LocalDateTime start, int minutes) {
        return Activities.of(kind, name, start, minutes);
    }
}
