package tandem.goals.model.progress;

/** Whether a goal's readings, continued on their trend, reach the target by the deadline. */
public enum TrackStatus {
    /** The trend reaches the target by the deadline. */
    ON_TRACK,
    /** The trend misses the target at the deadline. */
    OFF_TRACK,
    /** Too few readings, or no target or deadline, to tell. */
    UNKNOWN
}
