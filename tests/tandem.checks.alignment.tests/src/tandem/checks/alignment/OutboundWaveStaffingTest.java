package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.checks.Finding;
import tandem.core.model.Channel;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingPlan;
import tandem.test.support.checks.CheckOracle;

/**
 * alignment.staffing-covers-lift sees outbound waves: 2,000 dials × 25% connected × 306 s over the four open half
 * hours of Billing (08:00-10:00) are 38,250 agent seconds each, 25 agents at the 85% occupancy target; with the 60
 * calls of each half hour (which need 9 agents, 13 heads, alone) that is 34 agents, 49 heads at 30% shrinkage.
 */
class OutboundWaveStaffingTest {

    private static final String RULE = "alignment.staffing-covers-lift";
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);

    private final StaffingData data = new StaffingData();
    private final CheckOracle oracle = new CheckOracle(data.plans.set);
    private final Campaign upgrade = data.plans.campaign("Upgrade calls", WEDNESDAY, WEDNESDAY.plusDays(30));

    OutboundWaveStaffingTest() {
        upgrade.getQueues().add(data.billing);
    }

    private Drop wave() {
        Drop wave = data.plans.drop(upgrade, "Upgrade wave", WEDNESDAY, 2_000, 0.05);
        wave.setKind(DropKind.OUTBOUND_WAVE);
        wave.setConnectRate(0.25);
        wave.setOutboundAhtSeconds(306);
        wave.setTime(LocalTime.of(8, 0));
        wave.setDiallingEnd(LocalTime.of(10, 0));
        return wave;
    }

    @Test
    void scheduledHeadsThatDoNotCoverTheOutboundWorkAreAFindingAndTheFixRaisesThemToTheRequired() {
        StaffingPlan billing = data.billingPlan(WEDNESDAY, WEDNESDAY);
        wave();
        data.schedule(billing, WEDNESDAY, 49, 49, 40, 49);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("Staffing plan 'Billing 2027': on 2027-03-03, the interval from 09:00 to 09:30 is short by 9"
                + " heads while campaign 'Upgrade calls' lifts contacts for queue 'Billing'.",
                findings.get(0).message());
        assertSame(billing, findings.get(0).element());
        oracle.apply(findings.get(0), RULE + ".raise");
        assertEquals(List.of(49, 49, 49, 49), data.scheduled(billing, WEDNESDAY));
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void aScheduleThatCoversTheCallsButNotTheWaveIsShort() {
        StaffingPlan billing = data.billingPlan(WEDNESDAY, WEDNESDAY);
        wave();
        data.schedule(billing, WEDNESDAY, 13, 13, 13, 13);
        assertEquals(1, oracle.run(RULE).size(), "each half hour is short by 36 heads");

        data.schedule(billing, WEDNESDAY, 49, 49, 49, 49);
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void aWaveOnAQueueWithoutAStaffingPlanIsAFinding() {
        Drop wave = wave();
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertSame(wave, findings.get(0).element());
        assertEquals("Campaign 'Upgrade calls': the outbound wave 'Upgrade wave' on 2027-03-03 needs 42.5 agent hours"
                + " from queue 'Billing', but no staffing plan of that queue links calendar 'Spring' and"
                + " includes 2027-03-03: nobody plans those agents.", findings.get(0).message());

        StaffingPlan later = data.billingPlan(WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(1));
        data.schedule(later, WEDNESDAY.plusDays(1), 13, 13, 13, 13);
        assertEquals(1, oracle.run(RULE).size(), "a plan of other days does not staff the wave");
        later.setStartDate(WEDNESDAY);
        assertTrue(oracle.run(RULE).stream().noneMatch(f -> f.element() == wave), "now a plan includes the day");
    }

    @Test
    void aWaveWhoseCampaignHasNoPhoneQueueIsAFinding() {
        Queue chat = CoreFactory.eINSTANCE.createQueue();
        chat.setName("Chat");
        chat.setChannel(Channel.CHAT);
        data.center.getQueues().add(chat);
        upgrade.getQueues().clear();
        upgrade.getQueues().add(chat);
        wave();
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("the campaign has no phone queue to dial from"),
                findings.get(0).message());
        assertTrue(oracle.run("alignment.unserved-channel").isEmpty(), "a wave invites no inbound contacts");
    }
}
