package tandem.campaign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.campaign.model.tests.Plans.calendar;
import static tandem.campaign.model.tests.Plans.campaign;
import static tandem.campaign.model.tests.Plans.channel;
import static tandem.campaign.model.tests.Plans.drop;
import static tandem.campaign.model.tests.Plans.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.campaign.model.validation.CampaignValidator;
import tandem.core.model.Channel;
import tandem.core.validation.ModelValidation;

/**
 * Each invariant of a campaign calendar, broken and kept, validated as the editors and the command line do
 * (through the validator contributed to {@code tandem.core.validators}).
 */
class CampaignValidatorTest {

    private CampaignCalendar calendar;
    private Campaign spring;
    private Drop mail;
    private OfferItem voucher;
    private SuccessMetrics metrics;

    /** A calendar that keeps every invariant: Spring offer runs through March with one mail drop. */
    @BeforeEach
    void validCalendar() {
        spring = campaign("Spring offer", queue("Billing", Channel.PHONE));
        mail = drop(spring, LocalDate.of(2026, 3, 2), 100_000, 0.02, 0.5, 0.3, 0.2);
        channel(mail, Channel.PHONE, 0.7);
        channel(mail, Channel.CHAT, 0.3);
        Offer offer = Plans.CAMPAIGNS.createOffer();
        voucher = Plans.CAMPAIGNS.createOfferItem();
        voucher.setName("Cinema voucher");
        voucher.setLimitedInventory(true);
        voucher.setQuantityOnHand(500);
        voucher.setRedemptionRate(0.4);
        offer.getItems().add(voucher);
        spring.setOffer(offer);
        metrics = Plans.CAMPAIGNS.createSuccessMetrics();
        metrics.setTargetResponseRate(0.02);
        spring.setSuccessMetrics(metrics);
        calendar = calendar(spring);
    }

    @Test
    void theValidatorIsContributedForTheCampaignPackage() {
        ModelValidation.ensureRegistered();
        assertInstanceOf(CampaignValidator.class,
                EValidator.Registry.INSTANCE.getEValidator(CampaignPackage.eINSTANCE));
    }

    @Test
    void aCalendarThatKeepsEveryInvariantIsValid() {
        assertEquals(List.of(), problems(), "no problems");
    }

    @Test
    void aCampaignEndsOnOrAfterItsStart() {
        mail.setDate(spring.getStartDate());
        spring.setEndDate(spring.getStartDate());
        assertEquals(List.of(), problems(), "a one-day campaign is fine");

        mail.setDate(null);

        spring.setEndDate(LocalDate.of(2026, 2, 27));
        Diagnostic problem = onlyProblem(CampaignValidator.END_BEFORE_START);
        assertEquals("Campaign calendar 'Marketing 2026' / Campaign 'Spring offer': ends on 2026-02-27, before it"
                + " starts on 2026-03-01", problem.getMessage());
        assertSame(spring, problem.getData().get(0));
        assertSame(Literals.CAMPAIGN__END_DATE, problem.getData().get(1));
    }

    @Test
    void dropsAreDatedWithinTheirCampaign() {
        mail.setDate(spring.getStartDate());
        assertEquals(List.of(), problems(), "a drop on the first day is inside");
        mail.setDate(spring.getEndDate());
        assertEquals(List.of(), problems(), "a drop on the last day is inside");

        mail.setDate(LocalDate.of(2026, 2, 28));
        Diagnostic before = onlyProblem(CampaignValidator.DROP_OUTSIDE_CAMPAIGN);
        assertTrue(before.getMessage().endsWith("Drop 'Spring offer drop 1': dropped on 2026-02-28, before the"
                + " campaign starts on 2026-03-01"), before.getMessage());

        mail.setDate(LocalDate.of(2026, 4, 1));
        Diagnostic after = onlyProblem(CampaignValidator.DROP_OUTSIDE_CAMPAIGN);
        assertTrue(after.getMessage().contains("after the campaign ends on 2026-03-31"), after.getMessage());
        assertSame(mail, after.getData().get(0));
    }

    @Test
    void responseRatesAreBetween0And1() {
        mail.setResponseRate(1);
        assertEquals(List.of(), problems());
        mail.setResponseRate(2);
        Diagnostic problem = onlyProblem(CampaignValidator.RESPONSE_RATE_OUT_OF_RANGE);
        assertTrue(problem.getMessage().contains("Drop 'Spring offer drop 1': the response rate is 2.0"),
                problem.getMessage());
        mail.setResponseRate(-0.01);
        onlyProblem(CampaignValidator.RESPONSE_RATE_OUT_OF_RANGE);
    }

    @Test
    void redemptionRatesAreBetween0And1() {
        voucher.setRedemptionRate(0);
        assertEquals(List.of(), problems());
        voucher.setRedemptionRate(1.5);
        Diagnostic problem = onlyProblem(CampaignValidator.REDEMPTION_RATE_OUT_OF_RANGE);
        assertTrue(problem.getMessage().contains("Offer item 'Cinema voucher': the redemption rate is 1.5"),
                problem.getMessage());
    }

    @Test
    void targetResponseRatesAreBetween0And1() {
        metrics.setTargetResponseRate(5);
        assertSame(metrics, onlyProblem(CampaignValidator.TARGET_RESPONSE_RATE_OUT_OF_RANGE).getData().get(0));
    }

    @Test
    void dailySharesAreBetween0And1AndAddUpTo100Percent() {
        mail.getDailyShares().clear();
        assertEquals(List.of(), problems(), "no profile: all contacts on the drop day");
        mail.getDailyShares().addAll(List.of(0.3333, 0.3333, 0.3333));
        assertEquals(List.of(), problems(), "99.99% is 100% within the tolerance");

        mail.getDailyShares().clear();
        mail.getDailyShares().addAll(List.of(0.5, 0.3, 0.1));
        Diagnostic sum = onlyProblem(CampaignValidator.DAILY_SHARES_NOT_100_PERCENT);
        assertTrue(sum.getMessage().endsWith("Drop 'Spring offer drop 1': the daily shares add up to 90% instead of"
                + " 100%"), sum.getMessage());

        mail.getDailyShares().clear();
        mail.getDailyShares().addAll(List.of(1.5, -0.5));
        List<Diagnostic> problems = problems();
        assertEquals(List.of(CampaignValidator.DAILY_SHARE_OUT_OF_RANGE, CampaignValidator.DAILY_SHARE_OUT_OF_RANGE),
                codes(problems), "both shares are out of range, and they add up to 100%: " + problems);
        assertTrue(problems.get(1).getMessage().contains("day 1 is -0.5"), problems.get(1).getMessage());
    }

    @Test
    void channelSharesAreBetween0And1AndAddUpTo100Percent() {
        mail.getChannelShares().clear();
        assertEquals(List.of(), problems(), "no split: all by phone");

        ChannelShare email = channel(mail, Channel.EMAIL, 0.2);
        Diagnostic sum = onlyProblem(CampaignValidator.CHANNEL_SHARES_NOT_100_PERCENT);
        assertTrue(sum.getMessage().endsWith("the channel shares add up to 20% instead of 100%"), sum.getMessage());
        assertSame(Literals.DROP__CHANNEL_SHARES, sum.getData().get(1));

        email.setShare(1.2);
        channel(mail, Channel.PHONE, -0.2);
        List<Diagnostic> problems = problems();
        assertEquals(List.of(CampaignValidator.CHANNEL_SHARE_OUT_OF_RANGE,
                CampaignValidator.CHANNEL_SHARE_OUT_OF_RANGE), codes(problems), problems.toString());
        assertSame(email, problems.get(0).getData().get(0));
    }

    @Test
    void theQuantityOnHandIsNeverNegative() {
        voucher.setQuantityOnHand(0);
        assertEquals(List.of(), problems(), "sold out is fine");
        voucher.setQuantityOnHand(-3);
        Diagnostic problem = onlyProblem(CampaignValidator.NEGATIVE_QUANTITY_ON_HAND);
        assertTrue(problem.getMessage().contains("the quantity on hand is -3"), problem.getMessage());
    }

    private List<Diagnostic> problems() {
        Diagnostic result = ModelValidation.validate(calendar);
        return result.getChildren().stream().filter(d -> d.getSeverity() != Diagnostic.OK)
                .collect(Collectors.toList());
    }

    private Diagnostic onlyProblem(int code) {
        List<Diagnostic> problems = problems();
        assertEquals(1, problems.size(), "one problem: " + problems);
        Diagnostic problem = problems.get(0);
        assertEquals(CampaignValidator.SOURCE, problem.getSource());
        assertEquals(code, problem.getCode(), problem.getMessage());
        assertEquals(Diagnostic.ERROR, problem.getSeverity());
        return problem;
    }

    private static List<Integer> codes(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::getCode).collect(Collectors.toList());
    }
}
