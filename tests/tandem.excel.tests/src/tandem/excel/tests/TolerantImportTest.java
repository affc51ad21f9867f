package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.excel.tests.Workbooks.row;
import static tandem.excel.tests.Workbooks.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.core.model.Channel;
import tandem.excel.ImportResult;
import tandem.excel.ReferenceScope;
import tandem.excel.WorkbookImport;
import tandem.excel.WorkbookLayouts;
import tandem.staffing.model.StaffingPlan;

/** Import forgives what planners do to spreadsheets and still reads the right values. */
class TolerantImportTest {

    @TempDir
    Path folder;

    @Test
    void extraColumnsAnyColumnOrderLooseHeadersTextDatesTextNumbersAndBlankRows() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = Workbooks.write(folder.resolve("typed.xlsx"), wb -> {
            sheet(wb, "campaigns",
                    row("Notes", "Start Date", "NAME", "queues", "Campaign-Code", "channels"),
                    row("ask Dana", "2026-03-02", "Switch & Save", "billing; Sales", 2026, "Mail;  Email Blast"),
                    row(null, LocalDate.of(2026, 5, 1), "Loyalty"),
                    row(),
                    row("", " ", null));
            sheet(wb, "Drops",
                    row("campaign", "name", "date", "time", "audience size", "response_rate", "daily_shares",
                            "kind"),
                    row("Switch & Save", "Letter", "2026-03-02", "9:30", "250000", "2%", "0.5; 0.5", "outbound wave"),
                    row("Loyalty", "Mail", LocalDate.of(2026, 5, 4), LocalTime.of(8, 0), 1000.0, 0.015, 1, "MAIL"));
            sheet(wb, "Channel shares",
                    row("drop", "channel", "share"),
                    row("Letter", "phone", "100%"));
        });

        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("campaigns")
                .orElseThrow(), ReferenceScope.of(plans.set));

        assertEquals(List.of(), read.problems());
        CampaignCalendar calendar = (CampaignCalendar) read.document();
        assertEquals(2, calendar.getCampaigns().size(), "blank rows at the end are no campaigns");
        Campaign save = calendar.getCampaigns().get(0);
        assertEquals(LocalDate.of(2026, 3, 2), save.getStartDate(), "ISO date typed as text");
        assertEquals("2026", save.getCampaignCode(), "a number in a text column is its text");
        assertEquals(List.of(plans.queue("Billing"), plans.queue("Sales")), save.getQueues(),
                "queues by name, whatever the case");
        assertEquals(List.of(DropKind.MAIL, DropKind.EMAIL_BLAST), save.getChannels());
        assertNull(save.getId(), "no id column: new elements");
        Drop letter = save.getDrops().get(0);
        assertEquals(LocalTime.of(9, 30), letter.getTime(), "time typed without leading zero");
        assertEquals(250_000L, letter.getAudienceSize(), "number stored as text");
        assertEquals(0.02, letter.getResponseRate(), 1e-12, "percentage typed as text");
        assertEquals(List.of(0.5, 0.5), letter.getDailyShares());
        assertEquals(DropKind.OUTBOUND_WAVE, letter.getKind(), "readable enumeration name");
        assertEquals(Channel.PHONE, letter.getChannelShares().get(0).getChannel());
        assertEquals(1.0, letter.getChannelShares().get(0).getShare(), 1e-12);
        Drop mail = calendar.getCampaigns().get(1).getDrops().get(0);
        assertEquals(LocalDate.of(2026, 5, 4), mail.getDate(), "a real Excel date in any display format");
        assertEquals(LocalTime.of(8, 0), mail.getTime());
        assertEquals(1000L, mail.getAudienceSize(), "a whole number stored as a decimal");
        assertEquals(DropKind.MAIL, mail.getKind(), "enumeration names in any case");
        assertEquals(List.of(1.0), mail.getDailyShares(), "a single number in a list column");
    }

    @Test
    void theHeaderMayStartBelowBlankRowsAndSheetNamesIgnoreCase() throws IOException {
        SamplePlans plans = new SamplePlans(folder);
        Path workbook = Workbooks.write(folder.resolve("plan.xlsx"), wb -> {
            sheet(wb, "PLAN",
                    row(),
                    row("name", "queue", "aht_seconds", "service_level_share", "campaign_calendars"),
                    row("Billing April", "queue-billing", "210", 0.85, "Spring 2026"));
            sheet(wb, "intervals",
                    row("start", "baseline", "scheduled"),
                    row(LocalDateTime.of(2026, 4, 1, 8, 0), 12.5, 3),
                    row("2026-04-01T08:15", "13", "4"),
                    row("2026-04-01 08:30", 14, null));
        });

        ImportResult read = WorkbookImport.read(workbook, WorkbookLayouts.forFileExtension("staffing")
                .orElseThrow(), ReferenceScope.of(plans.set));

        assertEquals(List.of(), read.problems());
        StaffingPlan plan = (StaffingPlan) read.document();
        assertEquals("Billing April", plan.getName());
        assertEquals(plans.queue("Billing"), plan.getQueue(), "queue by id");
        assertEquals(List.of(plans.calendar), plan.getCampaignCalendars(), "calendar by name");
        assertEquals(210.0, plan.getAhtSeconds(), 1e-12);
        assertEquals(3, plan.getIntervals().size());
        assertEquals(LocalDateTime.of(2026, 4, 1, 8, 15), plan.getIntervals().get(1).getStart());
        assertEquals(LocalDateTime.of(2026, 4, 1, 8, 30), plan.getIntervals().get(2).getStart());
        assertEquals(4, plan.getIntervals().get(1).getScheduled());
        assertEquals(0, plan.getIntervals().get(2).getScheduled(), "a blank cell leaves the default");
        assertTrue(plan.getIntervals().stream().allMatch(i -> i.getAhtSeconds() == null));
    }
}
