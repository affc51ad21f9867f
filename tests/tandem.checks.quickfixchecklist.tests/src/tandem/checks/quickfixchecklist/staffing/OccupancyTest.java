package tandem.checks.quickfixchecklist.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;

import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.Ids;
import tandem.test.support.checks.CheckOracle;

/**
 * quickfix.staffing-occupancy: the scheduled agents are not predicted to be busier than the plan's occupancy cap.
 * 10 Erlangs on 11 agents are 91% busy; on 10 agents the queue cannot keep up (100%); on 14 agents 71%.
 */
class OccupancyTest {

    private static final String RULE = "quickfix.staffing-occupancy";

    private final PlanData data = new PlanData();
    private final CheckOracle oracle = new CheckOracle(data.set);

    @Test
    void intervalsOverTheCapAreCountedInOneFindingPerPlan() {
        // 16 heads keep 11 agents on the phones after 30% shrinkage, 15 heads 10; nobody at 09:30 is not counted.
        data.schedule(16, 15, 20, 0);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Staffing plan 'Billing 2027': in 2 of its 48 intervals the scheduled agents are predicted to be"
                + " busier than the 85% occupancy cap (up to 100%), the first on 2027-03-03 at 08:00.",
                finding.message());
        assertSame(data.plan, finding.element());
        assertEquals("quickfix", finding.checklistId());
        assertEquals("2", finding.data().get(OccupancyCheck.INTERVALS));
        assertTrue(Checklists.quickFixLabels(finding).isEmpty(), "the planner decides where the agents come from");

        data.schedule(20, 16);
        assertEquals("Staffing plan 'Billing 2027': in 1 of its 48 intervals the scheduled agents are predicted to be"
                + " busier than the 85% occupancy cap (up to 90.9%), the first on 2027-03-03 at 08:30.",
                oracle.run(RULE).get(0).message());
    }

    @Test
    void aScheduleWithinTheCapPassesAndAPlanWithoutCapIsNotChecked() {
        assertTrue(oracle.run(RULE).isEmpty(), "20 heads keep 14 agents 71% busy");

        data.schedule(15, 15, 15, 15);
        assertEquals(1, oracle.run(RULE).size());
        data.plan.setOccupancyCap(1);
        assertTrue(oracle.run(RULE).isEmpty(), "an occupancy cap of 100% is no cap");
    }

    /** A calendar the plan links, in its own document, with one campaign for Billing. */
    private Campaign linkedCampaign() {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring");
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName("Upgrade");
        campaign.getQueues().add(data.billing);
        calendar.getCampaigns().add(campaign);
        data.set.createResource(URI.createFileURI("/plans/spring.campaigns")).getContents().add(calendar);
        Ids.assignMissing(calendar.eResource());
        data.plan.getCampaignCalendars().add(calendar);
        return campaign;
    }

    private static Drop drop(Campaign campaign, DropKind kind, long audience) {
        Drop drop = CampaignFactory.eINSTANCE.createDrop();
        drop.setName(kind.getLiteral());
        drop.setKind(kind);
        drop.setDate(PlanData.DAY);
        drop.setAudienceSize(audience);
        drop.setResponseRate(0.02);
        campaign.getDrops().add(drop);
        return drop;
    }

    @Test
    void agentsBusyWithAnOutboundWaveOfALinkedCalendarAreBusy() {
        // 2,000 dials × 25% × 306 s over 08:00-10:00: 21.25 agents busy dialling in each half hour, more than the 14
        // that 20 heads keep on the phones, who also have 10 Erlangs of calls.
        Drop wave = drop(linkedCampaign(), DropKind.OUTBOUND_WAVE, 2_000);
        wave.setConnectRate(0.25);
        wave.setOutboundAhtSeconds(306);
        wave.setTime(LocalTime.of(8, 0));
        wave.setDiallingEnd(LocalTime.of(10, 0));
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("in 4 of its 48 intervals"), findings.get(0).message());

        // 49 heads keep 34 agents: 25 for the wave (21.25 busy) leave 9 for 10 Erlangs of calls: all busy, 89%.
        data.schedule(49, 49, 49, 49);
        assertTrue(oracle.run(RULE).get(0).message().contains("(up to 89%)"), oracle.run(RULE).toString());
        // 56 heads keep 39 agents: 25 for the wave leave 14 for the calls (10 busy): 31.25 of 39 busy, 80%.
        data.schedule(56, 56, 56, 56);
        assertTrue(oracle.run(RULE).isEmpty(), oracle.run(RULE).toString());
    }

    @Test
    void contactsAnInboundDropOfALinkedCalendarBringsCount() {
        // 192,000 × 2% = 3,840 contacts over the day's 48 half hours (the queue has no opening hours): 80 more in
        // each, so the busy half hours have 18 Erlangs for 14 agents, who were 71% busy with the plan's own calls.
        drop(linkedCampaign(), DropKind.MAIL, 192_000);
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("in 4 of its 48 intervals"), findings.get(0).message());
        data.plan.getCampaignCalendars().clear();
        assertTrue(oracle.run(RULE).isEmpty(), "without the calendar, the plan's own calls only");
    }
}
