package tandem.campaign.model.lift;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.core.model.Queue;

/**
 * Expected extra contacts per day and queue over a range of days, as computed by {@link ContactLift}, and the
 * outbound work of outbound waves ({@link #outbound}), kept apart from the contacts. Days outside
 * the range have no contacts. Immutable once computed.
 */
public final class DailyLift {

    private final LocalDate from;
    private final LocalDate to;
    private final int days;
    private final double[] total;
    private final Lane unassigned;
    private final Map<Queue, Lane> lanes = new LinkedHashMap<>();
    /** Outbound work by queue (null: unassigned) and day index. */
    private final Map<Queue, Map<Integer, List<OutboundWork>>> outbound = new LinkedHashMap<>();

    DailyLift(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        if (length > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("the range " + from + " to " + to + " is too long");
        }
        this.days = (int) length;
        this.total = new double[days];
        this.unassigned = new Lane(days);
    }

    /**
     * Adds {@code factor × daily[i]} on day {@code offset + i}, clipped to the range, to a queue or unassigned; with a
     * timing (its contacts ignored), the drop day's contacts are also kept as a timed response.
     */
    void add(Queue queue, Campaign campaign, int offset, double[] daily, double factor, DropResponse timing) {
        Lane lane = queue == null ? unassigned : lanes.computeIfAbsent(queue, q -> new Lane(days));
        boolean contributes = false;
        int first = Math.max(0, offset);
        int last = Math.min(days - 1, offset + daily.length - 1);
        for (int index = first; index <= last; index++) {
            double contacts = daily[index - offset] * factor;
            if (contacts != 0) {
                lane.contacts[index] += contacts;
                total[index] += contacts;
                contributes = true;
            }
        }
        if (contributes) {
            lane.contributions.add(new Contribution(campaign, offset, daily, factor));
        }
        double dropDay = daily.length == 0 ? 0 : daily[0] * factor;
        if (timing != null && offset >= 0 && offset < days && dropDay > 0) {
            lane.timed.computeIfAbsent(offset, d -> new ArrayList<>())
                    .add(new DropResponse(timing.from(), timing.halfLifeMinutes(), dropDay));
        }
    }

    /** Adds {@code factor × daily[i]} agent seconds of an outbound wave on day {@code offset + i}, clipped. */
    void addOutbound(Queue queue, Campaign campaign, Drop drop, int offset, double[] daily, double factor,
            LocalTime windowStart, LocalTime windowEnd) {
        int first = Math.max(0, offset);
        int last = Math.min(days - 1, offset + daily.length - 1);
        for (int index = first; index <= last; index++) {
            double seconds = daily[index - offset] * factor;
            if (seconds > 0) {
                outbound.computeIfAbsent(queue, q -> new TreeMap<>()).computeIfAbsent(index, i -> new ArrayList<>())
                        .add(new OutboundWork(campaign, drop, seconds, windowStart, windowEnd));
            }
        }
    }

    /**
     * The outbound work the queue's agents do on the day (one entry per wave), empty when none; with a {@code null}
     * queue, the work of waves whose campaign has no phone queue.
     */
    public List<OutboundWork> outbound(Queue queue, LocalDate day) {
        Map<Integer, List<OutboundWork>> byDay = outbound.get(queue);
        int index = indexOf(day);
        List<OutboundWork> work = byDay == null || index < 0 ? null : byDay.get(index);
        return work == null ? List.of() : Collections.unmodifiableList(work);
    }

    /** Agent seconds of outbound work of the queue on the day, 0 when none. */
    public double outboundSeconds(Queue queue, LocalDate day) {
        double seconds = 0;
        for (OutboundWork work : outbound(queue, day)) {
            seconds += work.seconds();
        }
        return seconds;
    }

    /** Whether any outbound wave gives the queue work in the range. */
    public boolean hasOutbound(Queue queue) {
        return outbound.containsKey(queue);
    }

    int days() {
        return days;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** Expected extra contacts of the queue on the day; 0 when none or when the day is outside the range. */
    public double contacts(Queue queue, LocalDate day) {
        Lane lane = lanes.get(queue);
        int index = indexOf(day);
        return lane == null || index < 0 ? 0 : lane.contacts[index];
    }

    /**
     * The part of the queue's contacts on the day that timed drops bring on their own day, one response per drop
     * (the rest of {@link #contacts} arrives over the whole day); empty when none.
     */
    public List<DropResponse> responses(Queue queue, LocalDate day) {
        Lane lane = lanes.get(queue);
        int index = indexOf(day);
        List<DropResponse> timed = lane == null || index < 0 ? null : lane.timed.get(index);
        return timed == null ? List.of() : List.copyOf(timed);
    }

    /** Expected extra contacts on the day, all queues plus unassigned. */
    public double total(LocalDate day) {
        int index = indexOf(day);
        return index < 0 ? 0 : total[index];
    }

    /** Expected extra contacts on the day whose channel has no queue in their campaign. */
    public double unassigned(LocalDate day) {
        int index = indexOf(day);
        return index < 0 ? 0 : unassigned.contacts[index];
    }

    /** The queue's expected extra contacts by day, only days with contacts. */
    public SortedMap<LocalDate, Double> byDay(Queue queue) {
        Lane lane = lanes.get(queue);
        return lane == null ? Collections.emptySortedMap() : lane.byDay();
    }

    /** The unassigned contacts by day, only days with contacts. */
    public SortedMap<LocalDate, Double> unassignedByDay() {
        return unassigned.byDay();
    }

    /** The queues that receive contacts in the range, in the order their campaigns were given. */
    public Set<Queue> queues() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(lanes.keySet()));
    }

    /** The campaigns that bring contacts to the queue on the day, in the order they were given (for messages). */
    public List<Campaign> campaignsLifting(Queue queue, LocalDate day) {
        Lane lane = lanes.get(queue);
        return lane == null ? List.of() : lane.campaignsOn(indexOf(day));
    }

    /** The campaigns whose contacts on the day have no queue of their channel (for messages). */
    public List<Campaign> campaignsUnassigned(LocalDate day) {
        return unassigned.campaignsOn(indexOf(day));
    }

    private int indexOf(LocalDate day) {
        if (day == null || day.isBefore(from) || day.isAfter(to)) {
            return -1;
        }
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    /** One queue's (or the unassigned) contacts per day and who brought them. */
    private final class Lane {
        final double[] contacts;
        final List<Contribution> contributions = new ArrayList<>();
        final Map<Integer, List<DropResponse>> timed = new HashMap<>();

        Lane(int days) {
            contacts = new double[days];
        }

        SortedMap<LocalDate, Double> byDay() {
            SortedMap<LocalDate, Double> result = new TreeMap<>();
            for (int index = 0; index < days; index++) {
                if (contacts[index] != 0) {
                    result.put(from.plusDays(index), contacts[index]);
                }
            }
            return Collections.unmodifiableSortedMap(result);
        }

        List<Campaign> campaignsOn(int index) {
            if (index < 0) {
                return List.of();
            }
            Set<Campaign> campaigns = new LinkedHashSet<>();
            for (Contribution contribution : contributions) {
                if (contribution.contactsOn(index) != 0) {
                    campaigns.add(contribution.campaign());
                }
            }
            return List.copyOf(campaigns);
        }
    }

    /** What one drop of a campaign brings to one lane: {@code factor × daily[i]} on day {@code offset + i}. */
    private record Contribution(Campaign campaign, int offset, double[] daily, double factor) {
        double contactsOn(int index) {
            int day = index - offset;
            return day < 0 || day >= daily.length ? 0 : daily[day] * factor;
        }
    }
}
