package tandem.forecast;

import java.time.LocalDate;

/** Extra contacts campaigns bring a queue per day (the campaign model's {@code ContactLift}). */
@FunctionalInterface
public interface DayLift {

    double contacts(LocalDate day);

    DayLift NONE = day -> 0;
}
