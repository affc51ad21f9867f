package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.checks.Checklists;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.test.support.checks.CheckOracle;

/** Oracles for {@code alignment.unserved-channel}: contacts on a channel no queue of the campaign serves. */
class UnservedChannelTest {

    private static final String RULE = "alignment.unserved-channel";
    private static final String FIX = RULE + ".add-queue";
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    private final Plans plans = new Plans();
    private final CheckOracle oracle = new CheckOracle(plans.set);
    private final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    private final Queue promotions = queue("Promotions", Channel.PHONE);
    private final Campaign promo = plans.campaign("Spring promo", MARCH_1, MARCH_1.plusDays(30));

    UnservedChannelTest() {
        center.setName("Acme");
        plans.set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        promo.getQueues().add(promotions);
    }

    @Test
    void socialRepliesNoQueueServesAreReportedAndTheFixRoutesThemToTheSetupsSocialQueue() {
        Queue socialCare = queue("Social care", Channel.SOCIAL);
        Drop posts = plans.drop(promo, "Social posts", MARCH_1, 100_000, 0.02);
        posts.getDailyShares().addAll(List.of(0.5, 0.3, 0.2));
        split(posts, Channel.PHONE, 0.7);
        split(posts, Channel.SOCIAL, 0.3);
        Drop email = plans.drop(promo, "Email", MARCH_1.plusDays(1), 50_000, 0.01);
        split(email, Channel.EMAIL, 1.0);

        List<Finding> findings = oracle.run(RULE);
        assertEquals(List.of("Campaign 'Spring promo' invites contacts by email (drop 'Email') but none of its queues"
                + " serves email: up to 500 contacts a day (on 2027-03-02), 500 in all, go to no queue.",
                "Campaign 'Spring promo' invites contacts by social media (drop 'Social posts') but none of its queues"
                        + " serves social media: up to 300 contacts a day (on 2027-03-01), 600 in all, go to no"
                        + " queue."),
                findings.stream().map(Finding::message).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertSame(promo, findings.get(1).element());
        assertTrue(Checklists.quickFixLabels(findings.get(0)).isEmpty(), "the setup has no email queue");

        Finding social = findings.get(1);
        assertEquals("Route the social media contacts to queue 'Social care' (add it to campaign 'Spring promo')",
                oracle.apply(social, FIX));
        assertEquals(List.of(promotions, socialCare), promo.getQueues());
        assertEquals(List.of(findings.get(0).message()), oracle.run(RULE).stream().map(Finding::message).toList(),
                "the social contacts now go to Social care");

        oracle.undo();
        assertEquals(List.of(promotions), promo.getQueues(), "Undo removes the queue again");
        assertEquals(2, oracle.run(RULE).size());
    }

    @Test
    void severalDropsOnOneChannelAddUpAndWithoutSetupQueueThereIsNoFix() {
        Drop text = plans.drop(promo, "Text message", MARCH_1, 20_000, 0.05);
        split(text, Channel.SMS, 0.4);
        split(text, Channel.PHONE, 0.6);
        Drop reminder = plans.drop(promo, "Reminder", MARCH_1, 10_000, 0.05);
        split(reminder, Channel.SMS, 1.0);
        Drop later = plans.drop(promo, "Second reminder", null, 4_000, 0.05);
        split(later, Channel.SMS, 1.0);

        Finding finding = oracle.run(RULE).get(0);
        assertEquals("Campaign 'Spring promo' invites contacts by SMS (drops 'Text message', 'Reminder', 'Second"
                + " reminder') but none of its queues serves SMS: up to 900 contacts a day (on 2027-03-01), 1,100 in"
                + " all, go to no queue, some of them on days not known (undated drops).", finding.message());
        assertEquals(1, oracle.run(RULE).size());
        assertFalse(finding.data().containsKey("queue"));
        assertTrue(Checklists.quickFixLabels(finding).isEmpty());

        Queue texts = queue("Texts", Channel.SMS);
        promo.getQueues().add(texts);
        assertTrue(oracle.run(RULE).isEmpty(), "a queue of the campaign serves SMS");
    }

    @Test
    void aCampaignWithoutQueuesDropsItsPhoneCallsUnlessItNamesAQueue() {
        Campaign quiet = plans.campaign("Quiet launch", MARCH_1, MARCH_1.plusDays(10));
        plans.drop(quiet, "Letter", null, 1_000, 0.1); // no channel shares: all by phone
        plans.drop(quiet, "Billboard", MARCH_1, 500_000, 0); // nobody is expected to answer a billboard
        queue("General", Channel.PHONE);

        Finding finding = oracle.run(RULE).get(0);
        assertSame(quiet, finding.element());
        assertEquals("Campaign 'Quiet launch' invites contacts by phone (drop 'Letter') but none of its queues serves"
                + " phone: 100 contacts go to no queue, on days not known (the drops have no date).",
                finding.message());
        assertEquals("Route the phone contacts to queue 'Promotions' (add it to campaign 'Quiet launch')",
                oracle.apply(finding, FIX), "the setup's first queue on the channel");
        assertEquals(List.of(promotions), quiet.getQueues());
        assertTrue(oracle.run(RULE).isEmpty());
        oracle.undo();
        assertTrue(quiet.getQueues().isEmpty(), "Undo takes the queue back");
    }

    private Queue queue(String name, Channel channel) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(channel);
        center.getQueues().add(queue);
        Ids.assignIfMissing(queue);
        return queue;
    }

    private static void split(Drop drop, Channel channel, double share) {
        ChannelShare channelShare = CampaignFactory.eINSTANCE.createChannelShare();
        channelShare.setChannel(channel);
        channelShare.setShare(share);
        drop.getChannelShares().add(channelShare);
    }
}
