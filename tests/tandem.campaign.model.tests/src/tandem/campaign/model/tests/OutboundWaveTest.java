package tandem.campaign.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.campaign.model.tests.Plans.calendar;
import static tandem.campaign.model.tests.Plans.campaign;
import static tandem.campaign.model.tests.Plans.drop;
import static tandem.campaign.model.tests.Plans.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.campaign.model.lift.OutboundWork;
import tandem.campaign.model.validation.CampaignValidator;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.core.validation.ModelValidation;

/**
 * An outbound wave is work the agents do, not callers phoning in: 2,000 dials × 25% connected × 306 s = 153,000 agent
 * seconds, split across the campaign's phone queues, and no inbound contacts however its response rate is set.
 */
class OutboundWaveTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);

    private final Queue billing = queue("Billing", Channel.PHONE);
    private final Queue sales = queue("Sales", Channel.PHONE);
    private final Queue chat = queue("Web chat", Channel.CHAT);

    private static Drop wave(Campaign campaign, long dials, double... dailyShares) {
        Drop wave = drop(campaign, DAY0, dials, 0.05, dailyShares);
        wave.setKind(DropKind.OUTBOUND_WAVE);
        wave.setConnectRate(0.25);
        wave.setOutboundAhtSeconds(306);
        return wave;
    }

    @Test
    void anOutboundWaveBringsAgentSecondsAndNoInboundContacts() {
        Campaign upgrade = campaign("Upgrade calls", billing, sales, chat);
        Drop wave = wave(upgrade, 2_000, 0.6, 0.4);
        wave.setTime(LocalTime.of(9, 0));
        wave.setDiallingEnd(LocalTime.of(11, 0));
        calendar(upgrade);

        assertArrayEquals(new double[] { 0, 0 }, ContactLift.dailyContacts(wave), "its response rate is not read");
        assertArrayEquals(new double[] { 91_800, 61_200 }, ContactLift.dailyOutboundSeconds(wave), 1e-9);

        DailyLift lift = ContactLift.of(List.of(upgrade), DAY0, DAY0.plusDays(3));
        assertEquals(0, lift.total(DAY0), "no inbound lift");
        assertEquals(0, lift.contacts(billing, DAY0));
        assertTrue(lift.queues().isEmpty());
        assertEquals(45_900, lift.outboundSeconds(billing, DAY0), 1e-9, "half of day 0's work to each phone queue");
        assertEquals(30_600, lift.outboundSeconds(sales, DAY0.plusDays(1)), 1e-9);
        assertEquals(0, lift.outboundSeconds(chat, DAY0), "a chat queue does not dial");
        assertEquals(0, lift.outboundSeconds(billing, DAY0.plusDays(2)));
        OutboundWork work = lift.outbound(billing, DAY0).get(0);
        assertEquals(LocalTime.of(9, 0), work.windowStart());
        assertEquals(LocalTime.of(11, 0), work.windowEnd());
        assertEquals(upgrade, work.campaign());
        assertTrue(lift.hasOutbound(billing));
        assertFalse(lift.hasOutbound(chat));
    }

    @Test
    void aWaveWhoseCampaignHasNoPhoneQueueIsUnassignedWork() {
        Campaign chatOnly = campaign("Chat follow-up", chat);
        wave(chatOnly, 1_000);
        calendar(chatOnly);
        DailyLift lift = ContactLift.of(List.of(chatOnly), DAY0, DAY0);
        assertEquals(76_500, lift.outboundSeconds(null, DAY0), 1e-9);
        assertEquals(0, lift.unassigned(DAY0), "not inbound contacts either");
    }

    @Test
    void otherDropsStillBringContactsAndNoWork() {
        Campaign spring = campaign("Spring offer", billing);
        Drop mail = drop(spring, DAY0, 100_000, 0.02);
        calendar(spring);
        assertArrayEquals(new double[] { 2_000 }, ContactLift.dailyContacts(mail), 1e-9);
        assertArrayEquals(new double[] { 0 }, ContactLift.dailyOutboundSeconds(mail));
        assertFalse(ContactLift.of(List.of(spring), DAY0, DAY0).hasOutbound(billing));
    }

    @Test
    void aWaveNeedsAConnectRateAHandleTimeAndAWindowThatEndsAfterItStarts() {
        Campaign upgrade = campaign("Upgrade calls", billing);
        Drop wave = wave(upgrade, 2_000);
        var calendar = calendar(upgrade);
        assertEquals(List.of(), problems(calendar));

        wave.setConnectRate(0);
        wave.setOutboundAhtSeconds(-5);
        wave.setTime(LocalTime.of(11, 0));
        wave.setDiallingEnd(LocalTime.of(9, 0));
        List<Diagnostic> problems = problems(calendar);
        assertEquals(List.of(CampaignValidator.OUTBOUND_WAVE_INVALID, CampaignValidator.OUTBOUND_WAVE_INVALID,
                CampaignValidator.OUTBOUND_WAVE_INVALID), problems.stream().map(Diagnostic::getCode).toList());
        String messages = problems.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
        assertTrue(messages.contains("the connect rate is 0.0"), messages);
        assertTrue(messages.contains("the handle time of a connected call is -5.0 s"), messages);
        assertTrue(messages.contains("dialling ends at 09:00, not after it starts at 11:00"), messages);

        wave.setKind(DropKind.MAIL);
        assertEquals(List.of(), problems(calendar), "other drops do not dial");
    }

    @Test
    void theDefaultsArePercentFriendly() {
        Drop wave = Plans.CAMPAIGNS.createDrop();
        assertEquals(0.3, wave.getConnectRate());
        assertEquals(240, wave.getOutboundAhtSeconds());
    }

    private static List<Diagnostic> problems(tandem.campaign.model.CampaignCalendar calendar) {
        return ModelValidation.validate(calendar).getChildren().stream()
                .filter(d -> d.getSeverity() != Diagnostic.OK).toList();
    }
}
