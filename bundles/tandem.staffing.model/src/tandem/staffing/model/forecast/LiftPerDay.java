package tandem.staffing.model.forecast;

import java.time.LocalDate;
import java.util.List;

import tandem.core.model.Queue;

/** Extra contacts campaigns bring to a queue on a day, on top of the baseline forecast. */
@FunctionalInterface
public interface LiftPerDay {

    /** No campaigns: no lift. */
    LiftPerDay NONE = (queue, day) -> 0;

    /** Extra contacts for the queue on the day, ≥ 0. */
    double contacts(Queue queue, LocalDate day);

    /** The names of the campaigns that bring the queue contacts on the day, for explanations. */
    default List<String> campaignsLifting(Queue queue, LocalDate day) {
        return List.of();
    }
}
