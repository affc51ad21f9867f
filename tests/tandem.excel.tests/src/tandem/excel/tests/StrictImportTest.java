package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;
import static tandem.excel.tests.Workbooks.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.excel.ImportOptions;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayouts;
import tandem.excel.WorkbookProblem;

/** Import refuses what would corrupt a plan, and says where, all problems at once. */
class StrictImportTest {

    @TempDir
    Path folder;

    @Test
    void everyProblemIsReportedWithSheetCellAndReason() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        EObject before = EcoreUtil.copy(plans.calendar);
        Path workbook = Workbooks.write(folder.resolve("campaigns.xlsx"), wb -> {
            sheet(wb, "Campaigns",
                    row("id", "name", "start_date", "queues", "channels"),
                    row("campaign-1", "Spring", "2026-13-01", "Billing East", "mail"),
                    row("campaign-1", "Summer", "2026-06-01", "Billing", "fax"),
                    row(null, null, "2026-07-01"));
            sheet(wb, "Drops",
                    row("campaign", "name", "audience_size"),
                    row("Spring", "Letter", "lots"),
                    row("Winter", "Flyer", 5));
        });

        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("campaigns")
                .orElseThrow(), ReferenceScope.of(plans.set));

        List<String> problems = read.problems().stream().map(WorkbookProblem::toString).toList();
        assertEquals(List.of(
                "Campaigns!C2: '2026-13-01' is not a date",
                "Campaigns!A3: duplicate id 'campaign-1' (Campaigns!A2 has it too)",
                "Campaigns!E3: 'fax' is not a drop kind (one of mail, email blast, banner, tv, radio, print, social, "
                        + "sms, outbound wave)",
                "Campaigns!B4: name is required",
                "Drops: missing required column 'date'",
                "Drops!C2: 'lots' is not a number",
                "Drops!A3: unknown campaign 'Winter'",
                "Campaigns!D2: unknown queue 'Billing East'"), problems);
        assertFalse(read.succeeded());
        assertTrue(EcoreUtil.equals(before, plans.calendar), "reading never touches an existing document");
    }

    @Test
    void theWrongKindOfValueIsAProblemForEveryKindOfColumn() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = Workbooks.write(folder.resolve("center.xlsx"), wb -> {
            sheet(wb, "Queues",
                    row("name", "channel", "opening_hours"),
                    row("Billing", "fax", "Office hours"),
                    row("Sales", "chat", "Night hours"));
            sheet(wb, "Teams",
                    row("name", "headcount", "queues"),
                    row("Red", 12.5, "Billing; Sales"),
                    row("Green", "twelve", "Nobody"));
            sheet(wb, "Opening hours",
                    row("name"),
                    row("Office hours"));
            sheet(wb, "Weekly hours",
                    row("opening_hours", "day", "opens", "closes"),
                    row("Office hours", "monday", "8:00", "25:00"),
                    row("Office hours", "monday", "08:00", true));
            sheet(wb, "Hours exceptions",
                    row("opening_hours", "date", "closed"),
                    row("Office hours", 45000, "maybe"));
        });

        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("center")
                .orElseThrow(), ReferenceScope.EMPTY);

        assertEquals(List.of(
                "Queues!B2: 'fax' is not a channel (one of phone, chat, email, social, sms)",
                "Weekly hours!D2: '25:00' is not a time of day",
                "Weekly hours!D3: 'TRUE' is not a time of day",
                "Weekly hours!B3: duplicate day and opens monday 08:00 (row 2 has it too)",
                "Hours exceptions!B2: '45000' is not a date",
                "Hours exceptions!C2: 'maybe' is not yes or no",
                "Teams!B2: '12.5' is not a whole number",
                "Teams!B3: 'twelve' is not a number",
                "Queues!C3: unknown opening hours 'Night hours'",
                "Teams!C3: unknown queue 'Nobody'"),
                read.problems().stream().map(WorkbookProblem::toString).toList());
    }

    @Test
    void problemsBeyondTheLimitAreCounted() throws IOException {
        Path workbook = Workbooks.write(folder.resolve("teams.xlsx"), wb -> sheet(wb, "Teams",
                row("name", "headcount"), row("A", "x"), row("B", "y"), row("C", "z")));

        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("center").orElseThrow(),
                ReferenceScope.EMPTY, new ImportOptions(1000, 2));

        assertEquals(List.of("Teams!B2: 'x' is not a number", "Teams!B3: 'y' is not a number",
                "... and 1 more problem(s)"), read.problems().stream().map(WorkbookProblem::toString).toList());
    }
}
