package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.util.List;

import tandem.campaign.model.lift.DailyLift;
import tandem.campaign.model.lift.DropResponse;
import tandem.core.model.Queue;

/** Extra contacts campaigns bring to a queue on a day, on top of the baseline forecast. */
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

    /** The names of the campaigns that bring the queue contacts on the day, for explanations. */
    default List<String> campaignsLifting(Queue queue, LocalDate day) {
        return List.of();
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
                return lift.campaignsLifting(queue, day).stream().map(c -> c.getName() == null
                        || c.getName().isBlank() ? "(unnamed campaign)" : c.getName()).toList();
            }
        };
    }
}
