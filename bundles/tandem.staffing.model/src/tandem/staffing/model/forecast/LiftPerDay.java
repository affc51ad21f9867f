package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tandem.campaign.model.Campaign;

import tandem.campaign.model.lift.DailyLift;
import tandem.campaign.model.lift.DropResponse;
import tandem.campaign.model.lift.OutboundWork;
import tandem.core.model.Queue;

/**
 * Extra contacts campaigns bring to a queue on a day, on top of the baseline forecast, and the outbound work their
 * outbound waves give the queue's agents (kept apart: it is not contacts arriving).
 */
@FunctionalInterface
public interface LiftPerDay {

    /** No campaigns: no lift. */
    LiftPerDay NONE = (queue, day) -> 0;

    /** Extra contacts for the queue on the day, ≥ 0. */
    double contacts(Queue queue, LocalDate day);

    /**
     * The part of {@link #contacts} that timed drops bring on their own day, each arriving from its drop's time on
     * (the rest spreads over the whole day); none by default.
     */
    default List<DropResponse> responses(Queue queue, LocalDate day) {
        return List.of();
    }

    /** The names of the campaigns that bring the queue contacts (or outbound work) on the day, for explanations. */
    default List<String> campaignsLifting(Queue queue, LocalDate day) {
        return List.of();
    }

    /** The outbound work (agent time of outbound waves) of the queue on the day, one entry per wave; none here. */
    default List<OutboundWork> outbound(Queue queue, LocalDate day) {
        return List.of();
    }

    /** Whether any outbound wave gives the queue work; when false, {@link #outbound} is empty on every day. */
    default boolean hasOutbound(Queue queue) {
        return false;
    }

    /**
     * The lift of campaigns as computed by {@link tandem.campaign.model.lift.ContactLift}, for example once for
     * several plans that link the same calendars.
     */
    static LiftPerDay of(DailyLift lift) {
        return new LiftPerDay() {
            @Override
            public double contacts(Queue queue, LocalDate day) {
                return lift.contacts(queue, day);
            }

            @Override
            public List<DropResponse> responses(Queue queue, LocalDate day) {
                return lift.responses(queue, day);
            }

            @Override
            public List<String> campaignsLifting(Queue queue, LocalDate day) {
                Set<Campaign> campaigns = new LinkedHashSet<>(lift.campaignsLifting(queue, day));
                lift.outbound(queue, day).forEach(work -> campaigns.add(work.campaign()));
                return campaigns.stream().map(c -> c.getName() == null || c.getName().isBlank()
                        ? "(unnamed campaign)" : c.getName()).toList();
            }

            @Override
            public List<OutboundWork> outbound(Queue queue, LocalDate day) {
                return lift.outbound(queue, day);
            }

            @Override
            public boolean hasOutbound(Queue queue) {
                return lift.hasOutbound(queue);
            }
        };
    }
}
