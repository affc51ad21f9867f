package tandem.checks.alignment.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.campaign.model.Drop;
import tandem.campaign.model.lift.ContactLift;
import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.checks.alignment.CampaignMemo;
import tandem.core.model.Channel;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;

/**
 * {@code alignment.unserved-channel}: every channel on which a campaign's drops invite contacts (their channel
 * shares, as {@link ContactLift#channelSplit} reads them) is served by one of the campaign's queues. Otherwise
 * {@link ContactLift} leaves those contacts unassigned: no staffing plan, training or IVR prepares for them.
 * <p>
 * One finding per campaign and channel, on the campaign, naming the channel, the drops, and the contacts: up to how
 * many a day (and on which day, from the dated drops) and how many in all. Drops expected to bring no contact (no
 * audience or response rate) and outbound waves (agents call out) invite none. When the contact-center setup among the
 * checked plans has a queue on that channel, the finding carries it, and the fix adds it to the campaign's queues,
 * so that the contacts are routed to it.
 */
public class UnservedChannelCheck implements Check {

    /** Finding data: the channel's literal ("social"). */
    static final String CHANNEL = "channel";
    /** Finding data: the URI and name of the setup's queue on the channel; only when there is one. */
    static final String QUEUE = "queue";
    static final String QUEUE_NAME = "queueName";
    static final String CAMPAIGN_NAME = "campaignName";

    private final CampaignMemo memo = new CampaignMemo(CorePackage.eNS_URI);

    @Override
    public void run(CheckContext context) {
        List<Queue> setupQueues = context.plans().all(Queue.class);
        memo.forEachCampaign(context, (kept, campaign) -> check(kept, campaign, setupQueues));
    }

    private static void check(CheckContext context, Campaign campaign, List<Queue> setupQueues) {
        Map<Channel, List<Queue>> served = ContactLift.queuesByChannel(campaign);
        Map<Channel, Unserved> unserved = new EnumMap<>(Channel.class);
        for (Drop drop : campaign.getDrops()) {
            double contacts = ContactLift.isOutbound(drop) ? 0 : drop.getAudienceSize() * drop.getResponseRate();
            if (!(contacts > 0)) {
                // a drop nobody is expected to answer (brand awareness) invites no contact; an outbound wave is
                // agents' work, which alignment.staffing-covers-lift follows
                continue;
            }
            for (Map.Entry<Channel, Double> share : ContactLift.channelSplit(drop).entrySet()) {
                if (served.containsKey(share.getKey()) || !(share.getValue() > 0)) {
                    continue;
                }
                Unserved channel = unserved.computeIfAbsent(share.getKey(), c -> new Unserved());
                channel.drops.add(drop.getName() == null ? "(unnamed)" : drop.getName());
                if (drop.getDate() == null) {
                    channel.undated = true;
                    channel.total += contacts * share.getValue();
                    continue;
                }
                double[] daily = ContactLift.dailyContacts(drop);
                for (int day = 0; day < daily.length; day++) {
                    channel.byDay.merge(drop.getDate().plusDays(day), daily[day] * share.getValue(), Double::sum);
                    channel.total += daily[day] * share.getValue();
                }
            }
        }
        unserved.forEach((channel, found) -> report(context, campaign, channel, found, setupQueues));
    }

    private static void report(CheckContext context, Campaign campaign, Channel channel, Unserved found,
            List<Queue> setupQueues) {
        String drops = found.drops.stream().map(d -> "'" + d + "'").collect(Collectors.joining(", "));
        StringBuilder message = new StringBuilder("Campaign '").append(Campaigns.name(campaign))
                .append("' invites contacts by ").append(describe(channel))
                .append(found.drops.size() == 1 ? " (drop " : " (drops ").append(drops)
                .append(") but none of its queues serves ").append(describe(channel)).append(": ");
        Map.Entry<LocalDate, Double> peak = found.byDay.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElse(null);
        if (peak != null) {
            message.append(String.format("up to %,d contacts a day (on %s), %,d in all, go to no queue",
                    Math.round(peak.getValue()), peak.getKey(), Math.round(found.total)));
            message.append(found.undated ? ", some of them on days not known (undated drops)." : ".");
        } else {
            message.append(String.format("%,d contacts go to no queue, on days not known (the drops have no date).",
                    Math.round(found.total)));
        }
        Map<String, String> data = new HashMap<>();
        data.put(CHANNEL, channel.getLiteral());
        data.put(CAMPAIGN_NAME, Campaigns.name(campaign));
        onChannel(setupQueues, channel).stream().findFirst().ifPresent(q -> {
            data.put(QUEUE, EcoreUtil.getURI(q).toString());
            data.put(QUEUE_NAME, q.getName() == null ? "(unnamed)" : q.getName());
        });
        context.report(campaign, message.toString(), data);
    }

    /** "social media", "SMS", "phone", "chat", "email". */
    static String describe(Channel channel) {
        return switch (channel) {
        case SOCIAL -> "social media";
        case SMS -> "SMS";
        default -> channel.getLiteral();
        };
    }

    /** The contacts of one channel no queue of the campaign serves. */
    private static final class Unserved {
        final Set<String> drops = new LinkedHashSet<>();
        final Map<LocalDate, Double> byDay = new TreeMap<>();
        double total;
        boolean undated;
    }

    /** The queues of the list on the channel, in order (for the fix). */
    static List<Queue> onChannel(List<Queue> queues, Channel channel) {
        List<Queue> result = new ArrayList<>();
        for (Queue queue : queues) {
            if (queue != null && !queue.eIsProxy() && queue.getChannel() == channel) {
                result.add(queue);
            }
        }
        return result;
    }
}
