package tandem.campaign.model.tests;

import java.time.LocalDate;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.core.model.Channel;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;

/** Small, readable test plans. */
final class Plans {

    static final CampaignFactory CAMPAIGNS = CampaignFactory.eINSTANCE;

    private Plans() {
    }

    static Queue queue(String name, Channel channel) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(channel);
        return queue;
    }

    static CampaignCalendar calendar(Campaign... campaigns) {
        CampaignCalendar calendar = CAMPAIGNS.createCampaignCalendar();
        calendar.setName("Marketing 2026");
        for (Campaign campaign : campaigns) {
            calendar.getCampaigns().add(campaign);
        }
        return calendar;
    }

    /** A campaign running through March 2026 whose contacts go to the given queues. */
    static Campaign campaign(String name, Queue... queues) {
        Campaign campaign = CAMPAIGNS.createCampaign();
        campaign.setName(name);
        campaign.setStartDate(LocalDate.of(2026, 3, 1));
        campaign.setEndDate(LocalDate.of(2026, 3, 31));
        for (Queue queue : queues) {
            campaign.getQueues().add(queue);
        }
        return campaign;
    }

    /** A mail drop of the campaign with its daily profile (shares, 0.5 = 50%). */
    static Drop drop(Campaign campaign, LocalDate date, long audience, double responseRate, double... dailyShares) {
        Drop drop = CAMPAIGNS.createDrop();
        drop.setName(campaign.getName() + " drop " + (campaign.getDrops().size() + 1));
        drop.setKind(DropKind.MAIL);
        drop.setDate(date);
        drop.setAudienceSize(audience);
        drop.setResponseRate(responseRate);
        for (double share : dailyShares) {
            drop.getDailyShares().add(share);
        }
        campaign.getDrops().add(drop);
        return drop;
    }

    static ChannelShare channel(Drop drop, Channel channel, double share) {
        ChannelShare channelShare = CAMPAIGNS.createChannelShare();
        channelShare.setChannel(channel);
        channelShare.setShare(share);
        drop.getChannelShares().add(channelShare);
        return channelShare;
    }
}
