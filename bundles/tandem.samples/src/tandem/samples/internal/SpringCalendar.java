package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.named;

import java.time.LocalDate;
import java.time.LocalTime;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.core.model.Channel;

/**
 * Marketing's spring 2027: the Spring Upgrade (email blast, mail drop, TV spot and an outbound wave), a
 * limited-inventory earbuds giveaway, and an Easter flash sale; and, for the record, last autumn's promotion
 * (Autumn Upgrade 2026: two email blasts and a mail drop), whose lift is in the contact history and which the
 * forecast takes out of it, so that the weeks after it are not forecast as busy as it made them.
 * <p>
 * Two of them carry deliberate problems: customer service hears about the flash sale three days before it starts,
 * and the giveaway expects about 3,780 claims for 2,000 pairs of earbuds. Every drop's contacts arrive on days the
 * contact center is open (no Sunday shares), so that the staffing plans can cover them.
 */
final class SpringCalendar {

    static final LocalDate SPRING_UPGRADE_LAUNCH = LocalDate.of(2027, 3, 15);
    static final LocalDate TV_SPOT = LocalDate.of(2027, 4, 5);
    static final LocalDate GIVEAWAY_LAUNCH = LocalDate.of(2027, 4, 26);
    static final LocalDate FLASH_SALE_LAUNCH = LocalDate.of(2027, 3, 26);
    /** Last autumn's promotion: its email blast on this Monday, a mail drop two weeks and a reminder three later. */
    static final LocalDate LAST_AUTUMN_LAUNCH = LocalDate.of(2026, 11, 16);

    final CampaignCalendar calendar;
    final Campaign springUpgrade;
    final Campaign giveaway;
    final Campaign flashSale;
    final Campaign lastAutumn;

    SpringCalendar(MeadowlarkSetup setup) {
        CampaignFactory factory = CampaignFactory.eINSTANCE;
        calendar = named(factory.createCampaignCalendar(), "spring-2027", "Spring 2027");
        calendar.setDescription("Marketing's campaigns for spring 2027, shared with customer service, and last"
                + " autumn's promotion, whose lift is in the contact history.");

        springUpgrade = campaign("spring-upgrade", "Spring Upgrade", "SPRING27", SPRING_UPGRADE_LAUNCH,
                LocalDate.of(2027, 5, 16), LocalDate.of(2027, 2, 1));
        springUpgrade.setOwner("Jordan Price, marketing");
        springUpgrade.setObjective("Move 12,000 customers to a 5G plan with the new Meadow X phone.");
        springUpgrade.getQueues().add(setup.sales);
        springUpgrade.getQueues().add(setup.technicalSupport);
        springUpgrade.setOffer(offer("Half price on the new Meadow X phone with any 24-month 5G plan",
                "New 24-month plans only; one phone per line; trade-in optional."));
        springUpgrade.getOffer().getItems().add(item("meadow-x", "Meadow X phone at half price", false, 0, 0.4));
        springUpgrade.setSuccessMetrics(metrics(0.012, 12_000, 0,
                "Text survey after every upgrade contact: five questions, results weekly.",
                LocalDate.of(2027, 3, 29)));
        drop(springUpgrade, "spring-email-blast", "Email blast to 5G-ready customers", DropKind.EMAIL_BLAST,
                SPRING_UPGRADE_LAUNCH, LocalTime.of(9, 0), 400_000, 0.006,
                shares(0.45, 0.25, 0.12, 0.08, 0.06, 0.04), split(Channel.PHONE, 0.6), split(Channel.CHAT, 0.4));
        drop(springUpgrade, "spring-mail-drop", "Mail drop: upgrade letter", DropKind.MAIL,
                LocalDate.of(2027, 3, 22), null, 120_000, 0.015,
                shares(0.15, 0.25, 0.25, 0.15, 0.12, 0.08), split(Channel.PHONE, 0.85), split(Channel.CHAT, 0.15));
        drop(springUpgrade, "spring-tv-spot", "TV spot: breakfast show", DropKind.TV,
                TV_SPOT, LocalTime.of(7, 30), 2_000_000, 0.0018,
                shares(0.4, 0.25, 0.15, 0.1, 0.06, 0.04), split(Channel.PHONE, 0.8), split(Channel.CHAT, 0.2));
        Drop wave = drop(springUpgrade, "spring-outbound-wave", "Outbound wave: upgrade calls",
                DropKind.OUTBOUND_WAVE, LocalDate.of(2027, 4, 19), LocalTime.of(10, 0), 25_000, 0,
                shares(0.3, 0.25, 0.2, 0.15, 0.1));
        // Sales dials 25,000 customers from 10:00 to 16:00 over five days; 35% pick up, for 5 minutes each.
        wave.setConnectRate(0.35);
        wave.setOutboundAhtSeconds(300);
        wave.setDiallingEnd(LocalTime.of(16, 0));

        giveaway = campaign("earbuds-giveaway", "Earbuds Giveaway", "EARBUDS", GIVEAWAY_LAUNCH,
                LocalDate.of(2027, 5, 15), LocalDate.of(2027, 3, 15));
        giveaway.setOwner("Jordan Price, marketing");
        giveaway.setObjective("Renew 3,000 plans before they run out.");
        giveaway.getQueues().add(setup.general);
        giveaway.getQueues().add(setup.billing);
        giveaway.setOffer(offer("Free wireless earbuds when you renew your plan",
                "One pair per account, while stocks last."));
        giveaway.getOffer().getItems().add(item("wireless-earbuds", "Wireless earbuds", true, 2_000, 0.7));
        giveaway.setSuccessMetrics(metrics(0.01, 3_000, 0,
                "Email survey one week after the earbuds ship.", LocalDate.of(2027, 5, 10)));
        drop(giveaway, "giveaway-email", "Renewal email", DropKind.EMAIL_BLAST,
                GIVEAWAY_LAUNCH, LocalTime.of(10, 0), 80_000, 0.03,
                shares(0.4, 0.25, 0.15, 0.1, 0.06, 0.04), split(Channel.PHONE, 0.7), split(Channel.EMAIL, 0.3));
        drop(giveaway, "giveaway-social", "Social posts", DropKind.SOCIAL,
                GIVEAWAY_LAUNCH, LocalTime.of(12, 0), 300_000, 0.01,
                shares(0.35, 0.25, 0.15, 0.12, 0.08, 0.05), split(Channel.PHONE, 0.6), split(Channel.EMAIL, 0.4));

        flashSale = campaign("easter-flash-sale", "Easter Flash Sale", "FLASH27", FLASH_SALE_LAUNCH,
                LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 23));
        flashSale.setOwner("Sam Okafor, e-commerce");
        flashSale.setObjective("Sell 5,000 accessories over the Easter weekend.");
        flashSale.getQueues().add(setup.sales);
        flashSale.getQueues().add(setup.technicalSupport);
        flashSale.setOffer(offer("30% off all accessories for 48 hours", "Online and by phone; while stocks last."));
        flashSale.setSuccessMetrics(metrics(0.01, 5_000, 0, "Text survey after every accessory order.",
                LocalDate.of(2027, 4, 19)));
        drop(flashSale, "flash-sale-text", "Flash sale text message", DropKind.SMS,
                FLASH_SALE_LAUNCH, LocalTime.of(8, 0), 150_000, 0.01,
                shares(0.65, 0.35), split(Channel.PHONE, 0.7), split(Channel.CHAT, 0.3));

        lastAutumn = campaign("autumn-upgrade-2026", "Autumn Upgrade 2026", "AUTUMN26", LAST_AUTUMN_LAUNCH,
                LocalDate.of(2026, 12, 12), LocalDate.of(2026, 10, 1));
        lastAutumn.setOwner("Jordan Price, marketing");
        lastAutumn.setObjective("Move 9,000 customers to a 5G plan with a free year of streaming.");
        lastAutumn.getQueues().add(setup.sales);
        lastAutumn.getQueues().add(setup.technicalSupport);
        lastAutumn.setOffer(offer("A free year of streaming with any 24-month 5G plan",
                "New 24-month plans only; one per account."));
        lastAutumn.setSuccessMetrics(metrics(0.01, 9_000, 0,
                "Text survey after every upgrade contact: five questions, results weekly.",
                LocalDate.of(2026, 12, 14)));
        drop(lastAutumn, "autumn-2026-email-blast", "Email blast to 5G-ready customers", DropKind.EMAIL_BLAST,
                LAST_AUTUMN_LAUNCH, LocalTime.of(9, 0), 400_000, 0.006,
                shares(0.45, 0.25, 0.12, 0.08, 0.06, 0.04), split(Channel.PHONE, 0.6), split(Channel.CHAT, 0.4));
        drop(lastAutumn, "autumn-2026-mail-drop", "Mail drop: upgrade letter", DropKind.MAIL,
                LAST_AUTUMN_LAUNCH.plusWeeks(2), null, 120_000, 0.015,
                shares(0.15, 0.25, 0.25, 0.15, 0.12, 0.08), split(Channel.PHONE, 0.85), split(Channel.CHAT, 0.15));
        drop(lastAutumn, "autumn-2026-email-reminder", "Email reminder: last weeks of the offer",
                DropKind.EMAIL_BLAST, LAST_AUTUMN_LAUNCH.plusWeeks(3), LocalTime.of(9, 0), 400_000, 0.004,
                shares(0.45, 0.25, 0.12, 0.08, 0.06, 0.04), split(Channel.PHONE, 0.6), split(Channel.CHAT, 0.4));
    }

    private Campaign campaign(String slug, String name, String code, LocalDate start, LocalDate end,
            LocalDate notified) {
        Campaign campaign = named(CampaignFactory.eINSTANCE.createCampaign(), slug, name);
        campaign.setCampaignCode(code);
        campaign.setStartDate(start);
        campaign.setEndDate(end);
        campaign.setServiceNotifiedOn(notified);
        calendar.getCampaigns().add(campaign);
        return campaign;
    }

    private static Offer offer(String description, String terms) {
        Offer offer = CampaignFactory.eINSTANCE.createOffer();
        offer.setDescription(description);
        offer.setTerms(terms);
        return offer;
    }

    private static OfferItem item(String slug, String name, boolean limited, int onHand, double redemption) {
        OfferItem item = named(CampaignFactory.eINSTANCE.createOfferItem(), slug, name);
        item.setLimitedInventory(limited);
        item.setQuantityOnHand(onHand);
        item.setRedemptionRate(redemption);
        return item;
    }

    private static SuccessMetrics metrics(double responseRate, int conversions, int acquisitions, String survey,
            LocalDate review) {
        SuccessMetrics metrics = CampaignFactory.eINSTANCE.createSuccessMetrics();
        metrics.setTargetResponseRate(responseRate);
        metrics.setTargetConversions(conversions);
        metrics.setTargetAcquisitions(acquisitions);
        metrics.setSurveyPlan(survey);
        metrics.setFeedbackReviewDate(review);
        return metrics;
    }

    /** How a drop's contacts split over channels. */
    private record Split(Channel channel, double share) {
    }

    /** Shares of a drop's contacts by day from the drop date on (Monday drops: Monday to Saturday). */
    private static double[] shares(double... byDay) {
        return byDay;
    }

    private static Split split(Channel channel, double share) {
        return new Split(channel, share);
    }

    private static Drop drop(Campaign campaign, String slug, String name, DropKind kind, LocalDate date,
            LocalTime time, long audience, double responseRate, double[] dailyShares, Split... splits) {
        Drop drop = named(CampaignFactory.eINSTANCE.createDrop(), slug, name);
        drop.setKind(kind);
        drop.setDate(date);
        drop.setTime(time);
        drop.setAudienceSize(audience);
        drop.setResponseRate(responseRate);
        for (double share : dailyShares) {
            drop.getDailyShares().add(share);
        }
        for (Split split : splits) {
            ChannelShare share = CampaignFactory.eINSTANCE.createChannelShare();
            share.setChannel(split.channel());
            share.setShare(split.share());
            drop.getChannelShares().add(share);
        }
        if (!campaign.getChannels().contains(kind)) {
            campaign.getChannels().add(kind);
        }
        campaign.getDrops().add(drop);
        return drop;
    }
}
