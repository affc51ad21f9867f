package tandem.checks.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.checks.CheckSettings;
import tandem.checks.Finding;
import tandem.checks.Severity;
import tandem.test.support.checks.CheckOracle;

/** One oracle per campaign rule of the Customer Service Alignment Check. */
class CampaignRulesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    private final Plans plans = new Plans();
    private final CheckOracle oracle = new CheckOracle(plans.set);

    @Test
    void noticeOfThreeDaysIsReportedAndMovingTheCampaignFixesIt() {
        Campaign promo = plans.campaign("Spring promo", MARCH_1, MARCH_1.plusDays(30));
        Drop mail = plans.drop(promo, "Mail drop", MARCH_1.plusDays(2), 100_000, 0.02);
        promo.setServiceNotifiedOn(MARCH_1.minusDays(1));

        List<Finding> findings = oracle.run("alignment.notice");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Customer service heard about campaign 'Spring promo' 3 days before its first drop on 2027-03-03;"
                + " it needs 14.", finding.message());
        assertSame(promo, finding.element());
        assertEquals("Campaign calendar 'Spring' / Campaign 'Spring promo'", finding.elementPath());
        assertEquals("alignment", finding.checklistId());

        assertEquals("Move the campaign and its drops 11 days later", oracle.apply(finding, "alignment.notice.move-drops"));
        assertEquals(MARCH_1.plusDays(13), mail.getDate());
        assertEquals(MARCH_1.plusDays(11), promo.getStartDate());
        assertEquals(MARCH_1.plusDays(41), promo.getEndDate());
        assertTrue(oracle.run("alignment.notice").isEmpty(), "fixed");

        oracle.undo();
        assertEquals(MARCH_1.plusDays(2), mail.getDate(), "Undo restores the drop");
        assertEquals(MARCH_1, promo.getStartDate());
        assertEquals(1, oracle.run("alignment.notice").size());
    }

    @Test
    void aCampaignOverBeforeTodayIsHistoryAndNotChecked() {
        Campaign last = plans.campaign("Last autumn", MARCH_1.minusMonths(4), MARCH_1.minusMonths(3));
        plans.drop(last, "Mail drop", MARCH_1.minusMonths(4), 100_000, 0.02);
        last.setServiceNotifiedOn(MARCH_1.minusMonths(4));

        assertEquals(1, oracle.today(MARCH_1.minusMonths(3)).run("alignment.notice").size(),
                "checked on its last day");
        assertEquals(List.of(), oracle.today(MARCH_1.minusMonths(3).plusDays(1)).run("alignment.notice"),
                "over the day after");
        assertEquals(List.of(), oracle.run("alignment.success-metrics"), "no metrics asked of a campaign over");
    }

    @Test
    void noticeAfterTheFirstDropSaysAfterAndMovingTheCampaignStillFixesIt() {
        Campaign promo = plans.campaign("Late promo", MARCH_1, MARCH_1.plusDays(30));
        Drop mail = plans.drop(promo, "Mail drop", MARCH_1.plusDays(2), 1_000, 0.02);
        promo.setServiceNotifiedOn(MARCH_1.plusDays(3));

        Finding finding = oracle.run("alignment.notice").get(0);
        assertEquals("Customer service heard about campaign 'Late promo' 1 day after its first drop on 2027-03-03;"
                + " it needs 14.", finding.message());
        assertEquals("Move the campaign and its drops 15 days later", oracle.apply(finding, "alignment.notice.move-drops"));
        assertEquals(MARCH_1.plusDays(17), mail.getDate());
        assertTrue(oracle.run("alignment.notice").isEmpty());
    }

    @Test
    void noticeLeadTimeIsAParameterAndAMissingNoticeIsReported() {
        Campaign promo = plans.campaign("Promo", MARCH_1, MARCH_1.plusDays(30));
        plans.drop(promo, "Blast", MARCH_1, 10_000, 0.01);
        promo.setServiceNotifiedOn(MARCH_1.minusDays(10));
        assertEquals(1, oracle.run("alignment.notice").size());
        oracle.settings(CheckSettings.defaults().with(Map.of("alignment.notice.noticeDays", "7")));
        assertTrue(oracle.run("alignment.notice").isEmpty(), "10 days are enough when 7 are required");

        promo.setServiceNotifiedOn(null);
        Finding missing = oracle.run("alignment.notice").get(0);
        assertEquals("Customer service has not been notified of campaign 'Promo' (first drop on 2027-03-01); it needs"
                + " 7 days' notice.", missing.message());
        assertTrue(missing.data().isEmpty(), "nothing to move: no notice date");
    }

    @Test
    void aGiveawayWithTooLittleInventoryIsReportedWithTheShortfall() {
        Campaign promo = plans.campaign("Giveaway", MARCH_1, MARCH_1.plusDays(30));
        plans.drop(promo, "Mail", MARCH_1, 100_000, 0.02);
        plans.drop(promo, "Email", MARCH_1.plusDays(7), 50_000, 0.01);
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        OfferItem speaker = CampaignFactory.eINSTANCE.createOfferItem();
        speaker.setName("Bluetooth speaker");
        speaker.setLimitedInventory(true);
        speaker.setQuantityOnHand(1_000);
        speaker.setRedemptionRate(0.5);
        offer.getItems().add(speaker);
        OfferItem voucher = CampaignFactory.eINSTANCE.createOfferItem();
        voucher.setName("Voucher");
        voucher.setRedemptionRate(1);
        offer.getItems().add(voucher);
        promo.setOffer(offer);

        // 2,000 + 500 responders, half redeem: 1,250 speakers for 1,000 on hand.
        List<Finding> findings = oracle.run("alignment.offer-inventory");
        assertEquals(1, findings.size());
        assertEquals("Offer item 'Bluetooth speaker' of campaign 'Giveaway' has 1,000 on hand but 1,250 redemptions"
                + " are expected: short by 250.", findings.get(0).message());
        assertEquals("250", findings.get(0).data().get("shortfall"));

        speaker.setQuantityOnHand(1_250);
        assertTrue(oracle.run("alignment.offer-inventory").isEmpty());
    }

    @Test
    void aLimitedItemListedAfterUnlimitedPerksIsStillChecked() {
        Campaign promo = plans.campaign("Szechuan sauce", MARCH_1, MARCH_1.plusDays(30));
        plans.drop(promo, "TV", MARCH_1, 1_000_000, 0.01);
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        offer.getItems().add(item("Free nuggets", false, 0, 0.9));
        offer.getItems().add(item("Free drink", false, 0, 0.5));
        OfferItem sauce = item("Sauce packet", true, 2_000, 0.25);
        offer.getItems().add(sauce);
        OfferItem poster = item("Poster", true, 10_000, 0.5);
        offer.getItems().add(poster);
        promo.setOffer(offer);

        // 10,000 responders: 2,500 packets for 2,000 on hand; 5,000 posters for 10,000.
        List<Finding> findings = oracle.run("alignment.offer-inventory");
        assertEquals(List.of("Offer item 'Sauce packet' of campaign 'Szechuan sauce' has 2,000 on hand but 2,500"
                + " redemptions are expected: short by 500."), findings.stream().map(Finding::message).toList());
        assertSame(sauce, findings.get(0).element());

        poster.setQuantityOnHand(4_999);
        assertEquals(2, oracle.run("alignment.offer-inventory").size(), "each limited item on its own");
        sauce.setQuantityOnHand(2_500);
        poster.setQuantityOnHand(5_000);
        assertTrue(oracle.run("alignment.offer-inventory").isEmpty());
    }

    @Test
    void aLimitedItemWithoutARedemptionRateCannotBeJudgedAndSaysSo() {
        Campaign promo = plans.campaign("Giveaway", MARCH_1, MARCH_1.plusDays(30));
        plans.drop(promo, "Mail", MARCH_1, 40_000, 0.05);
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        OfferItem mug = item("Mug", true, 500, 0);
        offer.getItems().add(mug);
        promo.setOffer(offer);

        List<Finding> findings = oracle.run("alignment.offer-inventory");
        assertEquals(1, findings.size());
        assertEquals("Offer item 'Mug' of campaign 'Giveaway' has a limited inventory of 500 but no redemption rate:"
                + " cannot tell whether stock lasts for the 2,000 expected responders.", findings.get(0).message());
        assertSame(mug, findings.get(0).element());

        mug.setRedemptionRate(Double.NaN);
        assertEquals(1, oracle.run("alignment.offer-inventory").size(), "not a number is no rate either");
        mug.setRedemptionRate(0.25);
        assertTrue(oracle.run("alignment.offer-inventory").isEmpty(), "500 mugs for 500 claims");
        mug.setRedemptionRate(0.3);
        assertEquals("Offer item 'Mug' of campaign 'Giveaway' has 500 on hand but 600 redemptions are expected:"
                + " short by 100.", oracle.run("alignment.offer-inventory").get(0).message());
    }

    @Test
    void theCustomersAnOutboundWaveReachesCanClaimTheOfferItsResponseRateIsNotRead() {
        Campaign promo = plans.campaign("Upgrade calls", MARCH_1, MARCH_1.plusDays(30));
        Drop wave = plans.drop(promo, "Wave", MARCH_1, 10_000, 0);
        wave.setKind(DropKind.OUTBOUND_WAVE);
        wave.setConnectRate(0.3);
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        OfferItem phone = item("Phone at half price", true, 1_000, 0.4);
        offer.getItems().add(phone);
        promo.setOffer(offer);

        // 10,000 dials × 30% reach 3,000 customers; 40% claim: 1,200 phones for 1,000 on hand.
        assertEquals(List.of("Offer item 'Phone at half price' of campaign 'Upgrade calls' has 1,000 on hand but 1,200"
                + " redemptions are expected: short by 200."),
                oracle.run("alignment.offer-inventory").stream().map(Finding::message).toList());
        wave.setResponseRate(0.5);
        assertEquals(1, oracle.run("alignment.offer-inventory").size(), "still the connected calls");
        phone.setQuantityOnHand(1_200);
        assertTrue(oracle.run("alignment.offer-inventory").isEmpty());
    }

    private static OfferItem item(String name, boolean limited, int onHand, double redemptionRate) {
        OfferItem item = CampaignFactory.eINSTANCE.createOfferItem();
        item.setName(name);
        item.setLimitedInventory(limited);
        item.setQuantityOnHand(onHand);
        item.setRedemptionRate(redemptionRate);
        return item;
    }

    @Test
    void successMetricsSurveyPlanAndAReviewDateAfterLaunch() {
        Campaign promo = plans.campaign("Promo", MARCH_1, MARCH_1.plusDays(30));
        plans.drop(promo, "Mail", MARCH_1.plusDays(5), 1_000, 0.05);
        List<String> messages = oracle.run("alignment.success-metrics").stream().map(Finding::message).toList();
        assertEquals(List.of("Campaign 'Promo' has no success metric (a target response rate, conversions or"
                + " acquisitions).", "Campaign 'Promo' has no survey plan.",
                "Campaign 'Promo' has no feedback review date."), messages);

        Finding noReview = oracle.run("alignment.success-metrics").get(2);
        assertEquals("Review feedback on 2027-03-20", oracle.apply(noReview, "alignment.success-metrics.review-date"));
        assertEquals(LocalDate.of(2027, 3, 20), promo.getSuccessMetrics().getFeedbackReviewDate());
        oracle.undo();
        assertNull(promo.getSuccessMetrics(), "Undo removes the metrics the fix added");

        SuccessMetrics metrics = CampaignFactory.eINSTANCE.createSuccessMetrics();
        metrics.setTargetConversions(200);
        metrics.setSurveyPlan("Post-call IVR survey, 3 questions");
        metrics.setFeedbackReviewDate(MARCH_1);
        promo.setSuccessMetrics(metrics);
        Finding early = oracle.run("alignment.success-metrics").get(0);
        assertEquals("Campaign 'Promo' reviews feedback on 2027-03-01, not after its launch on 2027-03-06.",
                early.message());
        oracle.apply(early, "alignment.success-metrics.review-date");
        assertTrue(oracle.run("alignment.success-metrics").isEmpty());
    }
}
