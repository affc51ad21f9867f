package tandem.training.model.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import tandem.training.model.Audience;

/**
 * The training of one audience as its course's sessions will deliver it: who is trained already, which seats it
 * gets on which dates, and when (or whether) its last agent will have been trained.
 */
public final class AudienceSchedule {

    private final Audience audience;
    private final int alreadyTrained;
    private final int toTrain;
    private final List<LocalDate> seatDates = new ArrayList<>();
    private int stillUntrained;
    private LocalDate finishDate;

    AudienceSchedule(Audience audience) {
        this.audience = audience;
        this.alreadyTrained = Math.max(0, Math.min(audience.getCompletedCount(), audience.getHeadcount()));
        this.toTrain = Math.max(0, audience.getHeadcount() - alreadyTrained);
        this.stillUntrained = toTrain;
        if (stillUntrained == 0) {
            finishDate = audience.getCompletionDate();
        }
    }

    /**
     * Whether the audience still has agents to seat. The status does not decide it: an audience marked completed
     * with fewer completions than its headcount still has agents to train, who take seats like anyone else's, so
     * that adding a session can finish it (otherwise it could never count as trained).
     */
    boolean needsSeats() {
        return stillUntrained > 0;
    }

    /** Gives the audience up to {@code seats} seats in a session on {@code date}; answers how many it took. */
    int take(int seats, LocalDate date) {
        if (!needsSeats()) {
            return 0;
        }
        int taken = Math.min(seats, stillUntrained);
        for (int i = 0; i < taken; i++) {
            seatDates.add(date);
        }
        stillUntrained -= taken;
        if (stillUntrained == 0) {
            finishDate = date;
        }
        return taken;
    }

    public Audience audience() {
        return audience;
    }

    /** The agents of the audience still to be trained before any session: headcount minus completed. */
    public int toTrain() {
        return toTrain;
    }

    /** The agents who will still not be trained once every scheduled session has taken place. */
    public int untrainedAfterAllSessions() {
        return stillUntrained;
    }

    /** Whether the scheduled sessions (or the recorded completion) train every agent of the audience. */
    public boolean willFinish() {
        return stillUntrained == 0;
    }

    /**
     * The date its last agent will have been trained: the recorded completion date, or the date of the session
     * that seats its last agent. Empty when the sessions do not suffice, or when it is trained but no date was
     * recorded.
     */
    public Optional<LocalDate> finishDate() {
        return willFinish() ? Optional.ofNullable(finishDate) : Optional.empty();
    }

    /**
     * The agents of the audience not yet trained by the end of {@code date}. Agents counted as completed were
     * trained by their completion date, or before any date when none is recorded.
     */
    public int untrainedBy(LocalDate date) {
        LocalDate completed = audience.getCompletionDate();
        int trainedBefore = completed != null && date.isBefore(completed) ? 0 : alreadyTrained;
        long seatsByThen = seatDates.stream().filter(d -> !d.isAfter(date)).count();
        return (int) (alreadyTrained + toTrain - trainedBefore - seatsByThen);
    }

    /** The dates of the seats the audience gets, one entry per agent, in date order. */
    public List<LocalDate> seatDates() {
        return Collections.unmodifiableList(seatDates);
    }
}
