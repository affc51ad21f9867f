package tandem.ivr.model.simulation;

/** Where a simulated call ends. */
public enum Outcome {
    /** In a queue, waiting for an agent. */
    QUEUED("queued for an agent"),
    /** Handled by a self-service task. */
    SELF_SERVICE("handled by self-service"),
    /** Handed to an external number. */
    TRANSFERRED("transferred"),
    /** The IVR hung up. */
    DISCONNECTED("disconnected"),
    /** An external step with no way on handed the call to the platform (another flow, the end of a module). */
    LEFT_FLOW("handed on by an external step"),
    /** The caller's actions ran out while the IVR waits for the next one (still in a menu or input). */
    WAITING_FOR_CALLER("still waiting for the caller"),
    /** The call went round a loop until the simulation's bound and was stopped. */
    LOOP("stopped in a loop"),
    /** The flow has an empty slot where the call had to go on: a real call would drop. */
    DEAD_END("dropped: the flow leads nowhere"),
    /** The entry point is not live yet on the call's date. */
    NOT_LIVE("entry point not live yet"),
    /** No entry point takes the call. */
    NO_ENTRY_POINT("no entry point takes the call");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
