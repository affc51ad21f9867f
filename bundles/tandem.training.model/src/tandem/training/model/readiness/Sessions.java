package tandem.training.model.readiness;

/** Session arithmetic a training planner does on the back of an envelope. */
public final class Sessions {

    private Sessions() {
    }

    /**
     * How many sessions train {@code headcount} agents when each session seats {@code capacity}: the last session
     * may be part-full, so 130 agents at 12 a session need 11 sessions.
     *
     * @throws IllegalArgumentException when the capacity is not positive or the headcount is negative
     */
    public static int needed(int headcount, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("a session must seat at least one agent, not " + capacity);
        }
        if (headcount < 0) {
            throw new IllegalArgumentException("a headcount cannot be negative: " + headcount);
        }
        return (headcount + capacity - 1) / capacity;
    }
}
