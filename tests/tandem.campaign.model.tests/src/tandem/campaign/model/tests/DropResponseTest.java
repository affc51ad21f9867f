package tandem.campaign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tandem.campaign.model.tests.Plans.campaign;
import static tandem.campaign.model.tests.Plans.drop;
import static tandem.campaign.model.tests.Plans.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.campaign.model.lift.DropResponse;
import tandem.core.model.Channel;
import tandem.core.model.Queue;

/** A timed drop's contacts on its own day arrive from its time on and fade, worked out by hand. */
class DropResponseTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);
    private final Queue billing = queue("Billing", Channel.PHONE);

    @Test
    void aTvSpotsDropDayContactsAreATimedResponseTheFollowingDaysAreNot() {
        Campaign spring = campaign("Spring offer", billing);
        Drop spot = drop(spring, DAY0, 10_000, 0.01, 0.4, 0.6);
        spot.setKind(DropKind.TV);
        spot.setTime(LocalTime.of(7, 30));

        DailyLift lift = ContactLift.of(List.of(spring), DAY0, DAY0.plusDays(3));
        assertEquals(40, lift.contacts(billing, DAY0), 1e-9);
        List<DropResponse> responses = lift.responses(billing, DAY0);
        assertEquals(1, responses.size());
        assertEquals(LocalTime.of(7, 30), responses.get(0).from());
        assertEquals(30, responses.get(0).halfLifeMinutes(), "a TV spot's response halves every half hour");
        assertEquals(40, responses.get(0).contacts(), 1e-9, "the drop day's 40% of 100 contacts");
        assertEquals(List.of(), lift.responses(billing, DAY0.plusDays(1)), "the day after, calls come all day");
    }

    @Test
    void aDropWithoutTimeHasNoTimedResponse() {
        Campaign spring = campaign("Spring offer", billing);
        drop(spring, DAY0, 10_000, 0.01);
        assertEquals(List.of(), ContactLift.of(List.of(spring), DAY0, DAY0).responses(billing, DAY0));
    }

    @Test
    void theResponseHalvesEveryHalfLife() {
        DropResponse spot = new DropResponse(LocalTime.of(7, 30), 30, 1);
        double scale = 30 / Math.log(2);
        assertEquals(0, spot.weightBetween(420, 450), "nothing before the spot");
        assertEquals(scale * (1 - 0.5), spot.weightBetween(450, 480), 1e-9, "07:30-08:00: the first half");
        assertEquals(scale * (0.5 - 0.125), spot.weightBetween(480, 540), 1e-9, "08:00-09:00");
        assertEquals(scale * (1 - 0.25), spot.weightBetween(420, 510), 1e-9, "a period across the spot counts"
                + " from the spot on");
    }

    @Test
    void broadcastsFadeFasterThanLetters() {
        assertEquals(30, DropResponse.halfLifeMinutes(DropKind.TV));
        assertEquals(240, DropResponse.halfLifeMinutes(DropKind.MAIL));
    }
}
