package tandem.campaign.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.campaign.model.tests.Plans.calendar;
import static tandem.campaign.model.tests.Plans.campaign;
import static tandem.campaign.model.tests.Plans.channel;
import static tandem.campaign.model.tests.Plans.drop;
import static tandem.campaign.model.tests.Plans.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.core.model.Channel;
import tandem.core.model.Queue;

/** The extra contacts campaigns bring per day and queue, worked out by hand. */
class ContactLiftTest {

    private static final double EXACT = 1e-9;
    /** Monday 2 March 2026. */
    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAY1 = DAY0.plusDays(1);
    private static final LocalDate DAY2 = DAY0.plusDays(2);
    private static final LocalDate DAY3 = DAY0.plusDays(3);

    private final Queue billing = queue("Billing", Channel.PHONE);
    private final Queue sales = queue("Sales", Channel.PHONE);
    private final Queue chat = queue("Web chat", Channel.CHAT);

    @Test
    void aMailDropOf100000PiecesAt2PercentWithA50_30_20ProfileBrings1000_600_400Contacts() {
        Campaign spring = campaign("Spring offer", billing);
        Drop mail = drop(spring, DAY0, 100_000, 0.02, 0.5, 0.3, 0.2);

        assertArrayEquals(new double[] { 1000, 600, 400 }, ContactLift.dailyContacts(mail), EXACT);

        DailyLift lift = ContactLift.of(List.of(spring), DAY0.minusDays(1), DAY0.plusDays(6));
        assertEquals(0, lift.contacts(billing, DAY0.minusDays(1)), EXACT);
        assertEquals(1000, lift.contacts(billing, DAY0), EXACT);
        assertEquals(600, lift.contacts(billing, DAY1), EXACT);
        assertEquals(400, lift.contacts(billing, DAY2), EXACT);
        assertEquals(0, lift.contacts(billing, DAY3), EXACT);
        assertEquals(List.of(DAY0, DAY1, DAY2), List.copyOf(lift.byDay(billing).keySet()), "only days with contacts");
        assertEquals(600, lift.byDay(billing).get(DAY1), EXACT);
        assertEquals(1000, lift.total(DAY0), EXACT);
        assertEquals(0, lift.unassigned(DAY0), EXACT);
        assertEquals(Set.of(billing), lift.queues());
        assertEquals(List.of(spring), lift.campaignsLifting(billing, DAY2));
        assertEquals(List.of(), lift.campaignsLifting(billing, DAY3));
        assertEquals(DAY0.minusDays(1), lift.from());
        assertEquals(DAY0.plusDays(6), lift.to());
    }

    @Test
    void aDropWithoutDailyProfileBringsAllItsContactsOnItsDay() {
        Campaign spring = campaign("Spring offer", billing);
        Drop blast = drop(spring, DAY0, 20_000, 0.05);

        assertArrayEquals(new double[] { 1000 }, ContactLift.dailyContacts(blast), EXACT);
        DailyLift lift = ContactLift.of(List.of(spring), DAY0, DAY3);
        assertEquals(1000, lift.contacts(billing, DAY0), EXACT);
        assertEquals(0, lift.contacts(billing, DAY1), EXACT);
    }

    @Test
    void contactsSplitOverChannelsByTheDropsChannelShares() {
        Campaign spring = campaign("Spring offer", billing, chat);
        Drop mail = drop(spring, DAY0, 100_000, 0.02, 0.5, 0.5);
        channel(mail, Channel.PHONE, 0.7);
        channel(mail, Channel.CHAT, 0.3);

        DailyLift lift = ContactLift.of(List.of(spring), DAY0, DAY3);
        assertEquals(700, lift.contacts(billing, DAY0), EXACT); // 2,000 × 50% × 70%
        assertEquals(300, lift.contacts(chat, DAY0), EXACT); // 2,000 × 50% × 30%
        assertEquals(300, lift.contacts(chat, DAY1), EXACT);
        assertEquals(1000, lift.total(DAY1), EXACT);
        assertEquals(Set.of(billing, chat), lift.queues());
    }

    @Test
    void withinAChannelContactsSplitEvenlyAcrossTheCampaignsQueuesOfThatChannel() {
        Campaign spring = campaign("Spring offer", billing, sales, chat);
        drop(spring, DAY0, 100_000, 0.02, 0.5, 0.3, 0.2); // no channel split: all by phone

        DailyLift lift = ContactLift.of(List.of(spring), DAY0, DAY3);
        assertEquals(500, lift.contacts(billing, DAY0), EXACT);
        assertEquals(500, lift.contacts(sales, DAY0), EXACT);
        assertEquals(200, lift.contacts(sales, DAY2), EXACT);
        assertEquals(0, lift.contacts(chat, DAY0), EXACT, "a phone-only drop brings nothing to chat");
        assertEquals(Set.of(billing, sales), lift.queues(), "only queues that receive contacts");
    }

    @Test
    void contactsOfAChannelForWhichTheCampaignHasNoQueueAreUnassigned() {
        Campaign spring = campaign("Spring offer", billing);
        Drop mail = drop(spring, DAY0, 100_000, 0.02, 0.5, 0.3, 0.2);
        channel(mail, Channel.PHONE, 0.6);
        channel(mail, Channel.EMAIL, 0.4);

        DailyLift lift = ContactLift.of(List.of(spring), DAY0, DAY3);
        assertEquals(600, lift.contacts(billing, DAY0), EXACT);
        assertEquals(400, lift.unassigned(DAY0), EXACT); // 1,000 × 40% by email, and no email queue
        assertEquals(160, lift.unassigned(DAY2), EXACT);
        assertEquals(1000, lift.total(DAY0), EXACT, "the total includes unassigned contacts");
        assertEquals(List.of(spring), lift.campaignsUnassigned(DAY0));
        assertEquals(List.of(DAY0, DAY1, DAY2), List.copyOf(lift.unassignedByDay().keySet()));
    }

    @Test
    void aCampaignWithoutQueuesOrWithAQueueThatCannotBeFoundLeavesItsContactsUnassigned() {
        Queue missing = queue("Gone", Channel.PHONE);
        ((InternalEObject) missing).eSetProxyURI(URI.createURI("acme.center#queue-0000dead"));
        Campaign noQueues = campaign("No queues");
        drop(noQueues, DAY0, 10_000, 0.01);
        Campaign lostQueue = campaign("Lost queue", missing);
        drop(lostQueue, DAY0, 20_000, 0.01);

        DailyLift lift = ContactLift.of(List.of(noQueues, lostQueue), DAY0, DAY0);
        assertEquals(300, lift.unassigned(DAY0), EXACT);
        assertTrue(lift.queues().isEmpty());
        assertEquals(List.of(noQueues, lostQueue), lift.campaignsUnassigned(DAY0));
    }

    @Test
    void theRangeClipsDropsThatBeganBeforeItOrRunPastIt() {
        Campaign spring = campaign("Spring offer", billing);
        drop(spring, DAY0.minusDays(1), 100_000, 0.02, 0.5, 0.3, 0.2); // 1,000 / 600 / 400 from the day before
        drop(spring, DAY3, 100_000, 0.02, 0.5, 0.3, 0.2); // 1,000 / 600 / 400 from day 3
        drop(spring, DAY0.minusDays(10), 100_000, 0.02, 0.5, 0.3, 0.2); // over before the range
        drop(spring, DAY0.plusDays(30), 100_000, 0.02); // after the range

        DailyLift lift = ContactLift.of(List.of(spring), DAY0, DAY0.plusDays(4));
        assertEquals(600, lift.contacts(billing, DAY0), EXACT);
        assertEquals(400, lift.contacts(billing, DAY1), EXACT);
        assertEquals(0, lift.contacts(billing, DAY2), EXACT);
        assertEquals(1000, lift.contacts(billing, DAY3), EXACT);
        assertEquals(600, lift.contacts(billing, DAY0.plusDays(4)), EXACT);
        assertEquals(0, lift.contacts(billing, DAY0.plusDays(5)), EXACT, "outside the range");
        assertEquals(0, lift.total(DAY0.minusDays(1)), EXACT, "outside the range");
        assertEquals(4, lift.byDay(billing).size());
    }

    @Test
    void severalCampaignsAddUpAndEachIsNamedOnTheDaysItContributes() {
        Campaign spring = campaign("Spring offer", billing);
        drop(spring, DAY0, 100_000, 0.02, 0.5, 0.3, 0.2);
        Campaign loyalty = campaign("Loyalty bonus", billing, chat);
        Drop email = drop(loyalty, DAY1, 50_000, 0.01, 0.8, 0.2);
        channel(email, Channel.CHAT, 1.0);
        Campaign tv = campaign("TV spot", billing);
        drop(tv, DAY2, 1_000_000, 0.001);

        DailyLift lift = ContactLift.of(calendar(spring, loyalty, tv), DAY0, DAY3);
        assertEquals(1000, lift.contacts(billing, DAY0), EXACT);
        assertEquals(600, lift.contacts(billing, DAY1), EXACT);
        assertEquals(400 + 1000, lift.contacts(billing, DAY2), EXACT);
        assertEquals(400, lift.contacts(chat, DAY1), EXACT);
        assertEquals(100, lift.contacts(chat, DAY2), EXACT);
        assertEquals(400 + 1000 + 100, lift.total(DAY2), EXACT);
        assertEquals(List.of(spring, tv), lift.campaignsLifting(billing, DAY2));
        assertEquals(List.of(loyalty), lift.campaignsLifting(chat, DAY2));
        assertEquals(List.of(spring), lift.campaignsLifting(billing, DAY1));
    }

    @Test
    void dropsWithoutADateAreLeftOut() {
        Campaign spring = campaign("Spring offer", billing);
        drop(spring, null, 100_000, 0.02);
        assertEquals(0, ContactLift.of(List.of(spring), DAY0, DAY3).total(DAY0), EXACT);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ContactLift.of(List.of(), DAY3, DAY0));
        assertTrue(refused.getMessage().contains("2026-03-02"), refused.getMessage());
    }
}
