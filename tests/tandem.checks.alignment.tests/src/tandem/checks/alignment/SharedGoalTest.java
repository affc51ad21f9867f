package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.model.Queue;
import tandem.goals.model.Goal;
import tandem.test.support.checks.CheckOracle;

/** Oracles for {@code alignment.shared-goal}. */
class SharedGoalTest {

    private static final String RULE = "alignment.shared-goal";

    private final TrainingPlans plans = new TrainingPlans();
    private final CheckOracle oracle = new CheckOracle(plans.plans.set);
    private final Queue billing = plans.queue("Billing");
    private final Campaign promo = plans.campaign("Spring promo", LocalDate.of(2027, 3, 10), billing);

    @Test
    void campaignsServingAGoalAndGoalsServingSomethingPass() {
        Goal fcr = plans.goal("Billing FCR", billing);
        fcr.getCampaigns().add(promo);
        plans.goal("Effort").setServiceDefinition("Billing questions are answered on the first call");
        assertTrue(oracle.run(RULE).isEmpty());
    }

    @Test
    void theOneGoalCoveringTheCampaignsQueuesIsLinkedAndUndone() {
        Goal fcr = plans.goal("Billing FCR", billing);
        plans.goal("Orphan");
        List<Finding> findings = oracle.run(RULE);
        assertEquals(List.of("Campaign 'Spring promo' serves no SMART goal: link it to a goal that marketing and"
                + " customer service share. Goal 'Billing FCR' covers its queues.",
                "Goal 'Orphan' is relevant to nothing: link a campaign or a queue, or write the service definition it"
                        + " serves."),
                findings.stream().map(Finding::message).toList());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertSame(fcr, finding.element(), "reported on the goal the fix changes");

        assertEquals("Link campaign 'Spring promo' to the goal", oracle.apply(finding, RULE + ".link-campaign"));
        assertEquals(List.of(promo), fcr.getCampaigns());
        assertEquals(1, oracle.run(RULE).size(), "only the orphan goal is left");
        oracle.undo();
        assertTrue(fcr.getCampaigns().isEmpty(), "Undo unlinks the campaign");
    }

    @Test
    void twoGoalsCoveringTheQueuesLeaveTheChoiceToThePlanner() {
        plans.goal("Billing FCR", billing);
        plans.goal("Billing AHT", billing);
        List<Finding> findings = oracle.run(RULE);
        assertEquals(1, findings.size());
        assertSame(promo, findings.get(0).element());
        assertEquals("Campaign 'Spring promo' serves no SMART goal: link it to a goal that marketing and customer"
                + " service share.", findings.get(0).message());
        assertTrue(findings.get(0).data().isEmpty(), "ambiguous: no fix");
    }
}
