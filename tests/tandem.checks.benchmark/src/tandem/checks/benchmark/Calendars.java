package tandem.checks.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.Queue;

/**
 * Campaign calendars of the benchmark: two per business line (consumer and business), the campaigns spread over
 * the year. Most campaigns are well prepared (notice of two weeks or more, enough inventory, success metrics); about
 * one in ten is not, so that the checks have something to find.
 */
final class Calendars {

    private static final CampaignFactory CAMPAIGNS = CampaignFactory.eINSTANCE;
    private static final String[] THEMES = { "spring offer", "loyalty bonus", "upgrade week", "referral drive",
            "summer sale", "price promise", "switch and save", "winter deal", "welcome pack", "anniversary" };
    private static final String[] GIFTS = { "headset", "speaker", "voucher", "smart plug", "travel mug", "tablet" };
    private static final LocalDate FIRST_START = LocalDate.of(2027, 1, 11);

    private final Random random;
    final List<CampaignCalendar> calendars = new ArrayList<>();
    /** The calendars of each business line, by line number. */
    final List<List<CampaignCalendar>> byLine = new ArrayList<>();

    Calendars(Setup setup, int campaignCount, Random random) {
        this.random = random;
        int perCalendar = Math.max(1, campaignCount / (2 * setup.lines.size()));
        int number = 0;
        for (Setup.Line line : setup.lines) {
            List<CampaignCalendar> ofLine = new ArrayList<>();
            for (String segment : List.of("consumer", "business")) {
                CampaignCalendar calendar = CAMPAIGNS.createCampaignCalendar();
                calendar.setName(line.name() + " " + segment + " 2027");
                for (int c = 0; c < perCalendar; c++) {
                    calendar.getCampaigns().add(campaign(line, ++number));
                }
                calendar.eAllContents().forEachRemaining(Ids::assignIfMissing);
                Ids.assignIfMissing(calendar);
                ofLine.add(calendar);
                calendars.add(calendar);
            }
            byLine.add(ofLine);
        }
    }

    private Campaign campaign(Setup.Line line, int number) {
        Campaign campaign = CAMPAIGNS.createCampaign();
        String theme = THEMES[random.nextInt(THEMES.length)];
        campaign.setName(line.name() + " " + theme + " " + number);
        campaign.setOwner("Marketing " + line.name());
        campaign.setObjective("Win and keep " + line.name().toLowerCase() + " customers with the " + theme + ".");
        campaign.setCampaignCode(line.name().substring(0, 2).toUpperCase() + "27-" + String.format("%04d", number));
        LocalDate start = FIRST_START.plusDays(random.nextInt(320));
        campaign.setStartDate(start);
        campaign.setEndDate(start.plusDays(14 + random.nextInt(29)));
        boolean late = random.nextInt(10) == 0;
        campaign.setServiceNotifiedOn(start.minusDays(late ? 3 + random.nextInt(10) : 14 + random.nextInt(30)));

        List<Queue> phones = line.phoneQueues();
        campaign.getQueues().add(phones.get(random.nextInt(phones.size())));
        if (random.nextBoolean()) {
            Queue second = phones.get(random.nextInt(phones.size()));
            if (!campaign.getQueues().contains(second)) {
                campaign.getQueues().add(second);
            }
        }
        boolean chat = random.nextInt(5) == 0;
        if (chat) {
            campaign.getQueues().add(line.queues().get(Setup.PHONE_QUEUES_PER_LINE));
        }

        double responders = 0;
        int drops = 1 + random.nextInt(3);
        for (int d = 0; d < drops; d++) {
            Drop drop = drop(start.plusDays(d * 4L + random.nextInt(4)), chat);
            drop.setName("Drop " + (d + 1));
            campaign.getDrops().add(drop);
            if (!campaign.getChannels().contains(drop.getKind())) {
                campaign.getChannels().add(drop.getKind());
            }
            responders += drop.getAudienceSize() * drop.getResponseRate();
        }
        campaign.setOffer(offer(theme, responders));
        if (random.nextInt(10) != 0) {
            SuccessMetrics metrics = CAMPAIGNS.createSuccessMetrics();
            metrics.setTargetResponseRate(0.01 + random.nextInt(20) / 1000.0);
            metrics.setTargetConversions(100 + random.nextInt(2_000));
            metrics.setSurveyPlan("Post-call IVR survey, three questions");
            metrics.setFeedbackReviewDate(campaign.getDrops().get(0).getDate().plusDays(14));
            campaign.setSuccessMetrics(metrics);
        }
        return campaign;
    }

    private Drop drop(LocalDate date, boolean chat) {
        Drop drop = CAMPAIGNS.createDrop();
        int kind = random.nextInt(3);
        drop.setKind(kind == 0 ? DropKind.MAIL : kind == 1 ? DropKind.EMAIL_BLAST : DropKind.TV);
        drop.setDate(date);
        drop.setAudienceSize(20_000 + random.nextInt(230_000));
        drop.setResponseRate(0.003 + random.nextInt(12) / 1000.0);
        List<Double> shares = switch (kind) {
        case 0 -> List.of(0.3, 0.25, 0.2, 0.15, 0.1);
        case 1 -> List.of(0.6, 0.3, 0.1);
        default -> List.of(0.5, 0.3, 0.2);
        };
        drop.getDailyShares().addAll(shares);
        if (chat) {
            drop.getChannelShares().add(share(Channel.PHONE, 0.8));
            drop.getChannelShares().add(share(Channel.CHAT, 0.2));
        }
        return drop;
    }

    private static ChannelShare share(Channel channel, double share) {
        ChannelShare channelShare = CAMPAIGNS.createChannelShare();
        channelShare.setChannel(channel);
        channelShare.setShare(share);
        return channelShare;
    }

    private Offer offer(String theme, double responders) {
        Offer offer = CAMPAIGNS.createOffer();
        String gift = GIFTS[random.nextInt(GIFTS.length)];
        offer.setDescription("A free " + gift + " with the " + theme);
        offer.setTerms("While stocks last; one per household.");
        OfferItem item = CAMPAIGNS.createOfferItem();
        item.setName(gift);
        item.setRedemptionRate(0.2 + random.nextInt(40) / 100.0);
        if (random.nextInt(3) == 0) {
            item.setLimitedInventory(true);
            long expected = (long) Math.ceil(responders * item.getRedemptionRate());
            item.setQuantityOnHand((int) Math.min(Integer.MAX_VALUE,
                    random.nextInt(10) == 0 ? expected * 8 / 10 : expected * 12 / 10 + 1));
        }
        offer.getItems().add(item);
        return offer;
    }
}
