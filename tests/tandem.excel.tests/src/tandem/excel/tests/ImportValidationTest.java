package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;
import static tandem.excel.tests.Workbooks.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.cli.CliContext;
import tandem.excel.ImportResult;
import tandem.excel.MergePlan;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;

/** An import refuses, by sheet and cell, every value the models' own validation rejects. */
class ImportValidationTest {

    @TempDir
    Path folder;

    private static List<String> texts(List<WorkbookProblem> problems) {
        return problems.stream().map(WorkbookProblem::toString).toList();
    }

    @Test
    void aNewSetupWithANegativeHeadcountOrAnUnknownTimeZoneIsRefusedAtTheCell() throws IOException {
        Path workbook = Workbooks.write(folder.resolve("center.xlsx"), wb -> {
            sheet(wb, "Center", row("name", "time_zone"), row("Acme", "Mars/Olympus"));
            sheet(wb, "Teams", row("name", "headcount"), row("Red", 12), row("Blue", -3));
        });
        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("center").orElseThrow(),
                ReferenceScope.EMPTY);
        assertTrue(read.succeeded(), read.problems()::toString);

        List<String> problems = texts(WorkbookImport.validate(read));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Center!B2: ") && p.contains("Mars/Olympus")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Teams!B3: ") && p.contains("-3")),
                problems::toString);

        Cli cli = new Cli(folder);
        assertEquals(CliContext.FAILED, cli.importWorkbook("center.xlsx", "new.center"));
        assertTrue(cli.err().contains("Teams!B3: "), cli.err());
        assertFalse(Files.exists(folder.resolve("new.center")), "nothing is written");
    }

    @Test
    void aNewCampaignCalendarWithImpossibleValuesIsRefused() throws IOException {
        new SamplePlans(folder).save();
        Workbooks.write(folder.resolve("campaigns.xlsx"), wb -> {
            sheet(wb, "Campaigns", row("id", "name", "start_date", "end_date"),
                    row("campaign-9", "Autumn", "2026-10-31", "2026-10-01"));
            sheet(wb, "Drops", row("campaign", "name", "date", "audience_size", "response_rate"),
                    row("Autumn", "Letter", "2026-10-15", -5000, 7.5));
        });
        Cli cli = new Cli(folder);
        assertEquals(CliContext.FAILED, cli.importWorkbook("campaigns.xlsx", "autumn.campaigns"), cli::out);
        String err = cli.err();
        assertTrue(err.contains("Campaigns!D2: "), err);
        assertTrue(err.contains("Drops!D2: "), err);
        assertTrue(err.contains("Drops!E2: "), err);
        assertFalse(Files.exists(folder.resolve("autumn.campaigns")));
    }

    @Test
    void aMergeIsValidatedAsMergedAndRefusedWithoutChangingThePlan() throws IOException {
        SamplePlans plans = new SamplePlans(folder).save();
        String before = Files.readString(plans.file(plans.staffing));
        Path workbook = Workbooks.write(folder.resolve("staffing.xlsx"), wb -> {
            sheet(wb, "Plan", row("shrinkage"), row(1));
            sheet(wb, "Intervals", row("start", "baseline", "scheduled", "aht_seconds"),
                    row("2026-03-02T08:00", 12, 3, 0),
                    row("2026-03-02T08:15", -7, -2, null),
                    row("2031-01-01T08:00", 1, 1, null));
        });
        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("staffing")
                .orElseThrow(), ReferenceScope.of(plans.set));
        assertTrue(read.succeeded(), read.problems()::toString);
        EObject copy = EcoreUtil.copy(plans.staffing);

        MergePlan merge = WorkbookImport.merge(read, plans.staffing);
        List<String> problems = texts(merge.problems());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Plan!A2: ") && p.contains("shrinkage")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Intervals!D2: ")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Intervals!B3: ")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Intervals!C3: ")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Intervals!A4: ") && p.contains("outside")),
                problems::toString);
        assertTrue(EcoreUtil.equals(copy, plans.staffing), "planning the merge leaves the plan as it was");

        Cli cli = new Cli(folder);
        assertEquals(CliContext.FAILED, cli.importWorkbook("staffing.xlsx", "billing.staffing", "--into"));
        assertTrue(cli.err().contains("Intervals!B3: "), cli.err());
        assertEquals(before, Files.readString(plans.file(plans.staffing)), "the plan file is unchanged");
    }

    @Test
    void aValidMergeStillGoesThrough() throws IOException {
        SamplePlans plans = new SamplePlans(folder).save();
        Workbooks.write(folder.resolve("staffing.xlsx"), wb -> sheet(wb, "Intervals",
                row("start", "baseline"), row("2026-03-02T08:00", 12), row("2026-03-02T09:00", 5)));
        Cli cli = new Cli(folder);
        assertEquals(CliContext.OK, cli.importWorkbook("staffing.xlsx", "billing.staffing", "--into"), cli::err);
        assertTrue(Files.readString(plans.file(plans.staffing)).contains("2026-03-02T09:00"));
    }

    @Test
    void aControlCharacterInACellIsNamedByItsCell() throws IOException {
        Path workbook = Workbooks.write(folder.resolve("center.xlsx"), wb -> sheet(wb, "Teams", row("name", "lead"),
                row("Red", "Annie")));
        // Excel writes a control character in a cell as _x001B_ (XML cannot hold it as it is).
        Workbooks.patch(workbook, "xl/sharedStrings.xml", xml -> xml.replace("Annie", "Ann_x001B_ie"));
        Cli cli = new Cli(folder);
        assertEquals(CliContext.FAILED, cli.importWorkbook("center.xlsx", "new.center"), () -> cli.out() + cli.err()
                + (Files.exists(folder.resolve("new.center")) ? readQuietly(folder.resolve("new.center")) : ""));
        assertTrue(cli.err().contains("Teams!B2: holds the control character U+001B"), cli.err());
        assertEquals(2, cli.err().lines().count(), cli.err());
        assertFalse(Files.exists(folder.resolve("new.center")));
    }

    @Test
    void invalidRowsBeyondTheProblemLimitAreCountedNotListed() throws IOException {
        Path workbook = Workbooks.write(folder.resolve("center.xlsx"), wb -> sheet(wb, "Teams",
                row("name", "headcount"), row("A", -1), row("B", -2), row("C", -3), row("D", -4)));
        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("center").orElseThrow(),
                ReferenceScope.EMPTY, new tandem.excel.ImportOptions(1000, 2));
        List<String> problems = texts(WorkbookImport.validate(read));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("Teams!B2: "), problems::toString);
        assertTrue(problems.get(1).startsWith("Teams!B3: "), problems::toString);
        assertEquals("... and 2 more problem(s)", problems.get(2));
    }

    @Test
    void anExportIntoALinkToThePlanIsRefusedAndThePlanKept() throws IOException {
        SamplePlans plans = new SamplePlans(folder).save();
        Path plan = plans.file(plans.calendar);
        String before = Files.readString(plan);
        Files.createSymbolicLink(folder.resolve("out.xlsx"), plan);
        Cli cli = new Cli(folder);
        assertEquals(CliContext.USAGE, cli.export(plan.getFileName().toString(), "out.xlsx"));
        assertTrue(cli.err().contains("must not be the plan file"), cli.err());
        assertEquals(before, Files.readString(plan));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).replace("\u001B", "<ESC>");
        } catch (IOException e) {
            return e.toString();
        }
    }
}
