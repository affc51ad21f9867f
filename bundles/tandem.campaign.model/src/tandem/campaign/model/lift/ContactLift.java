package tandem.campaign.model.lift;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.core.model.Channel;
import tandem.core.model.Queue;

/**
 * The extra contacts campaigns bring to customer service, per day and queue.
 * <p>
 * A drop brings {@code audienceSize × responseRate} contacts, spread over the days from its date on by its daily
 * shares (none: all on the drop day) and over contact channels by its channel shares (none: all by phone). Within a
 * channel the contacts split evenly across the campaign's queues of that channel; contacts of a channel for which
 * the campaign has no queue are <em>unassigned</em>, so a planner sees volume that no queue was prepared for (the
 * alignment check {@code alignment.unserved-channel} reports them). A drop with a time brings its drop-day contacts
 * from that time on ({@link DailyLift#responses}), fading as {@link DropResponse} says.
 * <p>
 * An <em>outbound wave</em> brings no inbound contacts: it is work the agents do. Each member of its audience is
 * dialled once; {@code audienceSize × connectRate} calls connect, each taking {@code outboundAhtSeconds} of agent
 * time, spread over the days by the daily shares and split evenly across the campaign's phone queues
 * ({@link DailyLift#outbound}). A wave whose campaign has no phone queue has nowhere to go: the staffing checks
 * report it.
 * <p>
 * The computation visits every drop once (no scans per day), so a year of a few thousand campaigns takes
 * milliseconds.
 */
public final class ContactLift {

    private ContactLift() {
    }

    /**
     * Expected extra contacts per day and queue from all drops of the campaigns, for days in [from, to] inclusive.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static DailyLift of(Collection<? extends Campaign> campaigns, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends on " + to + ", before it starts on " + from);
        }
        DailyLift lift = new DailyLift(from, to);
        for (Campaign campaign : campaigns) {
            addCampaign(lift, campaign);
        }
        return lift;
    }

    /** Expected extra contacts per day and queue from all campaigns of the calendar, for days in [from, to]. */
    public static DailyLift of(CampaignCalendar calendar, LocalDate from, LocalDate to) {
        return of(calendar.getCampaigns(), from, to);
    }

    /**
     * Expected inbound contacts of one drop on each day from its date on (index 0 = drop day): audience × response
     * rate × daily share. A drop without daily shares brings all its contacts on its day. An outbound wave brings
     * none (all zeros: see {@link #dailyOutboundSeconds}).
     */
    public static double[] dailyContacts(Drop drop) {
        return spread(drop, isOutbound(drop) ? 0 : drop.getAudienceSize() * drop.getResponseRate());
    }

    /**
     * The people a drop brings into conversation with customer service (who may claim the offer): audience ×
     * response rate, or for an outbound wave the connected calls, audience × connect rate.
     */
    public static double responders(Drop drop) {
        return drop.getAudienceSize() * (isOutbound(drop) ? drop.getConnectRate() : drop.getResponseRate());
    }

    /** Whether the drop is an outbound wave: agents dial the audience, rather than the audience calling in. */
    public static boolean isOutbound(Drop drop) {
        return drop.getKind() == DropKind.OUTBOUND_WAVE;
    }

    /**
     * Agent seconds an outbound wave needs on each day from its date on (index 0 = drop day): audience (dials) ×
     * connect rate × handle time of a connected call × daily share; all zeros for any other drop.
     */
    public static double[] dailyOutboundSeconds(Drop drop) {
        return spread(drop, isOutbound(drop)
                ? drop.getAudienceSize() * drop.getConnectRate() * drop.getOutboundAhtSeconds() : 0);
    }

    private static double[] spread(Drop drop, double contacts) {
        EList<Double> shares = drop.getDailyShares();
        if (shares.isEmpty()) {
            return new double[] { contacts };
        }
        double[] daily = new double[shares.size()];
        for (int day = 0; day < daily.length; day++) {
            Double share = shares.get(day);
            daily[day] = share == null ? 0 : contacts * share;
        }
        return daily;
    }

    /**
     * How a drop's contacts split over channels: its channel shares (several for one channel add up), or all by
     * phone when it has none.
     */
    public static Map<Channel, Double> channelSplit(Drop drop) {
        Map<Channel, Double> split = new EnumMap<>(Channel.class);
        if (drop.getChannelShares().isEmpty()) {
            split.put(Channel.PHONE, 1.0);
            return split;
        }
        for (ChannelShare share : drop.getChannelShares()) {
            Channel channel = share.getChannel() == null ? Channel.PHONE : share.getChannel();
            split.merge(channel, share.getShare(), Double::sum);
        }
        return split;
    }

    /** The campaign's queues by channel; queues that cannot be found (unresolved references) are left out. */
    public static Map<Channel, List<Queue>> queuesByChannel(Campaign campaign) {
        Map<Channel, List<Queue>> byChannel = new EnumMap<>(Channel.class);
        for (Queue queue : campaign.getQueues()) {
            if (queue != null && !queue.eIsProxy()) {
                byChannel.computeIfAbsent(queue.getChannel(), c -> new ArrayList<>()).add(queue);
            }
        }
        return byChannel;
    }

    private static void addCampaign(DailyLift lift, Campaign campaign) {
        Map<Channel, List<Queue>> queues = null;
        for (Drop drop : campaign.getDrops()) {
            if (drop.getDate() == null) {
                continue;
            }
            if (isOutbound(drop)) {
                if (queues == null) {
                    queues = queuesByChannel(campaign);
                }
                addOutbound(lift, campaign, drop, queues.get(Channel.PHONE));
                continue;
            }
            double[] daily = dailyContacts(drop);
            long offset = ChronoUnit.DAYS.between(lift.from(), drop.getDate());
            if (offset > lift.days() - 1 || offset + daily.length - 1 < 0) {
                continue; // entirely outside the range
            }
            if (queues == null) {
                queues = queuesByChannel(campaign);
            }
            DropResponse timing = drop.getTime() == null ? null
                    : new DropResponse(drop.getTime(), DropResponse.halfLifeMinutes(drop.getKind()), 1);
            for (Map.Entry<Channel, Double> channel : channelSplit(drop).entrySet()) {
                List<Queue> receiving = queues.get(channel.getKey());
                if (receiving == null) {
                    lift.add(null, campaign, (int) offset, daily, channel.getValue(), timing);
                } else {
                    double perQueue = channel.getValue() / receiving.size();
                    for (Queue queue : receiving) {
                        lift.add(queue, campaign, (int) offset, daily, perQueue, timing);
                    }
                }
            }
        }
    }

    /** Splits an outbound wave's work evenly across the campaign's phone queues (none: unassigned). */
    private static void addOutbound(DailyLift lift, Campaign campaign, Drop drop, List<Queue> phoneQueues) {
        double[] daily = dailyOutboundSeconds(drop);
        long offset = ChronoUnit.DAYS.between(lift.from(), drop.getDate());
        if (offset > lift.days() - 1 || offset + daily.length - 1 < 0) {
            return;
        }
        LocalTime end = drop.getDiallingEnd();
        if (phoneQueues == null) {
            lift.addOutbound(null, campaign, drop, (int) offset, daily, 1, drop.getTime(), end);
            return;
        }
        for (Queue queue : phoneQueues) {
            lift.addOutbound(queue, campaign, drop, (int) offset, daily, 1.0 / phoneQueues.size(), drop.getTime(),
                    end);
        }
    }
}
