package tandem.ivr.model.flow;

/** How a call path ends. */
public enum PathEnd {
    /** In a queue, waiting for an agent. */
    QUEUE,
    /** Handled by a self-service task. */
    SELF_SERVICE,
    /** Handed to an external number. */
    TRANSFER,
    /** The IVR hangs up. */
    DISCONNECT,
    /** An external step with no way on hands the call to the platform (another flow, the end of a module). */
    EXTERNAL,
    /** The path leads back to a node already on it; enumeration stops there. */
    LOOP,
    /** A slot the call needs is empty: the call would drop. */
    DEAD_END
}
